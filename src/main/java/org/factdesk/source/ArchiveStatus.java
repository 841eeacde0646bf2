package org.factdesk.source;

/** Whether the server has kept a copy of a source's page: not tried yet, kept, or tried and failed. */
public enum ArchiveStatus {
    NONE, ARCHIVED, FAILED
}
