package org.factdesk.library;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where an import is: records read of those found, added, updated (unchanged ones count as updated: the same
 * fact-check met again), skipped with the reason per row; {@code failure} (a translation key) when the whole import
 * could not be read; {@code finished} once it ended.
 */
public record ImportProgress(long id, String source, boolean finished, int read, int total, int added, int updated,
                             int skipped, List<SkippedRow> skippedRows, @Nullable String failure) {

    /** A record left out: its number in the file and why (a translation key). */
    public record SkippedRow(int number, String reason) {
    }
}
