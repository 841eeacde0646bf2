package org.factdesk.extraction;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The overhead of the extraction over the bare OpenNLP work it needs (issue 13: at most 1.5 times), measured by the
 * CPU time of the whole process rather than by the clock, so that colleagues' builds on a shared machine slow neither
 * side: for each article of {@link ExtractionOverheadBenchmark#ARTICLES}, rounds of the whole extraction and of the
 * bare work (language detection, sentence detection, tokenizing, tagging with the same models, paragraphs in
 * parallel from 50,000 characters as the extraction does) on the same text, which one goes first alternating. The
 * process's CPU time includes the parallel paragraphs and the garbage collector; each side's time adds up over the
 * rounds. Prints per article the quotient of the sums, the spread of the per-round quotients, the CPU milliseconds per
 * KB (linearity: 100 KB against 1 MB) and the load average.
 *
 * <p>{@code mvn -B -Pbench -DskipTests verify -Dbench.main=org.factdesk.extraction.ExtractionCpuTime
 * -Dbench.include='seed|fr-100KB'} (a regular expression over the article names; the default runs them all). Rounds
 * run until each side has taken {@code FACTDESK_BENCH_CPU_SECONDS} (an environment variable, default 20) of CPU, after
 * {@code FACTDESK_BENCH_CPU_WARMUP} (default 40) seconds of CPU spent on all the chosen articles in turn (the
 * compiler's threads count in the process's time) and 2 more on each article before it is measured.
 */
public final class ExtractionCpuTime {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private ExtractionCpuTime() {
    }

    public static void main(String[] args) {
        double seconds = setting("FACTDESK_BENCH_CPU_SECONDS", 20);
        double warmup = setting("FACTDESK_BENCH_CPU_WARMUP", 40);
        List<String> articles = selected(args.length == 0 ? "" : args[0]);
        ClaimExtractor extractor = new ClaimExtractor();
        Models models = Models.fromClasspath();
        System.out.printf(Locale.ROOT, "%d processors, Java %s, load average %.2f%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version(), OS.getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "%-9s %7s %6s %10s %10s %8s %13s %8s %9s %6s%n", "article", "KB", "rounds",
                "bare CPU s", "extr CPU s", "extr/bare", "per round p25-p75", "wall e/b", "extr ms/KB", "load");
        List<String[]> texts = articles.stream().map(ExtractionOverheadBenchmark::text).toList();
        // The compiler keeps working for a while: its threads' CPU time would fall to whichever side runs meanwhile.
        long warmupEnd = cpu() + (long) (warmup * 1e9);
        while (cpu() < warmupEnd) {
            for (String[] text : texts) {
                ExtractionOverheadBenchmark.bareOpenNlp(extractor, models, text[0], text[1]);
                extractor.extract(text[0], text[1], null);
            }
        }
        for (int i = 0; i < articles.size(); i++) {
            measure(articles.get(i), texts.get(i)[0], texts.get(i)[1], extractor, models, seconds);
        }
    }

    /** From the environment, which the bench profile's Maven passes on to the benchmark's process. */
    private static double setting(String name, double otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : Double.parseDouble(value);
    }

    private static List<String> selected(String regex) {
        List<String> all = ExtractionOverheadBenchmark.ARTICLES;
        if (regex.isBlank()) {
            return all;
        }
        Pattern pattern = Pattern.compile(regex);
        List<String> chosen = all.stream().filter(name -> pattern.matcher(name).matches()).toList();
        return chosen.isEmpty() ? all : chosen; // the bench profile's default (a package name) runs them all
    }

    private static void measure(String article, String title, String body, ClaimExtractor extractor, Models models,
                                double seconds) {
        long warmupStart = cpu();
        long warmupEnd = warmupStart + 2_000_000_000L;
        int warmupRuns = 0;
        while (cpu() < warmupEnd || warmupRuns == 0) {
            ExtractionOverheadBenchmark.bareOpenNlp(extractor, models, title, body);
            extractor.extract(title, body, null);
            warmupRuns++;
        }
        // The process's CPU clock ticks every 10 ms on Linux: short articles are timed in batches of 100 ms of CPU.
        int batch = (int) Math.max(1, Math.round(0.2e9 * warmupRuns / (cpu() - warmupStart)));
        Runnable bare = () -> {
            for (int i = 0; i < batch; i++) {
                ExtractionOverheadBenchmark.bareOpenNlp(extractor, models, title, body);
            }
        };
        Runnable whole = () -> {
            for (int i = 0; i < batch; i++) {
                extractor.extract(title, body, null);
            }
        };
        double loadBefore = OS.getSystemLoadAverage();
        long bareCpu = 0;
        long wholeCpu = 0;
        long bareWall = 0;
        long wholeWall = 0;
        List<Double> quotients = new ArrayList<>();
        int rounds = 0;
        while (bareCpu < seconds * 1e9 || wholeCpu < seconds * 1e9 || rounds < 4) {
            // A pair of rounds, one in each order; its quotient averages out the CPU clock's granularity.
            long pairBare = 0;
            long pairWhole = 0;
            for (boolean bareFirst : new boolean[] {true, false}) {
                long[] first = timed(bareFirst ? bare : whole);
                long[] second = timed(bareFirst ? whole : bare);
                long[] bareTimes = bareFirst ? first : second;
                long[] wholeTimes = bareFirst ? second : first;
                pairBare += bareTimes[0];
                pairWhole += wholeTimes[0];
                bareWall += bareTimes[1];
                wholeWall += wholeTimes[1];
                rounds++;
            }
            bareCpu += pairBare;
            wholeCpu += pairWhole;
            quotients.add(pairWhole / (double) Math.max(1, pairBare));
        }
        double[] sorted = quotients.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double kb = body.length() / 1024.0;
        System.out.printf(Locale.ROOT, "%-9s %7.1f %6d %10.2f %10.2f %8.3f %6.2f-%-6.2f %8.3f %9.3f %6.2f%n",
                article, kb, rounds, bareCpu / 1e9, wholeCpu / 1e9, wholeCpu / (double) bareCpu,
                percentile(sorted, 0.25), percentile(sorted, 0.75), wholeWall / (double) bareWall,
                wholeCpu / 1e6 / rounds / batch / kb, (loadBefore + OS.getSystemLoadAverage()) / 2);
    }

    /** The process's CPU time and the wall time one run took, in nanoseconds. */
    private static long[] timed(Runnable work) {
        long cpuStart = cpu();
        long wallStart = System.nanoTime();
        work.run();
        return new long[] {cpu() - cpuStart, System.nanoTime() - wallStart};
    }

    private static long cpu() {
        return OS.getProcessCpuTime();
    }

    private static double percentile(double[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) (p * sorted.length))];
    }
}
