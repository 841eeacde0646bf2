package org.factdesk.backup;

import java.time.Instant;

/** One backup file of the list: its file name (its key), who made it, when it was written and its size in bytes. */
public record BackupItem(String name, BackupKind kind, Instant madeAt, long size) {
}
