package org.factdesk.claim.ui;

import java.util.Optional;

/** Ids read from URLs: anything that is not a positive number is simply not found. */
final class Ids {

    private Ids() {
    }

    static Optional<Long> parse(String value) {
        try {
            long id = Long.parseLong(value);
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
