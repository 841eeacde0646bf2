package org.factdesk.library;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.factdesk.claim.ClaimChanged;
import org.factdesk.claim.ClaimStatus;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The claim's side of matching: its text and language, the desk's decisions on its matches, and its likely match
 * kept on the claim row ({@code likely_match_id}, {@code likely_match_label}) so lists mark it without matching.
 * A claim is matched again in the background once it is accepted and whenever its wording changes.
 */
@Component
class ClaimMatches implements DisposableBean {

    static final int SHOWN = 5;
    private static final Logger LOG = LoggerFactory.getLogger(ClaimMatches.class);

    private final JdbcClient jdbc;
    private final Matcher matcher;
    private final ExecutorService background = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("factdesk-matching-", 0).factory());

    ClaimMatches(JdbcClient jdbc, Matcher matcher) {
        this.jdbc = jdbc;
        this.matcher = matcher;
    }

    record ClaimText(String statement, @Nullable String language, String status) {
    }

    Optional<ClaimText> text(long claimId) {
        return jdbc.sql("select c.statement, a.language, c.status from claim c join article a on a.id = c.article_id "
                        + "where c.id = :id").param("id", claimId)
                .query((rs, row) -> new ClaimText(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
    }

    Map<Long, MatchDecision> decisions(long claimId) {
        Map<Long, MatchDecision> decisions = new HashMap<>();
        jdbc.sql("select fact_check_id, decision from claim_match where claim_id = :id").param("id", claimId)
                .query((rs, row) -> decisions.put(rs.getLong(1), MatchDecision.valueOf(rs.getString(2)))).list();
        return decisions;
    }

    /** The five closest fact-checks the desk has not called "not the same", with the decisions taken. */
    List<CheckedBefore> checkedBefore(long claimId) {
        ClaimText claim = text(claimId).orElse(null);
        if (claim == null) {
            return List.of();
        }
        Map<Long, MatchDecision> decisions = decisions(claimId);
        long hidden = decisions.values().stream().filter(d -> d == MatchDecision.NOT_SAME).count();
        return matcher.rank(claim.statement(), claim.language(), claimId, SHOWN + (int) hidden).stream()
                .filter(match -> decisions.get(match.factCheck().id()) != MatchDecision.NOT_SAME)
                .limit(SHOWN)
                .map(match -> new CheckedBefore(match, decisions.get(match.factCheck().id())))
                .toList();
    }

    @TransactionalEventListener
    void on(ClaimChanged change) {
        boolean accepted = "claim.status".equals(change.action()) && ClaimStatus.TO_CHECK.name().equals(change.after());
        if (accepted || "claim.reworded".equals(change.action())) {
            refreshLater(change.claimId());
        }
    }

    Future<?> refreshLater(long claimId) {
        return background.submit(() -> {
            try {
                refresh(claimId);
            } catch (RuntimeException e) {
                LOG.warn("Matching claim {} against the library failed", claimId, e);
            }
        });
    }

    /** Waits until the matching queued so far has run (the background is one thread, in order). */
    void awaitIdle() throws Exception {
        background.submit(() -> { }).get();
    }

    /** Matches the claim now and keeps its likely match (or none) on its row. */
    @Nullable CheckedBefore refresh(long claimId) {
        CheckedBefore likely = checkedBefore(claimId).stream()
                .filter(one -> one.match().likely() || one.decision() == MatchDecision.SAME)
                .findFirst().orElse(null);
        jdbc.sql("update claim set likely_match_id = :match, likely_match_label = :label where id = :id")
                .param("match", likely == null ? null : likely.match().factCheck().id())
                .param("label", likely == null ? null : label(likely.match().factCheck()))
                .param("id", claimId).update();
        return likely;
    }

    /** "Mostly false · AFP · 2024-03": what a list says of a likely match, in any language. */
    static String label(FactCheckItem factCheck) {
        StringBuilder label = new StringBuilder();
        for (String part : new String[] {factCheck.rating(), factCheck.publisher(),
                factCheck.reviewedOn() == null ? null : factCheck.reviewedOn().toString().substring(0, 7)}) {
            if (part != null && !part.isBlank()) {
                label.append(label.isEmpty() ? "" : " · ").append(part);
            }
        }
        String text = label.isEmpty() ? factCheck.claim() : label.toString();
        return text.length() > 600 ? text.substring(0, 599) + "…" : text;
    }

    void decide(long claimId, long factCheckId, MatchDecision decision, double similarity, String user,
                java.time.Instant at) {
        int changed = jdbc.sql("update claim_match set decision = :decision, similarity = :similarity, "
                        + "decided_by = :user, decided_at = :at where claim_id = :claim and fact_check_id = :fc")
                .param("decision", decision.name()).param("similarity", similarity).param("user", user)
                .param("at", java.sql.Timestamp.from(at)).param("claim", claimId).param("fc", factCheckId).update();
        if (changed == 0) {
            jdbc.sql("insert into claim_match (claim_id, fact_check_id, decision, similarity, decided_by, decided_at) "
                            + "values (:claim, :fc, :decision, :similarity, :user, :at)")
                    .param("decision", decision.name()).param("similarity", similarity).param("user", user)
                    .param("at", java.sql.Timestamp.from(at)).param("claim", claimId).param("fc", factCheckId)
                    .update();
        }
    }

    /** How many decisions of each kind the desk took: the share of "same" measures matching on its own data. */
    Map<MatchDecision, Long> decisionCounts() {
        Map<MatchDecision, Long> counts = new HashMap<>();
        jdbc.sql("select decision, count(*) from claim_match group by decision")
                .query((rs, row) -> counts.put(MatchDecision.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return counts;
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
