package org.factdesk.source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One source of a claim as the desk reads it, with its archived copy. {@code archiveTextStart} holds at most
 * {@link #ARCHIVE_EXCERPT_MAX} characters of the archived text ({@code archiveTextCut} says whether there is more:
 * {@link SourceService#archivedText(long)} gives all of it), so a list never carries whole pages. {@code archiving}
 * says that a fetch is under way; {@code archiveFailed…} describe the last attempt when it failed, beside the copy
 * kept from an earlier one ({@code archiveStatus} ARCHIVED) or without any ({@code FAILED}). {@code files} are the
 * files attached to it; {@code url} is none for the kinds that have no address.
 */
public record SourceItem(long id, long version, long claimId, @Nullable String url, String title,
                         @Nullable String publisher, SourceKind kind, @Nullable String excerpt, @Nullable LocalDate accessedOn,
                         Reliability reliability, @Nullable String note, ArchiveStatus archiveStatus,
                         @Nullable String archiveTextStart, boolean archiveTextCut, @Nullable String archiveSha256,
                         @Nullable Instant archiveFetchedAt, @Nullable Integer archiveHttpStatus,
                         boolean archiving, @Nullable Instant archiveFailedAt,
                         @Nullable Integer archiveFailedHttpStatus, @Nullable String archiveFailedError,
                         String createdBy, Instant createdAt, List<SourceFileItem> files) {

    public static final int ARCHIVE_EXCERPT_MAX = 2000;

    /** The editable fields, to fill a form. */
    public SourceData data() {
        return new SourceData(url, title, publisher, kind, excerpt, accessedOn, reliability, note);
    }
}
