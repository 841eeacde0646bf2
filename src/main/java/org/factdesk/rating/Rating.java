package org.factdesk.rating;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.hibernate.annotations.OptimisticLock;
import org.jspecify.annotations.Nullable;

/**
 * One step of the desk's rating scale: its labels and descriptions in both languages, its colour, and the number
 * it stands for in ClaimReview (none for ratings off the true–false axis). Retired ratings stay for the verdicts
 * that use them but are no longer offered.
 */
@Entity
@Table(name = "rating")
class Rating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private int position;

    @Column(name = "label_en", nullable = false, length = RatingData.LABEL_MAX)
    private String labelEn;

    @Column(name = "label_fr", nullable = false, length = RatingData.LABEL_MAX)
    private String labelFr;

    @Column(name = "description_en", length = RatingData.DESCRIPTION_MAX)
    private @Nullable String descriptionEn;

    @Column(name = "description_fr", length = RatingData.DESCRIPTION_MAX)
    private @Nullable String descriptionFr;

    @Column(nullable = false, length = 7)
    private String colour;

    @Column(name = "rating_value")
    private @Nullable Integer ratingValue;

    @Column(nullable = false)
    private boolean retired;

    /**
     * When what a ClaimReview shows of this rating last changed: a label, its number, or the scale's best and worst
     * numbers. The feed selects the claims approved with it from then on. A change of the bounds touches every
     * rating, but leaves their versions alone: an administrator editing another rating is not refused for it.
     */
    @OptimisticLock(excluded = true)
    @Column(name = "review_modified_at", nullable = false)
    private Instant reviewModifiedAt;

    @SuppressWarnings("NullAway.Init")
    protected Rating() {
    }

    Rating(int position, RatingData data, Instant now) {
        this.position = position;
        this.reviewModifiedAt = now;
        edit(data, now);
    }

    /** Takes the form's values, trimmed; blank descriptions are none, colours are kept in lower case. */
    void edit(RatingData data, Instant now) {
        if (!data.labelEn().strip().equals(labelEn) || !data.labelFr().strip().equals(labelFr)
                || !Objects.equals(data.ratingValue(), ratingValue)) {
            reviewModifiedAt = now;
        }
        labelEn = data.labelEn().strip();
        labelFr = data.labelFr().strip();
        descriptionEn = blankToNull(data.descriptionEn());
        descriptionFr = blankToNull(data.descriptionFr());
        colour = data.colour().strip().toLowerCase(Locale.ROOT);
        ratingValue = data.ratingValue();
    }

    /** The scale's bounds changed: every ClaimReview with a number shows them. */
    void boundsChanged(Instant now) {
        reviewModifiedAt = now;
    }

    void moveTo(int newPosition) {
        position = newPosition;
    }

    void retire() {
        retired = true;
    }

    void reinstate() {
        retired = false;
    }

    @Nullable Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    int getPosition() {
        return position;
    }

    @Nullable Integer getRatingValue() {
        return ratingValue;
    }

    boolean isRetired() {
        return retired;
    }

    /** Whether either label is the same as one of {@code data}'s, ignoring case and surrounding spaces. */
    boolean sharesLabelEn(RatingData data) {
        return labelEn.equalsIgnoreCase(data.labelEn().strip());
    }

    boolean sharesLabelFr(RatingData data) {
        return labelFr.equalsIgnoreCase(data.labelFr().strip());
    }

    RatingItem toItem(boolean inUse) {
        return new RatingItem(Objects.requireNonNull(id), version, position, labelEn, labelFr, descriptionEn,
                descriptionFr, colour, ratingValue, retired, inUse);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
