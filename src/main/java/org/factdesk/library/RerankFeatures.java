package org.factdesk.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The features of one (claim, fact-check) pair that the learned reranker ({@link Reranker}) weighs, each a small,
 * explainable number: the lexical score and place, each sentence model's cosine (bge's and e5's), its place and how
 * far it stands out among the candidates, how much of the fact-check's claim and title the claim's words cover, shared
 * numbers and names, and the length ratio. Computed the same way by the
 * claim page's {@link org.factdesk.library.Matcher}, {@code bin/evaluate matching} and {@code bin/train-matching}.
 */
final class RerankFeatures {

    /** The names of the features, in the order of the vectors (and of the model file). */
    static final List<String> NAMES = List.of(
            "bm25", "bm25_place", "bm25_log_place",
            "cosine", "cosine_place", "cosine_gap",
            "claim_cover", "title_cover", "query_cover",
            "numbers_shared", "numbers_missing", "names_shared", "names_count",
            "length_ratio", "cosine_x_bm25", "cosine_z",
            "e5_cosine", "e5_place", "e5_gap");

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");
    /** A capitalised word that does not open a sentence (a rough named entity: people, places, organisations). */
    private static final Pattern NAME = Pattern.compile("(?<![.!?:\"“]\\s)(?<!^)\\b\\p{Lu}[\\p{L}\\p{N}'’-]+");
    private static final Set<String> COMMON_CAPITALISED = Set.of("the", "a", "an", "this", "that", "i", "we", "you",
            "he", "she", "it", "they", "and", "but", "or", "if", "in", "on", "at", "of", "for", "to", "is", "are",
            "was", "not", "no", "yes", "rt", "via", "breaking", "new", "just", "my", "our", "your", "his", "her",
            "their", "what", "why", "how", "who", "when", "where", "there", "here", "so", "all", "do", "did");

    private RerankFeatures() {
    }

    /** One candidate as the features see it. */
    record Input(double lexical, @Nullable Double cosine, @Nullable Double e5Cosine, String claim,
                 @Nullable String title) {
    }

    /**
     * The feature vectors of the candidates (in lexical order) for the query {@code text}; {@code analyse} gives the
     * analysed terms of a text (the index's English analysis).
     */
    static List<double[]> of(String text, List<Input> candidates, Function<String, List<String>> analyse) {
        Set<String> queryTerms = new HashSet<>(analyse.apply(text));
        Set<String> queryNumbers = numbers(text);
        Set<String> queryNames = names(text);
        int[] cosinePlace = places(candidates, RerankFeatures::cosineOf);
        int[] e5Place = places(candidates, RerankFeatures::e5CosineOf);
        double bestCosine = candidates.stream().mapToDouble(RerankFeatures::cosineOf).max().orElse(0);
        double bestE5 = candidates.stream().mapToDouble(RerankFeatures::e5CosineOf).max().orElse(0);
        double meanCosine = candidates.stream().mapToDouble(RerankFeatures::cosineOf).average().orElse(0);
        double spread = Math.sqrt(candidates.stream().mapToDouble(one -> Math.pow(cosineOf(one) - meanCosine, 2))
                .average().orElse(0));
        List<double[]> vectors = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Input one = candidates.get(i);
            Set<String> claimTerms = new HashSet<>(analyse.apply(one.claim()));
            Set<String> titleTerms = new HashSet<>(one.title() == null ? List.of() : analyse.apply(one.title()));
            Set<String> documentTerms = new HashSet<>(claimTerms);
            documentTerms.addAll(titleTerms);
            String document = Embeddings.textOf(one.claim(), one.title());
            Set<String> documentNumbers = numbers(document);
            Set<String> documentWords = words(document);
            long sharedNames = queryNames.stream().filter(documentWords::contains).count();
            double cosine = cosineOf(one);
            vectors.add(new double[] {
                one.lexical(),
                1.0 / (i + 1),
                Math.log(i + 1),
                cosine,
                1.0 / (cosinePlace[i] + 1),
                cosine - bestCosine,
                cover(queryTerms, claimTerms),
                cover(queryTerms, titleTerms),
                cover(documentTerms, queryTerms),
                documentNumbers.isEmpty() ? 0 : (double) intersection(queryNumbers, documentNumbers) / documentNumbers.size(),
                !documentNumbers.isEmpty() && intersection(queryNumbers, documentNumbers) == 0 ? 1 : 0,
                queryNames.isEmpty() ? 0 : (double) sharedNames / queryNames.size(),
                Math.log1p(sharedNames),
                Math.abs(Math.log((queryTerms.size() + 1.0) / (documentTerms.size() + 1.0))),
                cosine * one.lexical(),
                spread > 0 ? (cosine - meanCosine) / spread : 0,
                e5CosineOf(one),
                1.0 / (e5Place[i] + 1),
                e5CosineOf(one) - bestE5,
            });
        }
        return vectors;
    }

    private static double cosineOf(Input one) {
        return one.cosine() == null ? 0 : one.cosine();
    }

    private static double e5CosineOf(Input one) {
        return one.e5Cosine() == null ? 0 : one.e5Cosine();
    }

    /** Each candidate's place (0 first) in the order of {@code value}, highest first; ties keep the lexical order. */
    private static int[] places(List<Input> candidates, java.util.function.ToDoubleFunction<Input> value) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -value.applyAsDouble(candidates.get(i))));
        int[] places = new int[candidates.size()];
        for (int place = 0; place < order.size(); place++) {
            places[order.get(place)] = place;
        }
        return places;
    }

    /** The share of {@code covered}'s terms that {@code by} also has (0 when it has none). */
    private static double cover(Set<String> by, Set<String> covered) {
        return covered.isEmpty() ? 0 : (double) intersection(by, covered) / covered.size();
    }

    private static long intersection(Set<String> a, Set<String> b) {
        return a.stream().filter(b::contains).count();
    }

    static Set<String> numbers(String text) {
        Set<String> numbers = new LinkedHashSet<>();
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            numbers.add(matcher.group().replace(",", ""));
        }
        return numbers;
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    static Set<String> names(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = NAME.matcher(text);
        while (matcher.find()) {
            String name = matcher.group().toLowerCase(Locale.ROOT).replaceAll("['’-]+$", "");
            if (!COMMON_CAPITALISED.contains(name) && name.length() > 1) {
                names.add(name);
            }
        }
        return names;
    }
}
