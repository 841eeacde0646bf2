package org.factdesk.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What the desk knows of a file attached to a source; its content is kept in parts by {@link FileContent}. */
@Entity
@Table(name = "source_file")
class SourceFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "source_id", nullable = false)
    private long sourceId;

    @Column(nullable = false)
    private String name;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @SuppressWarnings("NullAway.Init")
    protected SourceFile() {
    }

    /** A file whose content is still being written: size and fingerprint follow in {@link #written}. */
    SourceFile(long sourceId, String name, String contentType, String createdBy, Instant now) {
        this.sourceId = sourceId;
        this.name = name;
        this.contentType = contentType;
        this.size = 0;
        this.sha256 = "";
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void written(long size, String sha256) {
        this.size = size;
        this.sha256 = sha256;
    }

    long getId() {
        return Objects.requireNonNull(id);
    }

    long getSourceId() {
        return sourceId;
    }

    String getName() {
        return name;
    }

    String getContentType() {
        return contentType;
    }

    SourceFileItem toItem() {
        return new SourceFileItem(getId(), sourceId, name, contentType, size, sha256, createdBy, createdAt);
    }
}
