package org.factdesk.comment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.factdesk.search.Analyzers;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.jspecify.annotations.Nullable;

/** One message in a claim's comment thread, with the colleagues it mentions. Never edited, never deleted. */
@Entity
@Table(name = "claim_comment")
@Indexed(index = "comment")
class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Column(nullable = false)
    private String author;

    @FullTextField(name = "body_en", analyzer = Analyzers.ENGLISH)
    @FullTextField(name = "body_fr", analyzer = Analyzers.FRENCH)
    @FullTextField(name = "body_plain", analyzer = Analyzers.PLAIN)
    @Lob
    @Column(nullable = false)
    private String body;

    @GenericField(name = "date")
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "claim_comment_mention", joinColumns = @JoinColumn(name = "comment_id"))
    @Column(name = "username", nullable = false)
    private Set<String> mentions = new HashSet<>();

    @SuppressWarnings("NullAway.Init")
    protected Comment() {
    }

    Comment(long claimId, String author, String body, Set<String> mentions, Instant createdAt) {
        this.claimId = claimId;
        this.author = author;
        this.body = body;
        this.mentions = new HashSet<>(mentions);
        this.createdAt = createdAt;
    }

    @Nullable Long getId() {
        return id;
    }

    long getClaimId() {
        return claimId;
    }

    String getAuthor() {
        return author;
    }

    String getBody() {
        return body;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Set<String> getMentions() {
        return Set.copyOf(mentions);
    }
}
