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
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.factdesk.search.Analyzers;
import org.factdesk.search.LuceneAnalysis;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranks the library for a claim. Lexical first: BM25 over the fact-checks' claims and titles, analysed in the claim's
 * language (English, French, or plain words for others). For English the first {@link #CANDIDATES} are reranked
 * with sentence embeddings, the cosine fused with the lexical score (weights chosen on the CheckThat! 2020 dev split,
 * decision 016). A claim never matches its own library entry. The claim page, the background matching after an
 * accept and {@code bin/evaluate matching} all rank through this one class.
 */
@Component
class Matcher {

    /** Lexical candidates reranked with embeddings. */
    static final int CANDIDATES = 100;
    /** Weight of the title against the claim in the lexical score. */
    static final float TITLE_BOOST = 0.6f;
    /** Weight of the cosine in the fused score; the lexical score (divided by the best one) has the rest. */
    static final double COSINE_WEIGHT = 0.8;
    /** The likely-match threshold on the similarity of English (cosine) and other (shared words) matches. */
    static final double LIKELY_COSINE = 0.75;
    static final double LIKELY_WORDS = 0.5;

    private static final Pattern URLS = Pattern.compile("(?i)\\b(?:https?://|www\\.|pic\\.twitter\\.com/)\\S+");

    @PersistenceContext
    private EntityManager entityManager;

    private final Embeddings embeddings;
    private final ThreadLocal<Map<String, Analyzer>> analyzers = ThreadLocal.withInitial(HashMap::new);

    Matcher(Embeddings embeddings) {
        this.embeddings = embeddings;
        this.entityManager = null;
    }

    /** A lexical candidate: its BM25 score divided by the best one's, and its cosine (English only, else null). */
    record Candidate(long id, double lexical, @Nullable Double cosine) {
    }

    /** The first {@code count} lexical candidates for {@code text}, in BM25 order, with their cosines for English. */
    @Transactional(readOnly = true)
    public List<Candidate> candidates(String text, @Nullable String language, @Nullable Long ownClaimId, int count) {
        String query = clean(text);
        if (query.isEmpty()) {
            return List.of();
        }
        String suffix = suffix(language);
        List<List<?>> hits = Search.session(entityManager).search(FactCheck.class)
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
                .fetchHits(count);
        if (hits.isEmpty()) {
            return List.of();
        }
        double best = ((Number) Objects.requireNonNull(hits.getFirst().get(1))).doubleValue();
        Map<Long, Double> cosine = new HashMap<>();
        if ("en".equals(suffix)) {
            float[] queryVector = embeddings.embed(query);
            embeddings.vectors(hits.stream().map(hit -> (Long) hit.get(0)).toList())
                    .forEach((id, vector) -> cosine.put(id, Embeddings.cosine(queryVector, vector)));
        }
        return hits.stream().map(hit -> {
            long id = (Long) hit.get(0);
            return new Candidate(id, ((Number) Objects.requireNonNull(hit.get(1))).doubleValue() / best,
                    cosine.get(id));
        }).toList();
    }

    /** The {@code limit} fact-checks closest to {@code text}, best first, leaving out the desk's entry of {@code ownClaimId}. */
    @Transactional(readOnly = true)
    public List<LibraryMatch> rank(String text, @Nullable String language, @Nullable Long ownClaimId, int limit) {
        String suffix = suffix(language);
        int count = "en".equals(suffix) ? Math.max(CANDIDATES, limit) : limit;
        List<Candidate> ranked = new ArrayList<>(candidates(text, language, ownClaimId, count));
        ranked.sort(Comparator.comparingDouble((Candidate one) -> -fused(one.lexical(), one.cosine())));
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

    private static String clean(String text) {
        return URLS.matcher(text).replaceAll(" ").strip();
    }

    static double fused(double lexical, @Nullable Double cosine) {
        return fused(lexical, cosine, COSINE_WEIGHT);
    }

    static double fused(double lexical, @Nullable Double cosine, double cosineWeight) {
        return cosine == null ? lexical : cosineWeight * cosine + (1 - cosineWeight) * lexical;
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
