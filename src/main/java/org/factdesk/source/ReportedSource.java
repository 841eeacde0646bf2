package org.factdesk.source;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A source as a verdict report cites it: where it is, and the fingerprint and date of the desk's archived copy. */
public record ReportedSource(long id, long claimId, String title, @Nullable String publisher, String url,
                             SourceKind kind, @Nullable LocalDate accessedOn, Reliability reliability,
                             ArchiveStatus archiveStatus, @Nullable String archiveSha256,
                             @Nullable Instant archiveFetchedAt) {
}
