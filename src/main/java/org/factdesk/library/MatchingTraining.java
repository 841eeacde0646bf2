package org.factdesk.library;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Trains the shipped English matching reranker ({@link Reranker}) on the CheckThat! 2020 claim-retrieval data:
 * {@code bin/train-matching DATA_FOLDER [MODEL_FILE]}, the folder holding {@code verified_claims.docs.tsv},
 * {@code train/} and {@code dev/}. Like {@code bin/evaluate matching} it imports the verified claims into an empty
 * FactDesk library and takes each query's lexical candidates and their features from the claim page's {@link Matcher}.
 * A logistic regression (liblinear, L2, primal Newton solver) learns on train's pairs: pointwise (each candidate,
 * right or not) or pairwise (the right fact-check's features minus each other candidate's, a ranking model); the
 * feature set, the way, the number of candidates (BM25's, and the nearest by cosine that it missed) and the
 * regularisation are chosen on dev by MAP@5 (the first best in the grid's order). {@code -Dfactdesk.train.tidied=true}
 * embeds the claims tidied ({@link Matcher#tidied}) instead.
 * One thread, liblinear's fixed seed, queries in file order and numbers written with six significant digits: two
 * runs on the same data write the same file.
 */
public final class MatchingTraining {

    static final String DEFAULT_OUTPUT = "src/main/resources/" + Reranker.ENGLISH;
    static final double[] COSTS = {0.01, 0.1, 1, 10};
    static final int[] CANDIDATE_COUNTS = {20, 50, 100};
    /**
     * How many of the nearest fact-checks by cosine that BM25 missed are tried beside its candidates (with BM25's
     * {@value Matcher#CANDIDATES}; 0: BM25's alone, at each of {@link #CANDIDATE_COUNTS}).
     */
    static final int[] DENSE_COUNTS = {0, 30, 50, 100};

    /** The feature sets tried, by name (the first of the best MAP@5 on dev wins). */
    static final Map<String, List<String>> FEATURE_SETS = featureSets();

    /** One query's candidates: their features (in lexical order) and which are right. */
    record Query(List<double[]> features, boolean[] right, int answers) {
    }

    record Score(double map1, double map5) {
    }

    private MatchingTraining() {
    }

    private static Map<String, List<String>> featureSets() {
        Map<String, List<String>> sets = new LinkedHashMap<>();
        sets.put("ranks", List.of("bm25", "bm25_place", "cosine", "cosine_place"));
        sets.put("ranks+gap", List.of("bm25", "bm25_place", "bm25_log_place", "cosine", "cosine_place", "cosine_gap"));
        sets.put("ranks+overlap", List.of("bm25", "bm25_place", "bm25_log_place", "cosine", "cosine_place",
                "cosine_gap", "claim_cover", "title_cover", "query_cover"));
        List<String> base = new ArrayList<>(RerankFeatures.NAMES);
        base.removeAll(List.of("cosine_z", "e5_cosine", "e5_place", "e5_gap"));
        sets.put("all", base);
        List<String> withZ = new ArrayList<>(base);
        withZ.add("cosine_z");
        sets.put("all+z", withZ);
        List<String> noLength = new ArrayList<>(base);
        noLength.remove("length_ratio");
        sets.put("all-length", noLength);
        List<String> noNames = new ArrayList<>(base);
        noNames.removeAll(List.of("names_shared", "names_count"));
        sets.put("all-names", noNames);
        List<String> noNumbers = new ArrayList<>(base);
        noNumbers.removeAll(List.of("numbers_shared", "numbers_missing"));
        sets.put("all-numbers", noNumbers);
        List<String> e5 = List.of("e5_cosine", "e5_place", "e5_gap");
        for (String name : List.of("all", "all-numbers", "all-length")) {
            List<String> withE5 = new ArrayList<>(sets.get(name));
            withE5.addAll(e5);
            sets.put(name + "+e5", withE5);
        }
        return sets;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("Usage: bin/train-matching DATA_FOLDER [MODEL_FILE]");
            System.err.println("DATA_FOLDER holds verified_claims.docs.tsv, train/ and dev/ (CheckThat! 2020 Task 2).");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        Path output = Path.of(args.length > 1 ? args[1] : DEFAULT_OUTPUT);
        Linear.disableDebugOutput();
        String csv = EvaluateMatching.libraryCsv(folder.resolve("verified_claims.docs.tsv"));
        String kept = System.getProperty("factdesk.evaluate.data", "");
        boolean tidied = Boolean.parseBoolean(System.getProperty("factdesk.train.tidied",
                Boolean.toString(Matcher.EMBED_TIDIED)));
        Path data = kept.isBlank() ? Files.createTempDirectory("factdesk-train-") : Path.of(kept);
        Map<Integer, List<Query>> trainByDense = new LinkedHashMap<>();
        Map<Integer, List<Query>> devByDense = new LinkedHashMap<>();
        try (ConfigurableApplicationContext context = EvaluateMatching.start(data)) {
            EvaluateMatching.library(context, csv, !kept.isBlank());
            Matcher matcher = context.getBean(Matcher.class);
            Map<Long, String> ids = new HashMap<>();
            for (FactCheck factCheck : context.getBean(FactCheckRepository.class).findAll()) {
                ids.put(factCheck.getId(), factCheck.getUrl().substring(EvaluateMatching.URL_PREFIX.length()));
            }
            for (int dense : DENSE_COUNTS) {
                trainByDense.put(dense, queries(matcher, ids, folder.resolve("train"), tidied, dense));
                devByDense.put(dense, queries(matcher, ids, folder.resolve("dev"), tidied, dense));
            }
        } finally {
            if (kept.isBlank()) {
                EvaluateMatching.deleteQuietly(data);
            }
        }
        List<Query> train = trainByDense.get(0);
        List<Query> dev = devByDense.get(0);
        System.out.printf(Locale.ROOT, "embedded %s; train %d queries, dev %d%n", tidied ? "tidied" : "as written",
                train.size(), dev.size());
        Score rrf = evaluate(dev, 100, features -> -0.0, true);
        System.out.printf(Locale.ROOT, "dev, reciprocal-rank fusion (k=%d): MAP@1=%.3f MAP@5=%.3f%n", Matcher.RRF_K,
                rrf.map1(), rrf.map5());
        Reranker best = null;
        Score bestScore = null;
        String bestName = "";
        for (Map.Entry<String, List<String>> set : FEATURE_SETS.entrySet()) {
            for (boolean pairwise : new boolean[] {false, true}) {
              for (int dense : DENSE_COUNTS) {
               for (int count : dense == 0 ? CANDIDATE_COUNTS : new int[] {Matcher.CANDIDATES}) {
                for (double cost : COSTS) {
                    List<Query> trainOn = trainByDense.get(dense);
                    List<Query> devOn = devByDense.get(dense);
                    // With nearest ones, every candidate counts (they come after BM25's `count`).
                    int limit = dense == 0 ? count : Integer.MAX_VALUE;
                    Reranker model = train(trainOn, set.getValue(), count, dense, limit, cost, pairwise);
                    Score score = evaluate(devOn, limit, model::score, false);
                    Score onTrain = evaluate(trainOn, limit, model::score, false);
                    String name = "features=" + set.getKey() + (pairwise ? " pairwise" : " pointwise") + " candidates="
                            + count + " dense=" + dense + " C=" + cost;
                    System.out.printf(Locale.ROOT, "%s dev MAP@1=%.3f MAP@5=%.3f (train %.3f/%.3f)%n", name,
                            score.map1(), score.map5(), onTrain.map1(), onTrain.map5());
                    if (bestScore == null || score.map5() > bestScore.map5() + 1e-9) {
                        best = model;
                        bestScore = score;
                        bestName = name;
                    }
                }
               }
              }
            }
        }
        if (best == null) {
            throw new IllegalStateException("No query to learn from");
        }
        Map<String, String> comments = new LinkedHashMap<>();
        comments.put("FactDesk matching reranker (English)", "rebuilt by bin/train-matching, see decision 016");
        comments.put("data", "CheckThat! 2020 Task 2 (English tweets and Snopes fact-checks), train " + train.size()
                + " queries, chosen on dev " + dev.size());
        comments.put("chosen", bestName + (tidied ? " embedded-tidied" : ""));
        comments.put("dev", String.format(Locale.ROOT, "MAP@1=%.3f MAP@5=%.3f", bestScore.map1(), bestScore.map5()));
        try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            best.write(out, comments);
        }
        System.out.printf(Locale.ROOT, "chosen %s: dev MAP@1=%.3f MAP@5=%.3f, written to %s%n", bestName,
                bestScore.map1(), bestScore.map5(), output);
        System.exit(0);
    }

    private static List<Query> queries(Matcher matcher, Map<Long, String> ids, Path split, boolean tidied, int dense)
            throws IOException {
        Map<String, String> texts = EvaluateMatching.read(split.resolve("tweets.queries.tsv"), 1);
        Map<String, Set<String>> relevant = EvaluateMatching.qrels(split.resolve("tweet-vclaim-pairs.qrels"));
        List<Query> queries = new ArrayList<>();
        long start = System.nanoTime();
        for (Map.Entry<String, String> text : texts.entrySet()) {
            Set<String> answers = relevant.getOrDefault(text.getKey(), Set.of());
            if (answers.isEmpty()) {
                continue;
            }
            List<Matcher.Candidate> candidates = matcher.candidates(text.getValue(), "en", null,
                    Matcher.CANDIDATES, dense, tidied);
            List<double[]> features = matcher.features(text.getValue(), candidates);
            boolean[] right = new boolean[candidates.size()];
            for (int i = 0; i < right.length; i++) {
                right[i] = answers.contains(ids.get(candidates.get(i).id()));
            }
            queries.add(new Query(features, right, answers.size()));
        }
        System.out.printf(Locale.ROOT, "%s, %d nearest: features of %d queries in %.1f s%n", split.getFileName(), dense,
                queries.size(), (System.nanoTime() - start) / 1e9);
        return queries;
    }

    /**
     * A logistic regression over the named features of train's first {@code limit} candidates per query, for a model
     * that reranks BM25's first {@code count} and {@code dense} nearest.
     */
    static Reranker train(List<Query> queries, List<String> names, int count, int dense, int limit, double cost,
                          boolean pairwise) {
        int[] columns = names.stream().mapToInt(RerankFeatures.NAMES::indexOf).toArray();
        List<double[]> rows = new ArrayList<>();
        List<Double> labels = new ArrayList<>();
        for (Query query : queries) {
            for (int i = 0; i < Math.min(limit, query.features().size()); i++) {
                rows.add(query.features().get(i));
                labels.add(query.right()[i] ? 1.0 : 0.0);
            }
        }
        double[] mean = new double[columns.length];
        double[] scale = new double[columns.length];
        for (int c = 0; c < columns.length; c++) {
            double sum = 0;
            for (double[] row : rows) {
                sum += row[columns[c]];
            }
            mean[c] = Reranker.rounded(sum / rows.size());
            double squares = 0;
            for (double[] row : rows) {
                squares += (row[columns[c]] - mean[c]) * (row[columns[c]] - mean[c]);
            }
            double spread = Math.sqrt(squares / rows.size());
            scale[c] = Reranker.rounded(spread > 1e-9 ? spread : 1);
        }
        List<double[]> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        if (pairwise) {
            // The right candidate minus each other one (and the reverse, labelled the other way): a ranking model.
            int offset = 0;
            for (Query query : queries) {
                int n = Math.min(limit, query.features().size());
                for (int i = 0; i < n; i++) {
                    if (!query.right()[i]) {
                        continue;
                    }
                    for (int j = 0; j < n; j++) {
                        if (query.right()[j]) {
                            continue;
                        }
                        double[] difference = new double[columns.length + 1];
                        for (int c = 0; c < columns.length; c++) {
                            difference[c] = (rows.get(offset + i)[columns[c]] - rows.get(offset + j)[columns[c]])
                                    / scale[c];
                        }
                        boolean flip = xs.size() % 2 == 1;
                        if (flip) {
                            for (int c = 0; c < columns.length; c++) {
                                difference[c] = -difference[c];
                            }
                        }
                        xs.add(difference);
                        ys.add(flip ? 0.0 : 1.0);
                    }
                }
                offset += n;
            }
        } else {
            for (int r = 0; r < rows.size(); r++) {
                double[] row = new double[columns.length + 1];
                for (int c = 0; c < columns.length; c++) {
                    row[c] = (rows.get(r)[columns[c]] - mean[c]) / scale[c];
                }
                row[columns.length] = 1;
                xs.add(row);
                ys.add(labels.get(r));
            }
        }
        Problem problem = new Problem();
        problem.l = xs.size();
        problem.n = columns.length + 1;
        problem.bias = 1;
        problem.x = new Feature[xs.size()][];
        problem.y = new double[xs.size()];
        for (int r = 0; r < xs.size(); r++) {
            Feature[] nodes = new Feature[columns.length + 1];
            for (int c = 0; c <= columns.length; c++) {
                nodes[c] = new FeatureNode(c + 1, xs.get(r)[c]);
            }
            problem.x[r] = nodes;
            problem.y[r] = ys.get(r);
        }
        Linear.resetRandom();
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, cost, 0.0001));
        double[] weights = model.getFeatureWeights();
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        List<Reranker.Weight> kept = new ArrayList<>();
        for (int c = 0; c < columns.length; c++) {
            kept.add(new Reranker.Weight(names.get(c), mean[c], scale[c], Reranker.rounded(sign * weights[c])));
        }
        return new Reranker(count, dense, Reranker.rounded(sign * weights[columns.length]), kept);
    }

    /**
     * MAP@1 and MAP@5 of the first {@code count} candidates ordered by {@code score} (ties keep the lexical order), or,
     * with {@code fusion}, by the matcher's reciprocal-rank fusion.
     */
    static Score evaluate(List<Query> queries, int count, java.util.function.ToDoubleFunction<double[]> score,
                          boolean fusion) {
        double map1 = 0;
        double map5 = 0;
        for (Query query : queries) {
            int n = Math.min(count, query.features().size());
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                order.add(i);
            }
            if (fusion) {
                int cosine = RerankFeatures.NAMES.indexOf("cosine_place");
                order.sort(Comparator.comparingDouble((Integer i) -> -(1.0 / (Matcher.RRF_K + i + 1)
                        + 1.0 / (Matcher.RRF_K + 1 / query.features().get(i)[cosine]))));
            } else {
                double[] scores = new double[n];
                for (int i = 0; i < n; i++) {
                    scores[i] = score.applyAsDouble(query.features().get(i));
                }
                order.sort(Comparator.comparingDouble((Integer i) -> -scores[i]));
            }
            map1 += precision(order, query, 1);
            map5 += precision(order, query, 5);
        }
        return new Score(map1 / queries.size(), map5 / queries.size());
    }

    private static double precision(List<Integer> order, Query query, int k) {
        double sum = 0;
        int hits = 0;
        for (int i = 0; i < Math.min(k, order.size()); i++) {
            if (query.right()[order.get(i)]) {
                hits++;
                sum += (double) hits / (i + 1);
            }
        }
        return sum / Math.min(query.answers(), k);
    }
}
