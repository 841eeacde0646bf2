package org.factdesk.source;

import java.time.Instant;

/** A file attached to a source, as the desk lists it: its name as uploaded, the type its content showed, its size. */
public record SourceFileItem(long id, long sourceId, String name, String contentType, long size, String sha256,
                             String createdBy, Instant createdAt) {
}
