package dev.switchboard.sim;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The histogram's percentiles are exact: the same as nearest rank on the sorted values, whatever their spread. */
class LatencyHistogramTest {

    private static final int[] PERCENTILES = {1, 25, 50, 90, 95, 99, 100};

    @Test
    void nearestRankOnAHandfulOfValues() {
        LatencyHistogram histogram = new LatencyHistogram();
        for (long value : new long[] {30, 10, 20, 40, 50}) {
            histogram.add(value);
        }

        assertArrayEquals(new Long[] {30L, 50L, 50L}, histogram.percentiles(50, 95, 99));
    }

    @Test
    void noValuesGiveNoPercentiles() {
        assertArrayEquals(new Long[] {null, null}, new LatencyHistogram().percentiles(50, 99));
    }

    @Test
    void agreesWithSortingForEveryShapeOfWindow() {
        SplittableRandom random = new SplittableRandom(7);
        LatencyHistogram histogram = new LatencyHistogram();
        for (int trial = 0; trial < 3000; trial++) {
            int size = 1 + random.nextInt(trial % 3 == 0 ? 2000 : 120);
            long spread = switch (trial % 4) {
                case 0 -> 5;
                case 1 -> 300;
                case 2 -> 20_000;
                default -> 200_000;
            };
            long[] values = new long[size];
            for (int i = 0; i < size; i++) {
                values[i] = trial % 5 == 0 ? (long) (-Math.log(1 - random.nextDouble()) * spread / 4)
                        : random.nextLong(spread);
                histogram.add(values[i]);
            }

            assertArrayEquals(sortedNearestRank(values), histogram.percentiles(PERCENTILES),
                    "trial " + trial + ": " + size + " values up to " + spread + " ms");
            assertEquals(size, histogram.count());
            histogram.clear();
        }
    }

    private static Long[] sortedNearestRank(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        Long[] expected = new Long[PERCENTILES.length];
        for (int i = 0; i < PERCENTILES.length; i++) {
            int rank = (int) Math.max(1, Math.ceil(PERCENTILES[i] / 100.0 * sorted.length));
            expected[i] = sorted[rank - 1];
        }
        return expected;
    }
}
