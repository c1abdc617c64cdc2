package org.wearetogether.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MinuteBucketsTest {

    @Test
    void everyMinuteFallsInTheBucketWhoseBoundsHoldItAndBucketsAreAtMostAnEighthWide() {
        for (long m = 0; m < 300_000; m += m < 2_000 ? 1 : 97) {
            int b = MinuteBuckets.bucket(m);
            assertThat(MinuteBuckets.lower(b)).as("lower of %d", m).isLessThanOrEqualTo(m);
            assertThat(MinuteBuckets.upper(b)).as("upper of %d", m).isGreaterThanOrEqualTo(m);
            long width = MinuteBuckets.upper(b) - MinuteBuckets.lower(b) + 1;
            assertThat(width * 8).as("width at %d", m).isLessThanOrEqualTo(Math.max(8, MinuteBuckets.lower(b)));
        }
        assertThat(MinuteBuckets.bucket(180L * 24 * 60)).isLessThan(160);
    }

    @Test
    void percentilesMatchABruteForceComputationWithinTheirBucket() {
        Random random = new Random(42);
        for (int round = 0; round < 50; round++) {
            int n = 1 + random.nextInt(5_000);
            long[] minutes = new long[n];
            Map<Integer, Long> histogram = new HashMap<>();
            for (int i = 0; i < n; i++) {
                // log-normal-ish waits: minutes to days, as takes and completions are
                minutes[i] = (long) Math.exp(random.nextGaussian() * 1.5 + 4);
                histogram.merge(MinuteBuckets.bucket(minutes[i]), 1L, Long::sum);
            }
            long[] sorted = minutes.clone();
            Arrays.sort(sorted);
            for (double p : new double[] {50, 90, 99}) {
                long exact = sorted[(int) Math.max(1, Math.ceil(p / 100 * n)) - 1];
                long estimate = MinuteBuckets.percentile(histogram, p).toMinutes();
                assertThat(MinuteBuckets.bucket(estimate))
                        .as("p%s of %d values: exact %d, estimate %d", p, n, exact, estimate)
                        .isEqualTo(MinuteBuckets.bucket(exact));
                assertThat((double) Math.abs(estimate - exact)).isLessThanOrEqualTo(Math.max(1, exact / 8.0));
            }
        }
    }

    @Test
    void anEmptyHistogramHasZeroPercentiles() {
        assertThat(MinuteBuckets.percentile(Map.of(), 50)).isZero();
    }
}
