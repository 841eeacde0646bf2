package org.factdesk.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.factdesk.search.Analyzers;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.jspecify.annotations.Nullable;

/**
 * An earlier fact-check: the claim as the fact-checker worded it, the article's title, the verdict, who published it
 * and when. Its URL is its key: an import that meets it again updates it. The claim and the title are indexed with
 * both the English and the French analyzer (the query's language picks the fields) and a plain one.
 */
@Entity
@Table(name = "fact_check")
@Indexed(index = "fact_check")
class FactCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @KeywordField
    @Column(nullable = false)
    private String url;

    @FullTextField(name = "claim_en", analyzer = Analyzers.ENGLISH)
    @FullTextField(name = "claim_fr", analyzer = Analyzers.FRENCH)
    @FullTextField(name = "claim_plain", analyzer = Analyzers.PLAIN)
    @Column(nullable = false)
    private String claim;

    @FullTextField(name = "title_en", analyzer = Analyzers.ENGLISH)
    @FullTextField(name = "title_fr", analyzer = Analyzers.FRENCH)
    @FullTextField(name = "title_plain", analyzer = Analyzers.PLAIN)
    private @Nullable String title;

    @KeywordField(normalizer = Analyzers.KEYWORD)
    private @Nullable String rating;

    @KeywordField(normalizer = Analyzers.KEYWORD)
    private @Nullable String publisher;

    @KeywordField
    private @Nullable String language;

    @GenericField(projectable = Projectable.YES)
    @Column(name = "reviewed_on")
    private @Nullable LocalDate reviewedOn;

    @KeywordField
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FactCheckOrigin origin;

    @GenericField
    @Column(name = "desk_claim_id")
    private @Nullable Long deskClaimId;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The claim's sentence embedding (base64), filled in the background; not indexed, so writing it reindexes nothing. */
    private @Nullable String embedding;

    protected FactCheck() {
        this.url = "";
        this.claim = "";
        this.origin = FactCheckOrigin.IMPORT;
        this.addedAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    FactCheck(FactCheckData data, FactCheckOrigin origin, @Nullable Long deskClaimId, Instant now) {
        this.url = data.url();
        this.claim = data.claim();
        this.origin = origin;
        this.deskClaimId = deskClaimId;
        this.addedAt = now;
        this.updatedAt = now;
        copy(data);
    }

    /** Takes what {@code data} says; tells whether anything changed. */
    boolean update(FactCheckData data, Instant now) {
        if (same(data)) {
            return false;
        }
        if (!claim.equals(data.claim()) || !java.util.Objects.equals(title, data.title())) {
            this.embedding = null;
        }
        this.claim = data.claim();
        copy(data);
        this.updatedAt = now;
        return true;
    }

    private boolean same(FactCheckData data) {
        return claim.equals(data.claim()) && java.util.Objects.equals(title, data.title())
                && java.util.Objects.equals(rating, data.rating())
                && java.util.Objects.equals(publisher, data.publisher())
                && java.util.Objects.equals(language, data.language())
                && java.util.Objects.equals(reviewedOn, data.reviewedOn());
    }

    private void copy(FactCheckData data) {
        this.title = data.title();
        this.rating = data.rating();
        this.publisher = data.publisher();
        this.language = data.language();
        this.reviewedOn = data.reviewedOn();
    }

    FactCheckItem toItem() {
        return new FactCheckItem(java.util.Objects.requireNonNull(id), url, claim, title, rating, publisher, language,
                reviewedOn, origin, deskClaimId);
    }

    @Nullable Long getId() {
        return id;
    }

    String getUrl() {
        return url;
    }

    String getClaim() {
        return claim;
    }

    @Nullable String getTitle() {
        return title;
    }

    @Nullable Long getDeskClaimId() {
        return deskClaimId;
    }

    FactCheckOrigin getOrigin() {
        return origin;
    }
}
