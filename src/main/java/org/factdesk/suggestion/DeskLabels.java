package org.factdesk.suggestion;

import org.factdesk.claim.ClaimService;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads the desk's decisions as labels, per claim, from the claim and activity tables (plain SQL, like the rating
 * and report packages read the claim table; decision 014). Only a claim's current state counts, which is its latest
 * decision: an undone accept or dismissal leaves a candidate, which is no label.
 * <ul>
 * <li>positive: a claim accepted one at a time (to check), made from a selection, or that reached research (in
 * research, in review, approved);</li>
 * <li>negative: dismissed as not check-worthy or as an opinion;</li>
 * <li>no label: dismissed as a duplicate or out of scope, still a candidate, or accepted in bulk (an activity
 * whose detail is {@link #BULK}).</li>
 * </ul>
 */
@Component
class DeskLabels {

    /**
     * The detail of a status change made by a bulk accept ({@code ClaimService.acceptInBulk} writes it): such an
     * accept is no label, since nobody weighed those claims one by one.
     */
    static final String BULK = ClaimService.IN_BULK;

    /**
     * The text learned from is the claim's words as the article has them (its quote), which is what the extraction
     * scores: the statement may leave an attribution out ("…, X said") or be reworded by the desk.
     */
    private static final String QUERY = """
            select c.id, a.language, c.quote_exact, c.suggested, c.status, c.origin, c.dismiss_reason,
                   coalesce((select max(x.occurred_at) from activity x
                              where x.claim_id = c.id and x.action = 'claim.status'), c.updated_at) as decided_at,
                   (select y.detail from activity y
                     where y.claim_id = c.id and y.action = 'claim.status'
                     order by y.occurred_at desc, y.id desc fetch first 1 rows only) as last_detail
              from claim c join article a on a.id = c.article_id
             where c.status <> 'CANDIDATE'
            """;

    private final EntityManager entityManager;

    DeskLabels(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every label of the desk, oldest decision first (ties by claim id). */
    List<DeskLabel> all() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(QUERY).getResultList();
        List<DeskLabel> labels = new ArrayList<>();
        for (Object[] row : rows) {
            label(row).ifPresent(labels::add);
        }
        labels.sort(Comparator.comparing(DeskLabel::decidedAt).thenComparing(DeskLabel::claimId));
        return labels;
    }

    /** The labels of one language, oldest decision first. */
    List<DeskLabel> of(String language) {
        return all().stream().filter(label -> label.language().equals(language)).toList();
    }

    private static Optional<DeskLabel> label(Object[] row) {
        String status = (String) row[4];
        String origin = (String) row[5];
        String dismissReason = (String) row[6];
        String lastDetail = (String) row[8];
        Boolean checkworthy = checkworthy(status, origin, dismissReason, lastDetail);
        if (checkworthy == null) {
            return Optional.empty();
        }
        return Optional.of(new DeskLabel(((Number) row[0]).longValue(), (String) row[1], text(row[2]),
                Boolean.TRUE.equals(row[3]), checkworthy, instant(row[7])));
    }

    /** The label of a claim in this state, or null when it is none. */
    static @Nullable Boolean checkworthy(String status, @Nullable String origin, @Nullable String dismissReason,
                                         @Nullable String lastDetail) {
        return switch (status) {
            case "IN_RESEARCH", "IN_REVIEW", "APPROVED" -> true;
            case "TO_CHECK" -> "SELECTED".equals(origin) || !BULK.equals(lastDetail) ? Boolean.TRUE : null;
            case "DISMISSED" -> "NOT_CHECK_WORTHY".equals(dismissReason) || "OPINION".equals(dismissReason)
                    ? Boolean.FALSE : null;
            default -> null;
        };
    }

    private static String text(Object value) {
        if (value instanceof java.sql.Clob clob) {
            try {
                return clob.getSubString(1, (int) clob.length());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.valueOf(value);
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant instant -> instant;
            case OffsetDateTime time -> time.toInstant();
            case Timestamp timestamp -> timestamp.toInstant();
            default -> throw new IllegalStateException("Unexpected time " + value.getClass());
        };
    }
}
