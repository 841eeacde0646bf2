package org.factdesk.backup;

/** Who made a backup: an administrator ("Back up now"), kept until deleted, or the nightly job, which prunes. */
public enum BackupKind {
    MANUAL, NIGHTLY
}
