package org.factdesk.report.claimreview;

import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.factdesk.report.ArticleReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The ClaimReview JSON-LD of an article with 200 approved claims and 600 sources (target under 200 ms), written by
 * the download's writer from a report built in memory, into a stream that only counts bytes.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = "-Xmx1g")
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ClaimReviewBenchmark {

    private ArticleReport report;
    private ClaimReviewArticleWriter writer;

    @Setup
    public void setUp() {
        report = ClaimReviewFixtures.large(200, 3);
        writer = new ClaimReviewArticleWriter();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public long articleWith200ClaimsAnd600Sources() {
        Counting out = new Counting();
        writer.write(report, out);
        return out.count;
    }

    /** Cold: the first export after start-up, JIT not warmed. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 5)
    public long articleWith200ClaimsAnd600SourcesCold() {
        return articleWith200ClaimsAnd600Sources();
    }

    private static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
