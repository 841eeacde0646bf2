package org.factdesk.library;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import org.factdesk.claim.ClaimChanged;
import org.factdesk.claim.ClaimStatus;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The claim's side of matching: its text and language, the desk's decisions on its matches, and its likely match
 * kept on the claim row ({@code likely_match_id}, {@code likely_match_label}) so lists mark it without matching.
 * A claim is matched again in the background once it is accepted and whenever its wording changes.
 *
 * <p>Each ranking is stored ({@code claim_library_ranking}, {@code claim_library_match}) with what it was ranked for:
 * the statement and language (a digest) and the library's {@link LibraryGeneration}. The claim page reads it while
 * it is current and ranks live only when there is none for its wording (never ranked, reworded since), storing what
 * it ranked: the same five matches as a live ranking, without the index, the embedding and the reranker. A ranking of
 * an older library (the library changed since) is shown at once while the claim is ranked again in the background
 * ({@link #checkedBeforeNow}).
 */
@Component
class ClaimMatches implements DisposableBean {

    static final int SHOWN = 5;
    private static final Logger LOG = LoggerFactory.getLogger(ClaimMatches.class);

    /** Ranked beyond the shown and the hidden, so that a few more "not the same" still read the stored ranking. */
    static final int MARGIN = 5;
    /** Longest matched words kept (joined by line breaks): a longer list is not stored, the claim ranks live. */
    static final int MAX_WORDS_CHARS = 8000;

    private final JdbcClient jdbc;
    private final Matcher matcher;
    private final LibraryGeneration generation;
    private final TransactionTemplate transactions;
    private final ExecutorService background = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("factdesk-matching-", 0).factory());
    /** The claims being ranked again in the background for a page that shows their older ranking meanwhile. */
    private final Map<Long, CompletableFuture<Void>> rankingAgain = new ConcurrentHashMap<>();

    ClaimMatches(JdbcClient jdbc, Matcher matcher, LibraryGeneration generation,
                 PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.matcher = matcher;
        this.generation = generation;
        this.transactions = new TransactionTemplate(transactions);
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

    /**
     * The five closest fact-checks the desk has not called "not the same", with the decisions taken: the stored
     * ranking while it is current, else ranked now (and stored). The claim's text and its stored ranking are read in
     * one statement.
     */
    List<CheckedBefore> checkedBefore(long claimId) {
        Stored stored = stored(claimId).orElse(null);
        if (stored == null) {
            return List.of();
        }
        Map<Long, MatchDecision> decisions = decisions(claimId);
        int wanted = wanted(decisions);
        List<LibraryMatch> ranked = stored.current(wanted)
                .orElseGet(() -> rankAndStore(claimId, stored.claim(), wanted));
        return shown(ranked, decisions);
    }

    /**
     * As {@link #checkedBefore}, but a ranking stored for the same wording and an older library is shown as it is,
     * while the claim is ranked again in the background: an approval adds to the library, and every claim's next
     * opening would otherwise rank live (the index, both embeddings, the scan and the reranker).
     */
    CheckedBeforeNow checkedBeforeNow(long claimId) {
        Stored stored = stored(claimId).orElse(null);
        if (stored == null) {
            return new CheckedBeforeNow(List.of(), null);
        }
        Map<Long, MatchDecision> decisions = decisions(claimId);
        int wanted = wanted(decisions);
        Optional<List<LibraryMatch>> current = stored.current(wanted);
        if (current.isPresent()) {
            return new CheckedBeforeNow(shown(current.get(), decisions), null);
        }
        if (stored.ofOlderLibrary(wanted)) {
            return new CheckedBeforeNow(shown(stored.ranking(), decisions), rankAgainLater(claimId));
        }
        return new CheckedBeforeNow(shown(rankAndStore(claimId, stored.claim(), wanted), decisions), null);
    }

    /**
     * Ranks the claim again in the background (and keeps its likely match), once however many pages ask meanwhile;
     * the future completes when it is done, or has failed (logged).
     */
    CompletableFuture<Void> rankAgainLater(long claimId) {
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> running = rankingAgain.putIfAbsent(claimId, mine);
        if (running != null) {
            return running;
        }
        Runnable done = () -> {
            rankingAgain.remove(claimId, mine);
            mine.complete(null);
        };
        try {
            background.submit(() -> {
                try {
                    refresh(claimId);
                } catch (RuntimeException e) {
                    LOG.warn("Matching claim {} against the library failed", claimId, e);
                } finally {
                    done.run();
                }
            });
        } catch (RejectedExecutionException e) {
            // FactDesk is stopping.
            done.run();
        }
        return mine;
    }

    /** The five shown and those the desk hid: how many a ranking must hold for the five to be right. */
    private static int wanted(Map<Long, MatchDecision> decisions) {
        return SHOWN + (int) decisions.values().stream().filter(d -> d == MatchDecision.NOT_SAME).count();
    }

    private static List<CheckedBefore> shown(List<LibraryMatch> ranked, Map<Long, MatchDecision> decisions) {
        return ranked.stream()
                .filter(match -> decisions.get(match.factCheck().id()) != MatchDecision.NOT_SAME)
                .limit(SHOWN)
                .map(match -> new CheckedBefore(match, decisions.get(match.factCheck().id())))
                .toList();
    }

    /** Ranks the library for the claim now and stores the ranking, with a margin beyond what is shown. */
    private List<LibraryMatch> rankAndStore(long claimId, ClaimText claim, int wanted) {
        long at = generation.current();
        int asked = wanted + MARGIN;
        List<LibraryMatch> ranked = matcher.rank(claim.statement(), claim.language(), claimId, asked);
        store(claimId, digest(claim), at, asked, ranked);
        return ranked;
    }

    /**
     * What is stored of a claim: its text, and the ranking last stored for it (empty when none), with whether that
     * ranking is of the library as it is now.
     */
    record Stored(ClaimText claim, @Nullable String digest, int asked, boolean currentLibrary,
                  List<LibraryMatch> ranking) {

        /**
         * The stored ranking if it is current (same wording and language, same library) and asked for at least
         * {@code wanted} fact-checks; a ranking is a prefix of a longer one, so its first {@code wanted} are those a
         * live ranking would give.
         */
        Optional<List<LibraryMatch>> current(int wanted) {
            return currentLibrary && forThisWording(wanted) ? Optional.of(ranking) : Optional.empty();
        }

        /** Whether the stored ranking is of this wording, long enough, but of an older library. */
        boolean ofOlderLibrary(int wanted) {
            return !currentLibrary && forThisWording(wanted);
        }

        private boolean forThisWording(int wanted) {
            return digest != null && asked >= wanted && ClaimMatches.digest(claim).equals(digest);
        }
    }

    /** The claim's text with its stored ranking, in one statement; empty if there is no such claim. */
    Optional<Stored> stored(long claimId) {
        record Row(ClaimText claim, @Nullable String digest, int asked, boolean currentLibrary,
                   @Nullable LibraryMatch match) {
        }
        List<Row> rows = jdbc.sql("select c.statement, a.language, c.status, r.text_digest, r.asked, "
                        + "case when r.generation = (select g.generation from library_generation g where g.id = 1) "
                        + "then 1 else 0 end, m.fact_check_id, m.similarity, m.matched_words, m.likely, f.url, "
                        + "f.claim, f.title, f.rating, f.publisher, f.language, f.reviewed_on, f.origin, "
                        + "f.desk_claim_id from claim c join article a on a.id = c.article_id "
                        + "left join claim_library_ranking r on r.claim_id = c.id "
                        + "left join claim_library_match m on m.claim_id = r.claim_id "
                        + "left join fact_check f on f.id = m.fact_check_id "
                        + "where c.id = :id order by m.place")
                .param("id", claimId)
                .query((rs, row) -> {
                    ClaimText claim = new ClaimText(rs.getString(1), rs.getString(2), rs.getString(3));
                    String digest = rs.getString(4);
                    int asked = rs.getInt(5);
                    boolean currentLibrary = rs.getInt(6) == 1;
                    long factCheckId = rs.getLong(7);
                    if (rs.wasNull() || rs.getString(11) == null) {
                        return new Row(claim, digest, asked, currentLibrary, null);
                    }
                    java.sql.Date reviewed = rs.getDate(17);
                    long deskClaim = rs.getLong(19);
                    Long deskClaimId = rs.wasNull() ? null : deskClaim;
                    FactCheckItem item = new FactCheckItem(factCheckId, rs.getString(11), rs.getString(12),
                            rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16),
                            reviewed == null ? null : reviewed.toLocalDate(), FactCheckOrigin.valueOf(rs.getString(18)),
                            deskClaimId);
                    String words = rs.getString(9);
                    return new Row(claim, digest, asked, currentLibrary, new LibraryMatch(item, rs.getDouble(8),
                            words.isEmpty() ? List.of() : List.of(words.split("\n")), rs.getBoolean(10)));
                }).list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Row first = rows.getFirst();
        return Optional.of(new Stored(first.claim(), first.digest(), first.asked(), first.currentLibrary(),
                rows.stream().map(Row::match).filter(Objects::nonNull).toList()));
    }

    private void store(long claimId, String digest, long at, int asked, List<LibraryMatch> ranked) {
        List<String> words = ranked.stream().map(match -> String.join("\n", match.matchedWords())).toList();
        if (words.stream().anyMatch(joined -> joined.length() > MAX_WORDS_CHARS)) {
            return;
        }
        try {
            transactions.executeWithoutResult(status -> {
                jdbc.sql("delete from claim_library_ranking where claim_id = :id").param("id", claimId).update();
                jdbc.sql("insert into claim_library_ranking (claim_id, text_digest, generation, asked) "
                                + "values (:id, :digest, :generation, :asked)")
                        .param("id", claimId).param("digest", digest).param("generation", at).param("asked", asked)
                        .update();
                for (int place = 0; place < ranked.size(); place++) {
                    LibraryMatch match = ranked.get(place);
                    jdbc.sql("insert into claim_library_match (claim_id, place, fact_check_id, similarity, "
                                    + "matched_words, likely) values (:id, :place, :fc, :similarity, :words, :likely)")
                            .param("id", claimId).param("place", place).param("fc", match.factCheck().id())
                            .param("similarity", match.similarity()).param("words", words.get(place))
                            .param("likely", match.likely()).update();
                }
            });
        } catch (DataAccessException e) {
            // Another request stored the same claim's ranking at the same moment (or the claim or a fact-check has
            // just gone): what was ranked is still shown, the next opening reads or ranks again.
            LOG.debug("Could not store the ranking of claim {}", claimId, e);
        }
    }

    /** What a ranking was made for: the statement and the claim's language, as a SHA-256 in hexadecimal. */
    static String digest(ClaimText claim) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(claim.statement().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(String.valueOf(claim.language()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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

    /** Matches the claim now (whatever is stored), stores the ranking and keeps its likely match (or none) on its row. */
    @Nullable CheckedBefore refresh(long claimId) {
        ClaimText claim = text(claimId).orElse(null);
        if (claim == null) {
            return null;
        }
        Map<Long, MatchDecision> decisions = decisions(claimId);
        int wanted = wanted(decisions);
        CheckedBefore likely = shown(rankAndStore(claimId, claim, wanted), decisions).stream()
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
