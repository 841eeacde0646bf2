package org.factdesk.base.ui;

import java.util.Optional;

/** Ids read from URLs: anything that is not a positive number is simply not found, never an error. */
public final class RouteIds {

    private RouteIds() {
    }

    public static Optional<Long> parse(String value) {
        try {
            long id = Long.parseLong(value);
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
