package org.factdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ApprovalBucketsTest {

    @Test
    void every_time_falls_in_the_bucket_that_starts_at_or_below_it_and_before_the_next_one() {
        Random random = new Random(7);
        LongStream.concat(LongStream.rangeClosed(-1_000, 1_000), random.longs(200_000, -1L << 50, 1L << 50))
                .forEach(micros -> {
                    long bucket = DeskCounters.bucket(micros);
                    assertThat(DeskCounters.lowest(bucket)).as("%d", micros).isLessThanOrEqualTo(micros);
                    assertThat(DeskCounters.lowest(bucket + 1)).as("%d", micros).isGreaterThan(micros);
                });
    }

    @Test
    void a_longer_time_never_falls_in_an_earlier_bucket() {
        Random random = new Random(11);
        for (int i = 0; i < 200_000; i++) {
            long a = (long) (Math.signum(random.nextGaussian()) * Math.pow(10, random.nextDouble() * 14));
            long b = a + random.nextInt(1_000_000);
            assertThat(DeskCounters.bucket(b)).as("%d, %d", a, b).isGreaterThanOrEqualTo(DeskCounters.bucket(a));
        }
    }

    @Test
    void a_bucket_spans_under_one_percent_of_its_times_and_a_year_needs_a_few_thousand() {
        long day = 86_400_000_000L;
        long bucket = DeskCounters.bucket(2 * day);
        assertThat(DeskCounters.lowest(bucket + 1) - DeskCounters.lowest(bucket)).isLessThan(2 * day / 100);
        assertThat(DeskCounters.bucket(365 * day)).isLessThan(5_000);
        assertThat(DeskCounters.bucket(17)).isEqualTo(17);
    }
}
