package org.factdesk.source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A source as a verdict report cites it: where it is (no address for an interview, an e-mail...), the fingerprint and
 * date of the desk's archived copy, and the files attached to it.
 */
public record ReportedSource(long id, long claimId, String title, @Nullable String publisher, @Nullable String url,
                             SourceKind kind, @Nullable LocalDate accessedOn, Reliability reliability,
                             ArchiveStatus archiveStatus, @Nullable String archiveSha256,
                             @Nullable Instant archiveFetchedAt, List<ReportedFile> files) {

    /** Without its files, as a query reads it; {@link #withFiles} adds them. */
    public ReportedSource(long id, long claimId, String title, @Nullable String publisher, @Nullable String url,
                          SourceKind kind, @Nullable LocalDate accessedOn, Reliability reliability,
                          ArchiveStatus archiveStatus, @Nullable String archiveSha256,
                          @Nullable Instant archiveFetchedAt) {
        this(id, claimId, title, publisher, url, kind, accessedOn, reliability, archiveStatus, archiveSha256,
                archiveFetchedAt, List.of());
    }

    public ReportedSource withFiles(List<ReportedFile> attached) {
        return new ReportedSource(id, claimId, title, publisher, url, kind, accessedOn, reliability, archiveStatus,
                archiveSha256, archiveFetchedAt, List.copyOf(attached));
    }
}
