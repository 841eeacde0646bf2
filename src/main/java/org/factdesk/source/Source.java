package org.factdesk.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.factdesk.search.Analyzers;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.jspecify.annotations.Nullable;

/**
 * A piece of evidence for one claim: where it is, what it says and how far the desk trusts it, plus the copy the
 * server kept of its page, so the evidence survives the page changing or disappearing.
 */
@Entity
@Table(name = "source")
@Indexed(index = "source")
class Source {

    /** Longer than a queued fetch can wait and take (see {@link BackgroundArchiving}). */
    static final Duration ARCHIVING_GIVEN_UP = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    private @Nullable String url;

    @FullTextField(name = "title_en", analyzer = Analyzers.ENGLISH)
    @FullTextField(name = "title_fr", analyzer = Analyzers.FRENCH)
    @FullTextField(name = "title_plain", analyzer = Analyzers.PLAIN)
    @Column(nullable = false)
    private String title;

    private @Nullable String publisher;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SourceKind kind;

    @FullTextField(name = "excerpt_en", analyzer = Analyzers.ENGLISH)
    @FullTextField(name = "excerpt_fr", analyzer = Analyzers.FRENCH)
    @FullTextField(name = "excerpt_plain", analyzer = Analyzers.PLAIN)
    @Lob
    private @Nullable String excerpt;

    @Column(name = "accessed_on")
    private @Nullable LocalDate accessedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Reliability reliability;

    @Lob
    private @Nullable String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "archive_status", nullable = false)
    private ArchiveStatus archiveStatus = ArchiveStatus.NONE;

    @FullTextField(name = "archive_en", analyzer = Analyzers.ENGLISH)
    @FullTextField(name = "archive_fr", analyzer = Analyzers.FRENCH)
    @FullTextField(name = "archive_plain", analyzer = Analyzers.PLAIN)
    @Lob
    @Column(name = "archive_text")
    private @Nullable String archiveText;

    @Column(name = "archive_sha256")
    private @Nullable String archiveSha256;

    @Column(name = "archive_fetched_at")
    private @Nullable Instant archiveFetchedAt;

    @Column(name = "archive_http_status")
    private @Nullable Integer archiveHttpStatus;

    @Column(name = "archiving_since")
    private @Nullable Instant archivingSince;

    @Column(name = "archive_failed_at")
    private @Nullable Instant archiveFailedAt;

    @Column(name = "archive_failed_http_status")
    private @Nullable Integer archiveFailedHttpStatus;

    @Column(name = "archive_failed_error")
    private @Nullable String archiveFailedError;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @GenericField(name = "date")
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @SuppressWarnings("NullAway.Init")
    protected Source() {
    }

    Source(long claimId, SourceData data, String createdBy, Instant now) {
        this.claimId = claimId;
        this.createdBy = createdBy;
        this.createdAt = now;
        edit(data);
    }

    /** Takes the editable fields; the archived copy stays, it records what was fetched and when. */
    void edit(SourceData data) {
        url = blankToNull(data.url());
        title = data.title().strip();
        publisher = blankToNull(data.publisher());
        kind = data.kind();
        excerpt = blankToNull(data.excerpt());
        accessedOn = data.accessedOn();
        reliability = data.reliability();
        note = blankToNull(data.note());
    }

    /**
     * Whether a fetch was asked for less than {@link #ARCHIVING_GIVEN_UP} ago and has not ended: a restart ends fetches
     * without a word, and after that time the source may be archived again.
     */
    boolean isArchiving(Instant now) {
        return archivingSince != null && archivingSince.isAfter(now.minus(ARCHIVING_GIVEN_UP));
    }

    void startArchiving(Instant now) {
        archivingSince = now;
    }

    /**
     * Takes what a fetch gave. A new copy replaces the earlier one; a failure never does: it is recorded beside the
     * copy (time, reason, status), so the desk keeps its evidence and sees that the page could not be fetched again.
     */
    void archived(Archive archive) {
        archivingSince = null;
        if (archive.status() == ArchiveStatus.ARCHIVED) {
            archiveStatus = ArchiveStatus.ARCHIVED;
            archiveText = archive.text();
            archiveSha256 = archive.sha256();
            archiveFetchedAt = archive.fetchedAt();
            archiveHttpStatus = archive.httpStatus();
            archiveFailedAt = null;
            archiveFailedHttpStatus = null;
            archiveFailedError = null;
        } else {
            if (archiveStatus != ArchiveStatus.ARCHIVED) {
                archiveStatus = ArchiveStatus.FAILED;
            }
            archiveFailedAt = archive.fetchedAt();
            archiveFailedHttpStatus = archive.httpStatus();
            archiveFailedError = archive.error();
        }
    }

    /** A fetch that ended without a result to take (its source changed address meanwhile). */
    void archivingAbandoned() {
        archivingSince = null;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Nullable Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    long getClaimId() {
        return claimId;
    }

    @Nullable String getUrl() {
        return url;
    }

    String getTitle() {
        return title;
    }

    @Nullable String getArchiveText() {
        return archiveText;
    }

    SourceData data() {
        return new SourceData(url, title, publisher, kind, excerpt, accessedOn, reliability, note);
    }

    SourceItem toItem(Instant now, java.util.List<SourceFileItem> files) {
        String text = archiveText;
        String textStart = text == null || text.length() <= SourceItem.ARCHIVE_EXCERPT_MAX ? text
                : text.substring(0, SourceItem.ARCHIVE_EXCERPT_MAX);
        return new SourceItem(java.util.Objects.requireNonNull(id), version, claimId, url, title, publisher, kind,
                excerpt, accessedOn, reliability, note, archiveStatus, textStart,
                text != null && text.length() > SourceItem.ARCHIVE_EXCERPT_MAX, archiveSha256, archiveFetchedAt,
                archiveHttpStatus, isArchiving(now), archiveFailedAt, archiveFailedHttpStatus, archiveFailedError,
                createdBy, createdAt, java.util.List.copyOf(files));
    }
}
