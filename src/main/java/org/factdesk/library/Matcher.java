package org.factdesk.library;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.factdesk.search.Analyzers;
import org.factdesk.search.LuceneAnalysis;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.query.SearchQuery;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranks the library for a claim. Lexical first: BM25 over the fact-checks' claims and titles, analysed in the claim's
 * language (English, French, or plain words for others). For English, the fact-checks nearest to the claim by bge's
 * cosine that BM25 missed join its candidates ({@link NearestVectors}: a paraphrase in other words), and all are
 * reranked by the shipped learned model ({@link Reranker}, trained by {@code bin/train-matching}) over
 * {@link RerankFeatures}: the lexical score and place, both sentence models' cosines and places, word, number and name
 * overlap (chosen on the CheckThat! 2020 dev split, decision 016); without a model, by reciprocal-rank fusion of the
 * cosine and the lexical orders. A claim never matches its own library entry. The claim page, the background matching
 * after an accept and {@code bin/evaluate matching} all rank through this one class.
 */
@Component
class Matcher {

    /** Lexical candidates reranked with embeddings (the model file may say fewer). */
    static final int CANDIDATES = 100;
    /** Hits fetched beyond the candidates to see whether the last candidate's score is shared (then more). */
    static final int TIE_MARGIN = 20;
    static final int MAX_TIED_FETCH = 5000;
    /** Weight of the title against the claim in the lexical score. */
    static final float TITLE_BOOST = 0.6f;
    /**
     * Reciprocal-rank fusion of the lexical and the embedding order: a candidate scores 1/(k + its BM25 place) +
     * 1/(k + its cosine place). A small k lets the first places of either order weigh most (chosen on dev).
     */
    static final int RRF_K = 5;
    /**
     * A match is likely when its cosine (English) reaches this: on the CheckThat! 2020 dev split, the best match at or
     * above it is the right one for at least 95 % of the claims that reach it (decision 016).
     */
    static final double LIKELY_COSINE = 0.68;
    /** The precision on dev that {@link #LIKELY_COSINE} is chosen for (bin/evaluate prints the threshold it gives). */
    static final double LIKELY_PRECISION = 0.95;
    /** Other languages (no labelled data to choose on): the share of analysed words in common. */
    static final double LIKELY_WORDS = 0.5;

