package org.factdesk.rating;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.factdesk.base.RefusedException;
import org.factdesk.security.AppRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The desk's rating scale: everyone reads it, administrators edit, reorder, retire and delete its ratings. A rating
 * a verdict uses cannot be deleted, only retired, so no verdict ever loses its rating.
 */
@Service
@Validated
public class RatingScaleService {

    private final RatingRepository ratings;
    private final Clock clock;

    RatingScaleService(RatingRepository ratings, Clock clock) {
        this.ratings = ratings;
        this.clock = clock;
    }

    /** Every rating, retired ones included, in the scale's order. */
    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional(readOnly = true)
    public List<RatingItem> all() {
        Set<Long> inUse = ratings.findIdsInUse().stream().map(Number::longValue).collect(Collectors.toSet());
        return ratings.findAllByOrderByPositionAscIdAsc().stream()
                .map(rating -> rating.toItem(inUse.contains(rating.getId()))).toList();
    }

    /**
     * Every rating, retired ones included, in the scale's order, without asking which ones verdicts use (every
     * {@code inUse} is false): what a claim's page shows and offers, in one statement that reads no claim, where
     * {@link #all()} also looks through the claims for the ratings in use.
     */
    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional(readOnly = true)
    public List<RatingItem> scale() {
        return ratings.findAllByOrderByPositionAscIdAsc().stream().map(rating -> rating.toItem(false)).toList();
    }

    /** The ratings a new verdict may use: all but the retired ones. */
    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional(readOnly = true)
    public List<RatingItem> active() {
        return all().stream().filter(rating -> !rating.retired()).toList();
    }

    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional(readOnly = true)
    public Optional<RatingItem> find(long id) {
        return ratings.findById(id).map(rating -> rating.toItem(ratings.countClaimsRatedWith(id) > 0));
    }

    /** Over every rating with a number, retired ones too: verdicts given with them are still published. */
    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional(readOnly = true)
    public ScaleBounds bounds() {
        return bounds(ratings.findAll());
    }

    private static ScaleBounds bounds(List<Rating> scale) {
        IntSummaryStatistics values = scale.stream().map(Rating::getRatingValue)
                .filter(Objects::nonNull).mapToInt(Integer::intValue).summaryStatistics();
        return values.getCount() == 0 ? ScaleBounds.NONE : new ScaleBounds(values.getMin(), values.getMax());
    }

    /**
     * Runs a change of the scale; if it moved the scale's best or worst number, which every ClaimReview with a number
     * shows, every rating counts as changed for the ClaimReview feed.
     */
    private <T> T keepingBounds(Supplier<T> change) {
        ScaleBounds before = bounds(ratings.findAll());
        T result = change.get();
        ratings.flush();
        List<Rating> scale = ratings.findAll();
        if (!bounds(scale).equals(before)) {
            Instant now = clock.instant();
            scale.forEach(rating -> rating.boundsChanged(now));
        }
        return result;
    }

    /** Adds a rating at the end of the scale. */
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public long create(@Valid RatingData data) {
        List<Rating> scale = ordered();
        refuseDuplicateLabels(scale, null, data);
        Rating rating = keepingBounds(() -> ratings.save(new Rating(scale.size() + 1, data, clock.instant())));
        return Objects.requireNonNull(rating.getId());
    }

    /** Refused when someone else changed the rating since {@code expectedVersion} was read. */
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public void update(long id, long expectedVersion, @Valid RatingData data) {
        Rating rating = require(id);
        if (rating.getVersion() != expectedVersion) {
            throw new RefusedException(null, "rating.error.stale");
        }
        refuseDuplicateLabels(ordered(), rating, data);
        keepingBounds(() -> {
            rating.edit(data, clock.instant());
            return rating;
        });
    }

    /** Moves a rating {@code delta} places up (negative) or down the scale, stopping at either end. */
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public void move(long id, int delta) {
        List<Rating> scale = new ArrayList<>(ordered());
        Rating rating = require(id);
        int from = scale.indexOf(rating);
        int to = Math.clamp((long) from + delta, 0, scale.size() - 1);
        scale.add(to, scale.remove(from));
        for (int i = 0; i < scale.size(); i++) {
            scale.get(i).moveTo(i + 1);
        }
    }

    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public void retire(long id) {
        require(id).retire();
    }

    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public void reinstate(long id) {
        require(id).reinstate();
    }

    /** Only for ratings no claim uses; the others can be retired instead. */
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public void delete(long id) {
        Rating rating = require(id);
        if (ratings.countClaimsRatedWith(id) > 0) {
            throw new RefusedException(null, "rating.error.in-use");
        }
        keepingBounds(() -> {
            ratings.delete(rating);
            return rating;
        });
        List<Rating> rest = ordered();
        for (int i = 0; i < rest.size(); i++) {
            rest.get(i).moveTo(i + 1);
        }
    }

    private List<Rating> ordered() {
        return ratings.findAllByOrderByPositionAscIdAsc();
    }

    private Rating require(long id) {
        return ratings.findById(id).orElseThrow(() -> new RefusedException(null, "rating.error.gone"));
    }

    private static void refuseDuplicateLabels(List<Rating> scale, @Nullable Rating self, RatingData data) {
        for (Rating other : scale) {
            if (other == self) {
                continue;
            }
            if (other.sharesLabelEn(data)) {
                throw new RefusedException("labelEn", "rating.error.duplicate-label");
            }
            if (other.sharesLabelFr(data)) {
                throw new RefusedException("labelFr", "rating.error.duplicate-label");
            }
        }
    }
}
