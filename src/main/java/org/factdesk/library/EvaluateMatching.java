package org.factdesk.library;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.factdesk.Application;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code bin/evaluate matching FOLDER}: measures "Checked before?" on a CheckThat! 2020 claim-retrieval split. The
 * folder holds {@code verified_claims.docs.tsv} (or its parent does), {@code tweets.queries.tsv} and
 * {@code tweet-vclaim-pairs.qrels}. It starts FactDesk (its web server on a free local port, which Vaadin needs) on an empty temporary data folder,
 * imports the verified claims through the library's CSV import (synthetic URLs from the ids, {@code vclaim} as the
 * claim, {@code title} as the title; indexed as the app indexes them), computes the sentence embeddings (timed apart),
 * ranks the library for every query with the claim page's {@link Matcher}, and prints as its last line
 * {@code matching n=<queries> MAP@1=<0.000> MAP@5=<0.000>}.
 */
public final class EvaluateMatching {

    static final String URL_PREFIX = "https://claims.example.org/vclaim/";
    private static final CSVFormat TSV = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true).setIgnoreSurroundingSpaces(false).setTrim(false).get();

    private EvaluateMatching() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: bin/evaluate matching FOLDER");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        Path docs = folder.resolve("verified_claims.docs.tsv");
        if (!Files.isRegularFile(docs) && folder.toAbsolutePath().getParent() != null) {
            docs = folder.toAbsolutePath().getParent().resolve("verified_claims.docs.tsv");
        }
        Map<String, String> queries = read(folder.resolve("tweets.queries.tsv"), 1);
        Map<String, Set<String>> relevant = qrels(folder.resolve("tweet-vclaim-pairs.qrels"));
        String csv = libraryCsv(docs);
        String kept = System.getProperty("factdesk.evaluate.data", "");
        Path data = kept.isBlank() ? Files.createTempDirectory("factdesk-evaluate-") : Path.of(kept);
        try (ConfigurableApplicationContext context = start(data)) {
            library(context, csv, !kept.isBlank());
            Matcher matcher = context.getBean(Matcher.class);
            long start;
            if (Boolean.getBoolean("factdesk.evaluate.grid")) {
                grid(matcher, queries, relevant);
            }
            start = System.nanoTime();
            double ap1 = 0;
            double ap5 = 0;
            List<double[]> best = new ArrayList<>();
            int n = 0;
            for (Map.Entry<String, String> query : queries.entrySet()) {
                Set<String> answers = relevant.getOrDefault(query.getKey(), Set.of());
                if (answers.isEmpty()) {
                    continue;
                }
                List<LibraryMatch> matches = matcher.rank(query.getValue(), "en", null, 5);
                List<String> ranked = matches.stream()
                        .map(match -> match.factCheck().url().substring(URL_PREFIX.length())).toList();
                if (!matches.isEmpty()) {
                    best.add(new double[] {matches.getFirst().similarity(), answers.contains(ranked.getFirst()) ? 1 : 0});
                }
                ap1 += averagePrecision(ranked, answers, 1);
                ap5 += averagePrecision(ranked, answers, 5);
                n++;
            }
            System.out.printf(Locale.ROOT, "ranked %d queries in %.1f s%n", n, (System.nanoTime() - start) / 1e9);
            System.out.println(likelyThreshold(best, Matcher.LIKELY_PRECISION));
            System.out.printf(Locale.ROOT, "matching n=%d MAP@1=%.3f MAP@5=%.3f%n", n, n == 0 ? 0 : ap1 / n,
                    n == 0 ? 0 : ap5 / n);
        } finally {
            if (kept.isBlank()) {
                deleteQuietly(data);
            }
        }
        System.exit(0);
    }

    /** FactDesk on the data folder {@code data}, its web server on a free local port (Vaadin needs one), quiet. */
    static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--server.address=127.0.0.1", "--factdesk.data-dir=" + data,
                        "--factdesk.demo-users=false", "--factdesk.seed-articles=false",
                        "--factdesk.overdue.check-enabled=false", "--factdesk.backup.nightly=false",
                        "--factdesk.search.rebuild-on-start=false", "--spring.main.banner-mode=off",
                        "--logging.level.root=warn");
    }

    /**
     * Imports the library's CSV through the app's import (unless {@code reuse} and the library is already there), then
     * computes the missing sentence embeddings; both timed.
     */
    static void library(ConfigurableApplicationContext context, String csv, boolean reuse) throws Exception {
        LibraryImports imports = context.getBean(LibraryImports.class);
        long start = System.nanoTime();
        if (reuse && context.getBean(FactCheckRepository.class).count() > 0) {
            System.out.println("reusing the library of the kept data folder");
        } else {
            LibraryImports.Started started = imports.csv("verified_claims.docs.tsv", csv,
                    CsvReader.guess(CsvReader.headers(csv)), "evaluate");
            started.done().get();
            ImportProgress imported = imports.progress(started.id());
            System.out.printf(Locale.ROOT, "imported and indexed %d verified claims in %.1f s (%d skipped)%n",
                    imported == null ? 0 : imported.added(), (System.nanoTime() - start) / 1e9,
                    imported == null ? 0 : imported.skipped());
        }
        start = System.nanoTime();
        Embeddings embeddings = context.getBean(Embeddings.class);
        // The stored vectors are read into memory (for the nearest fact-checks) first, as at every start.
        embeddings.nearestLoaded().get();
        long embedded = embeddings.computeMissing();
        System.out.printf(Locale.ROOT, "computed %d sentence embeddings in %.1f s%n", embedded,
                (System.nanoTime() - start) / 1e9);
    }

    /**
     * Tuning (train/dev only): MAP@5 for candidate counts and fusions (linear with the cosine's weight, reciprocal-rank
     * with its k), from one lexical pass per query; ties keep the lexical order, as in {@link Matcher#rank}.
     */
    private static void grid(Matcher matcher, Map<String, String> queries, Map<String, Set<String>> relevant) {
        int[] counts = {10, 20, 50, 100};
        List<String> names = new ArrayList<>();
        List<java.util.function.BiFunction<List<Matcher.Candidate>, Integer, List<Matcher.Candidate>>> fusions =
                new ArrayList<>();
        for (double weight : new double[] {0, 0.7, 0.8, 0.9, 1}) {
            names.add(String.format(Locale.ROOT, "lin%.1f", weight));
            fusions.add((some, unused) -> Matcher.linearFusion(some, weight));
        }
        for (int k : new int[] {1, 5, 10, 20, 60}) {
            names.add("rrf" + k);
            fusions.add((some, unused) -> Matcher.reciprocalRankFusion(some, k));
        }
        double[][] sums = new double[counts.length][fusions.size()];
        int n = 0;
        Map<Long, String> urls = new HashMap<>();
        for (Map.Entry<String, String> query : queries.entrySet()) {
            Set<String> answers = relevant.getOrDefault(query.getKey(), Set.of());
            if (answers.isEmpty()) {
                continue;
            }
            n++;
            List<Matcher.Candidate> all = matcher.candidates(query.getValue(), "en", null, 100, 0);
            for (int c = 0; c < counts.length; c++) {
                List<Matcher.Candidate> some = all.subList(0, Math.min(counts[c], all.size()));
                for (int f = 0; f < fusions.size(); f++) {
                    List<String> ids = fusions.get(f).apply(some, c).stream().limit(5).map(one -> urls.computeIfAbsent(
                            one.id(), id -> matcher.url(id).substring(URL_PREFIX.length()))).toList();
                    sums[c][f] += averagePrecision(ids, answers, 5);
                }
            }
        }
        for (int c = 0; c < counts.length; c++) {
            StringBuilder line = new StringBuilder("grid candidates=" + counts[c]);
            for (int f = 0; f < fusions.size(); f++) {
                line.append(String.format(Locale.ROOT, " %s=%.3f", names.get(f), sums[c][f] / n));
            }
            System.out.println(line);
        }
    }

    /**
     * The likely-match threshold this split supports: the lowest similarity of the best match above which the best
     * match is the right one for at least {@code precision} of the queries (and how many queries it covers).
     */
    static String likelyThreshold(List<double[]> bestSimilarityAndCorrect, double precision) {
        for (int step = 0; step <= 100; step++) {
            double threshold = step / 100.0;
            long above = bestSimilarityAndCorrect.stream().filter(one -> one[0] >= threshold).count();
            long right = bestSimilarityAndCorrect.stream().filter(one -> one[0] >= threshold && one[1] > 0).count();
            if (above > 0 && (double) right / above >= precision) {
                return String.format(Locale.ROOT, "likely threshold %.2f: the best match at or above it is right for "
                        + "%d of %d (%.3f), %d of %d queries reach it", threshold, right, above,
                        (double) right / above, above, bestSimilarityAndCorrect.size());
            }
        }
        return "likely threshold: none reaches a precision of " + precision;
    }

    /** Average precision at {@code k}: the precision at each relevant hit among the first k, over the relevant ones. */
    static double averagePrecision(List<String> ranked, Set<String> relevant, int k) {
        double sum = 0;
        int hits = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                hits++;
                sum += (double) hits / (i + 1);
            }
        }
        return relevant.isEmpty() ? 0 : sum / Math.min(relevant.size(), k);
    }

    /** The verified claims as the CSV an editor would import: url, claim, title, language. */
    static String libraryCsv(Path docs) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord("url", "claim", "title", "language");
            for (Map.Entry<String, String[]> doc : readColumns(docs).entrySet()) {
                printer.printRecord(URL_PREFIX + doc.getKey(), doc.getValue()[0], doc.getValue()[1], "en");
            }
        }
        return out.toString();
    }

    static Map<String, String> read(Path tsv, int column) throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        readColumns(tsv).forEach((id, values) -> rows.put(id, values[column - 1]));
        return rows;
    }

    private static Map<String, String[]> readColumns(Path tsv) throws IOException {
        Map<String, String[]> rows = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
            for (CSVRecord record : TSV.parse(reader)) {
                String[] values = new String[record.size() - 1];
                for (int i = 1; i < record.size(); i++) {
                    values[i - 1] = record.get(i);
                }
                rows.put(record.get(0).strip(), values.length == 1 ? new String[] {values[0], ""} : values);
            }
        }
        return rows;
    }

    static Map<String, Set<String>> qrels(Path file) throws IOException {
        Map<String, Set<String>> relevant = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length >= 4 && !"0".equals(parts[3])) {
                relevant.computeIfAbsent(parts[0], id -> new HashSet<>()).add(parts[2]);
            }
        }
        return relevant;
    }

    static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless.
        }
    }
}
