package org.factdesk.source;

/** A file attached to a source as a report cites it: its name and the SHA-256 of its content. */
public record ReportedFile(long sourceId, String name, String sha256) {
}