    /** Whether the claim is embedded {@link #tidied} (chosen on dev, decision 016). */
    static final boolean EMBED_TIDIED = false;
    private static final Pattern SIGNATURE = Pattern.compile(
            "[—–-]\\s*[^—–@()]{0,60}\\(@\\w+\\)\\s*(?:\\p{L}+\\s+\\d{1,2},\\s*\\d{4})?\\s*$");
    private static final Pattern HANDLE = Pattern.compile("@\\w+");
    private static final Pattern HASHTAG = Pattern.compile("#(\\w+)");
    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})");
    private static final Pattern URLS = Pattern.compile("(?i)\\b(?:https?://|www\\.|pic\\.twitter\\.com/)\\S+");

    @PersistenceContext
    private EntityManager entityManager;

    private final Embeddings embeddings;
    /** Plain SQL for the reads by a list of ids: Hibernate translates such a query again for every list length. */
    private final JdbcClient jdbc;
    private final @Nullable Reranker reranker = Reranker.shipped();
    private final ThreadLocal<Map<String, Analyzer>> analyzers = ThreadLocal.withInitial(HashMap::new);

    Matcher(Embeddings embeddings, JdbcClient jdbc) {
        this.embeddings = embeddings;
        this.jdbc = jdbc;
        this.entityManager = null;
    }

    /**
     * A candidate: its BM25 score divided by the best one's (0 for one of the nearest that BM25 did not find), and its
     * cosines by bge and by e5 (English only, else null).
     */
    record Candidate(long id, double lexical, @Nullable Double cosine, @Nullable Double e5Cosine) {
    }

    /**
     * The first {@code count} lexical candidates for {@code text}, in BM25 order, with their cosines for English; for
     * English, then up to {@code dense} of the fact-checks nearest by cosine that BM25 did not find, nearest first.
     */
    @Transactional(readOnly = true)
    public List<Candidate> candidates(String text, @Nullable String language, @Nullable Long ownClaimId, int count,
                                      int dense) {
        return candidates(text, language, ownClaimId, count, dense, EMBED_TIDIED);
    }

    /** As {@link #candidates(String, String, Long, int, int)}, the claim embedded tidied ({@link #tidied}) or not. */
    @Transactional(readOnly = true)
    public List<Candidate> candidates(String text, @Nullable String language, @Nullable Long ownClaimId, int count,
                                      int dense, boolean embedTidied) {
        String query = clean(text);
        // An empty library (a new desk, most tests) has nothing to rank: no sentence model is loaded for it.
        if (query.isEmpty() || jdbc.sql("select id from fact_check fetch first 1 rows only").query(Long.class)
                .list().isEmpty()) {
            return List.of();
        }
        String suffix = suffix(language);
        // The claim's sentence embedding, the longest part, is computed while the index is searched, and the scan for
        // its nearest fact-checks right after it, on the same thread. The scan takes enough to be left with `dense`
        // once BM25's candidates and the claim's own entry are set aside.
        String embedded = embedTidied ? tidied(query) : query;
        CompletableFuture<float[]> queryVector = "en".equals(suffix) ? embeddings.embedQueryMeanwhile(embedded) : null;
        CompletableFuture<float[]> e5Vector = "en".equals(suffix) ? embeddings.embedQueryE5Meanwhile(embedded) : null;
        CompletableFuture<List<NearestVectors.Near>> nearest = queryVector == null || dense <= 0
                ? CompletableFuture.completedFuture(List.of())
                : queryVector.thenApply(vector -> embeddings.nearest(vector, dense + count + 1, Set.of()));
        SearchQuery<List<?>> search = Search.session(entityManager).search(FactCheck.class)
                .select(f -> f.composite(f.id(Long.class), f.score()))
                .where(f -> {
                    BooleanPredicateClausesStep<?, ?> bool = f.bool()
                            .should(f.match().field("claim_" + suffix).matching(query))
                            .should(f.match().field("title_" + suffix).matching(query).boost(TITLE_BOOST));
                    if (ownClaimId != null) {
                        bool.mustNot(f.match().field("deskClaimId").matching(ownClaimId));
                    }
                    return bool;
                })
                // Only the first hits are wanted, not how many there are: Lucene may then skip the documents that
                // cannot reach them (the same hits, decision 016).
                .totalHitCountThreshold(count + TIE_MARGIN)
                .toQuery();
        List<List<?>> hits = inIdOrderOnTies(search, count);
        List<Long> ids = new ArrayList<>(hits.stream().map(hit -> (Long) hit.get(0)).toList());
        List<Long> extra = nearestOthers(Embeddings.awaited(nearest), ids, ownClaimId, dense);
        ids.addAll(extra);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Double> cosine = new HashMap<>();
        Map<Long, Double> e5Cosine = new HashMap<>();
        if (queryVector != null && e5Vector != null) {
            Map<Long, Embeddings.Vectors> vectors = embeddings.vectors(ids);
            float[] claimVector = Embeddings.awaited(queryVector);
            float[] claimE5 = Embeddings.awaited(e5Vector);
            vectors.forEach((id, both) -> {
                cosine.put(id, Embeddings.cosine(claimVector, both.bge()));
                e5Cosine.put(id, Embeddings.cosine(claimE5, both.e5()));
            });
        }
        List<Candidate> candidates = new ArrayList<>();
        double best = hits.isEmpty() ? 1 : score(hits.getFirst());
        for (List<?> hit : hits) {
            long id = (Long) hit.get(0);
            candidates.add(new Candidate(id, score(hit) / best, cosine.get(id), e5Cosine.get(id)));
        }
        extra.forEach(id -> candidates.add(new Candidate(id, 0, cosine.get(id), e5Cosine.get(id))));
        return candidates;
    }

    /**
     * The first {@code dense} of the nearest fact-checks that are not among BM25's {@code lexical} ones, still in the
     * library (one that left it is forgotten when met) and not the claim's own entry.
     */
    private List<Long> nearestOthers(List<NearestVectors.Near> nearest, List<Long> lexical, @Nullable Long ownClaimId,
                                     int dense) {
        Set<Long> found = Set.copyOf(lexical);
        List<Long> others = nearest.stream().map(NearestVectors.Near::id).filter(id -> !found.contains(id)).toList();
        if (others.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> rows = new HashMap<>();
        jdbc.sql("select id, desk_claim_id from fact_check where id in (:ids)").param("ids", others)
                .query(rs -> {
                    rows.put(rs.getLong(1), rs.getLong(2));
                });
        List<Long> kept = new ArrayList<>();
        for (Long id : others) {
            Long deskClaim = rows.get(id);
            if (deskClaim == null) {
                embeddings.forget(id);
            } else if (kept.size() < dense && (ownClaimId == null || deskClaim.longValue() != ownClaimId)) {
                kept.add(id);
            }
        }
        return kept;
    }

    /**
     * The first {@code count} hits, best score first and equal scores in the order of their ids. Lucene breaks ties by
     * its document order, which background merges reshuffle differently from run to run (they put bigger segments
     * first); fetching on until the last score taken is strictly above the last one fetched gets every hit tied at the
     * cut, so the same library always gives the same candidates (and {@code bin/train-matching} the same model).
     */
    static List<List<?>> inIdOrderOnTies(SearchQuery<List<?>> search, int count) {
        int fetch = count + TIE_MARGIN;
        List<List<?>> hits = search.fetchHits(fetch);
        while (hits.size() == fetch && count > 0 && fetch < MAX_TIED_FETCH
                && score(hits.get(fetch - 1)) >= score(hits.get(count - 1))) {
            fetch = Math.min(MAX_TIED_FETCH, fetch * 2);
            hits = search.fetchHits(fetch);
        }
        List<List<?>> ordered = new ArrayList<>(hits);
        ordered.sort(Comparator.comparingDouble((List<?> hit) -> -score(hit))
                .thenComparingLong(hit -> (Long) Objects.requireNonNull(hit.get(0))));
        return ordered.subList(0, Math.min(count, ordered.size()));
    }

    private static double score(List<?> hit) {
        return ((Number) Objects.requireNonNull(hit.get(1))).doubleValue();
    }

    /** The {@code limit} fact-checks closest to {@code text}, best first, leaving out the desk's entry of {@code ownClaimId}. */
    @Transactional(readOnly = true)
    public List<LibraryMatch> rank(String text, @Nullable String language, @Nullable Long ownClaimId, int limit) {
        String suffix = suffix(language);
        Reranker model = reranker;
        int count = !"en".equals(suffix) ? limit : Math.max(model == null ? CANDIDATES : model.candidates(), limit);
        int dense = "en".equals(suffix) && model != null ? model.dense() : 0;
        List<Candidate> ranked = candidates(text, language, ownClaimId, count, dense);
        ranked = model == null || ranked.stream().anyMatch(one -> one.cosine() == null)
                ? reciprocalRankFusion(ranked, RRF_K)
                : reranked(ranked, features(text, ranked), model);
        List<Candidate> top = ranked.subList(0, Math.min(limit, ranked.size()));
        if (top.isEmpty()) {
            return List.of();
        }
        Map<Long, FactCheck> loaded = new HashMap<>();
        for (FactCheck factCheck : entityManager.createQuery("select f from FactCheck f where f.id in :ids",
                FactCheck.class).setParameter("ids", top.stream().map(Candidate::id).toList()).getResultList()) {
            loaded.put(factCheck.getId(), factCheck);
        }
        String analyzer = analyzerName(suffix);
        List<Term> queryTerms = terms(analyzer, clean(text));
        List<LibraryMatch> matches = new ArrayList<>();
        for (Candidate candidate : top) {
            FactCheck factCheck = loaded.get(candidate.id());
            if (factCheck == null) {
                continue;
            }
            Set<String> documentTerms = new LinkedHashSet<>();
            terms(analyzer, Embeddings.textOf(factCheck.getClaim(), factCheck.getTitle()))
                    .forEach(term -> documentTerms.add(term.term()));
            List<String> matched = matchedWords(queryTerms, documentTerms);
            Double cos = candidate.cosine();
            double similarity = cos != null ? Math.max(0, cos) : shared(queryTerms, documentTerms);
            boolean likely = cos != null ? similarity >= LIKELY_COSINE : similarity >= LIKELY_WORDS;
            matches.add(new LibraryMatch(factCheck.toItem(), similarity, matched, likely));
        }
        return matches;
    }

    /** The URL of a fact-check (the evaluation's key). */
    @Transactional(readOnly = true)
    public String url(long id) {
        return entityManager.find(FactCheck.class, id).getUrl();
    }

    static String clean(String text) {
        return URLS.matcher(text).replaceAll(" ").strip();
    }

    /**
     * The claim as the sentence embedding reads it: a tweet's signature ("— Name (@handle) January 14, 2020") and
     * handles dropped, hashtags split into words ("#DefundTheCBC" → "Defund The CBC"). For the cosine only.
     */
    static String tidied(String text) {
        String tidy = SIGNATURE.matcher(text).replaceAll(" ");
        tidy = HANDLE.matcher(tidy).replaceAll(" ");
        java.util.regex.Matcher tags = HASHTAG.matcher(tidy);
        StringBuilder out = new StringBuilder();
        while (tags.find()) {
            tags.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
                    CAMEL.matcher(tags.group(1)).replaceAll(" ")));
        }
        tags.appendTail(out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    /** The texts of the candidates, with their lexical score and cosine, as the features read them. */
    @Transactional(readOnly = true)
    public List<double[]> features(String text, List<Candidate> candidates) {
        Map<Long, String[]> texts = new HashMap<>();
        if (!candidates.isEmpty()) {
            jdbc.sql("select id, claim, title from fact_check where id in (:ids)")
                    .param("ids", candidates.stream().map(Candidate::id).toList())
                    .query(rs -> {
                        texts.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
                    });
        }
        List<RerankFeatures.Input> inputs = candidates.stream().map(one -> {
            String[] claimAndTitle = texts.getOrDefault(one.id(), new String[] {"", null});
            return new RerankFeatures.Input(one.lexical(), one.cosine(), one.e5Cosine(), claimAndTitle[0],
                    claimAndTitle[1]);
        }).toList();
        return RerankFeatures.of(clean(text), inputs,
                some -> terms(Analyzers.ENGLISH, some).stream().map(Term::term).toList());
    }

    /** The candidates (in lexical order) ordered by the model's score of their features; ties keep the lexical order. */
    static List<Candidate> reranked(List<Candidate> lexicalOrder, List<double[]> features, Reranker model) {
        Map<Long, Double> score = new HashMap<>();
        for (int i = 0; i < lexicalOrder.size(); i++) {
            score.put(lexicalOrder.get(i).id(), model.score(features.get(i)));
        }
        List<Candidate> ordered = new ArrayList<>(lexicalOrder);
        ordered.sort(Comparator.comparingDouble((Candidate one) -> -score.get(one.id())));
        return ordered;
    }

    /**
     * The candidates (in lexical order) ordered by reciprocal-rank fusion of their lexical and cosine places; ties keep
     * the lexical order. Without cosines (not English) the lexical order stays.
     */
    static List<Candidate> reciprocalRankFusion(List<Candidate> lexicalOrder, int k) {
        if (lexicalOrder.stream().anyMatch(one -> one.cosine() == null)) {
            return lexicalOrder;
        }
        List<Candidate> byCosine = new ArrayList<>(lexicalOrder);
        byCosine.sort(Comparator.comparingDouble((Candidate one) -> -Objects.requireNonNull(one.cosine())));
        Map<Long, Double> score = new HashMap<>();
        for (int i = 0; i < lexicalOrder.size(); i++) {
            score.merge(lexicalOrder.get(i).id(), 1.0 / (k + i + 1), Double::sum);
            score.merge(byCosine.get(i).id(), 1.0 / (k + i + 1), Double::sum);
        }
        List<Candidate> fused = new ArrayList<>(lexicalOrder);
        fused.sort(Comparator.comparingDouble((Candidate one) -> -score.get(one.id())));
        return fused;
    }

    /** The candidates ordered by {@code w × cosine + (1 − w) × BM25 / best BM25} (the grid's other fusion). */
    static List<Candidate> linearFusion(List<Candidate> lexicalOrder, double cosineWeight) {
        List<Candidate> fused = new ArrayList<>(lexicalOrder);
        fused.sort(Comparator.comparingDouble((Candidate one) -> one.cosine() == null ? -one.lexical()
                : -(cosineWeight * one.cosine() + (1 - cosineWeight) * one.lexical())));
        return fused;
    }

    /** The suffix of the indexed fields for a language: "en", "fr", or "plain". */
    static String suffix(@Nullable String language) {
        String code = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        if (code.startsWith("en")) {
            return "en";
        }
        return code.startsWith("fr") ? "fr" : "plain";
    }

    private static String analyzerName(String suffix) {
        return switch (suffix) {
            case "en" -> Analyzers.ENGLISH;
            case "fr" -> Analyzers.FRENCH;
            default -> Analyzers.PLAIN;
        };
    }

    /** The words of the claim whose analysed form the fact-check also has, in the claim's order, once each. */
    private static List<String> matchedWords(List<Term> queryTerms, Set<String> documentTerms) {
        Set<String> words = new LinkedHashSet<>();
        for (Term term : queryTerms) {
            if (documentTerms.contains(term.term())) {
                words.add(term.word());
            }
        }
        return List.copyOf(words);
    }

    /** Dice's coefficient of the two texts' analysed words. */
    private static double shared(List<Term> queryTerms, Set<String> documentTerms) {
        Set<String> query = new LinkedHashSet<>();
        queryTerms.forEach(term -> query.add(term.term()));
        if (query.isEmpty() || documentTerms.isEmpty()) {
            return 0;
        }
        long common = query.stream().filter(documentTerms::contains).count();
        return 2.0 * common / (query.size() + documentTerms.size());
    }

    record Term(String term, String word) {
    }

    private List<Term> terms(String analyzerName, String text) {
        Analyzer analyzer = analyzers.get().computeIfAbsent(analyzerName, LuceneAnalysis::named);
        List<Term> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(new Term(term.toString(), text.substring(offset.startOffset(), offset.endOffset())));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
