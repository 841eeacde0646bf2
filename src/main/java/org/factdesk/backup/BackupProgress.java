package org.factdesk.backup;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where the desk's backup stands: {@code running} since {@code startedAt} with {@code written} bytes of the zip so far
 * out of a database of {@code databaseSize} bytes (the zip is compressed, so it ends smaller); otherwise the last
 * backup's outcome, {@code done} or {@code failed} ({@code error} says why), or nothing yet.
 */
public record BackupProgress(boolean running, @Nullable Instant startedAt, long written, long databaseSize,
                             @Nullable BackupItem done, @Nullable String error) {
}
