package dev.switchboard.sim;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ziggurat draws follow the exponential distribution, and a seed always gives the same draws. */
class ExponentialTest {

    private static final int DRAWS = 1_000_000;

    @Test
    void drawsFollowTheExponentialDistribution() {
        double[] draws = draws(new SplittableRandom(42), DRAWS);
        double mean = Arrays.stream(draws).average().orElseThrow();
        double variance = Arrays.stream(draws).map(x -> (x - mean) * (x - mean)).sum() / DRAWS;

        assertEquals(1.0, mean, 0.005, "mean");
        assertEquals(1.0, variance, 0.01, "variance");
        assertTrue(kolmogorovSmirnov(draws) < 1.63 / Math.sqrt(DRAWS), "Kolmogorov-Smirnov distance at the 1% level");
    }

    @Test
    void theTailBeyondTheBaseLayerHasItsShare() {
        double[] draws = draws(new SplittableRandom(3), DRAWS);
        long beyondEight = Arrays.stream(draws).filter(x -> x > 8).count();
        long beyondTwo = Arrays.stream(draws).filter(x -> x > 2).count();

        double expectedBeyondEight = DRAWS * Math.exp(-8);
        assertEquals(expectedBeyondEight, beyondEight, 4 * Math.sqrt(expectedBeyondEight), "draws beyond 8");
        double expectedBeyondTwo = DRAWS * Math.exp(-2);
        assertEquals(expectedBeyondTwo, beyondTwo, 4 * Math.sqrt(expectedBeyondTwo), "draws beyond 2");
    }

    @Test
    void theSameSeedGivesTheSameDrawsOnAnyMachine() {
        // Worked out once; plain double arithmetic and StrictMath give these bits on every Java 17 platform.
        assertArrayEquals(new double[] {0.27263230004276556, 0.06344751452232385, 6.252210176113082},
                draws(new SplittableRandom(7), 3));
    }

    private static double[] draws(SplittableRandom random, int count) {
        double[] draws = new double[count];
        for (int i = 0; i < count; i++) {
            draws[i] = Exponential.draw(random);
        }
        return draws;
    }

    private static double kolmogorovSmirnov(double[] draws) {
        double[] sorted = draws.clone();
        Arrays.sort(sorted);
        double distance = 0;
        for (int i = 0; i < sorted.length; i++) {
            double cdf = 1 - Math.exp(-sorted[i]);
            distance = Math.max(distance, Math.max(cdf - (double) i / sorted.length,
                    (double) (i + 1) / sorted.length - cdf));
        }
        return distance;
    }
}
