package org.factdesk.extraction.evaluation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.factdesk.extraction.ClaimExtractor;
import org.factdesk.extraction.Segment;
import org.factdesk.extraction.evaluation.LabelledSentences.Labelled;
import org.jspecify.annotations.Nullable;

/**
 * {@code bin/evaluate checkworthiness [--language xx] FILE.tsv}: runs every labelled text through the extraction
 * engine exactly as an import does (the text as an article body without a title, its language detected unless
 * {@code --language} sets it; a text in no language the engine knows falls back to English), counts a sentence as
 * suggested when any of its segments is, and prints precision, recall and F1 of the check-worthy class, the last
 * line being {@code checkworthiness n=<sentences> P=<0.000> R=<0.000> F1=<0.000>}.
 */
public final class CheckworthinessEvaluation {

    /** Counts of one evaluation; F1 is of the check-worthy ("Yes") class. */
    public record Result(int sentences, int truePositives, int falsePositives, int falseNegatives) {

        public double precision() {
            int suggested = truePositives + falsePositives;
            return suggested == 0 ? 0 : (double) truePositives / suggested;
        }

        public double recall() {
            int positives = truePositives + falseNegatives;
            return positives == 0 ? 0 : (double) truePositives / positives;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public String line() {
            return String.format(Locale.ROOT, "checkworthiness n=%d P=%.3f R=%.3f F1=%.3f", sentences, precision(),
                    recall(), f1());
        }
    }

    private final ClaimExtractor extractor;

    public CheckworthinessEvaluation(ClaimExtractor extractor) {
        this.extractor = extractor;
    }

    public Result evaluate(List<Labelled> sentences, @Nullable String language) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Labelled sentence : sentences) {
            boolean suggested = suggested(sentence.text(), language);
            if (suggested && sentence.checkworthy()) {
                tp++;
            } else if (suggested) {
                fp++;
            } else if (sentence.checkworthy()) {
                fn++;
            }
        }
        return new Result(sentences.size(), tp, fp, fn);
    }

    private boolean suggested(String text, @Nullable String language) {
        String chosen = language;
        if (chosen == null) {
            String detected = extractor.detectLanguage(text);
            chosen = detected.equals("fr") || detected.equals("en") ? detected : "en";
        }
        return extractor.extract("", text, chosen).segments().stream().anyMatch(Segment::suggested);
    }

    public static void main(String[] args) throws IOException {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        String language = null;
        String file = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--language") && i + 1 < args.length) {
                language = args[++i];
            } else if (args[i].startsWith("--language=")) {
                language = args[i].substring("--language=".length());
            } else if (file == null && !args[i].startsWith("--")) {
                file = args[i];
            } else {
                return usage(err, "Unexpected argument: " + args[i]);
            }
        }
        if (file == null) {
            return usage(err, "Which file? A .tsv with Sentence_id, Text and class_label columns.");
        }
        Path path = Path.of(file);
        if (!Files.isReadable(path)) {
            return usage(err, "Cannot read " + file);
        }
        List<Labelled> sentences;
        try {
            sentences = LabelledSentences.read(path);
        } catch (IllegalArgumentException e) {
            err.println(file + ": " + e.getMessage());
            return 2;
        }
        long started = System.nanoTime();
        Result result = new CheckworthinessEvaluation(new ClaimExtractor()).evaluate(sentences, language);
        out.printf(Locale.ROOT, "file=%s language=%s seconds=%.1f%n", path.getFileName(),
                language == null ? "detected" : language, (System.nanoTime() - started) / 1e9);
        out.printf(Locale.ROOT, "true-positives=%d false-positives=%d false-negatives=%d suggested=%d%n",
                result.truePositives(), result.falsePositives(), result.falseNegatives(),
                result.truePositives() + result.falsePositives());
        out.println(result.line());
        return 0;
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println("Usage: bin/evaluate checkworthiness [--language xx] FILE.tsv");
        return 2;
    }
}
