package org.factdesk.library;

import org.jspecify.annotations.Nullable;

/**
 * One record an import read: the fact-check, or why it is skipped (a translation key, {@code library.skip.*}).
 * {@code number} counts from 1 in the file (a CSV's data rows, a feed's ClaimReviews).
 */
public record ImportRow(int number, @Nullable FactCheckData data, @Nullable String skipReason) {

    static ImportRow of(int number, FactCheckData data) {
        return new ImportRow(number, data, null);
    }

    static ImportRow skipped(int number, String reason) {
        return new ImportRow(number, null, reason);
    }
}
