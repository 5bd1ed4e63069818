package dev.switchboard.sim;

import java.util.Arrays;

/**
 * Exact percentiles of whole-millisecond latencies: a count per millisecond up to about a minute, and the rare
 * longer values kept one by one. Nearest rank: the p-th percentile is the smallest value with at least p% of the
 * values at or below it.
 *
 * <p>A traffic run keeps one of these per node per simulated second, so both reading and clearing one must cost
 * little when it holds a few dozen values spread over hundreds of milliseconds: percentiles up to the median are
 * found by walking up from the lowest value, higher ones by walking down from the highest (the tail is short), and
 * a histogram of few values is cleared value by value rather than millisecond by millisecond.
 */
final class LatencyHistogram {

    private static final int DENSE = 1 << 16;
    private static final int FEW = 256;
    /** Beyond this many milliseconds per value, sorting the few values beats walking the counts. */
    private static final int WALK_PER_VALUE = 8;

    private int[] counts = new int[256];
    private int lowest = Integer.MAX_VALUE;
    private int highest = -1;
    private long[] slow = new long[0];
    private int slowCount;
    private long count;
    /** The first values as they came, for sorting when few values spread wide and for a quick clear. */
    private final long[] few = new long[FEW];

    void add(long latency) {
        if (count < FEW) {
            few[(int) count] = latency;
        }
        count++;
        if (latency >= DENSE) {
            if (slowCount == slow.length) {
                slow = Arrays.copyOf(slow, Math.max(16, slowCount * 2));
            }
            slow[slowCount++] = latency;
            return;
        }
        int at = (int) latency;
        if (at >= counts.length) {
            counts = Arrays.copyOf(counts, Math.min(DENSE, Integer.highestOneBit(at) << 1));
        }
        counts[at]++;
        highest = Math.max(highest, at);
        lowest = Math.min(lowest, at);
    }

    long count() {
        return count;
    }

    /** The percentiles asked for (each from 1 to 100); nulls without values. */
    Long[] percentiles(int... ps) {
        Long[] values = new Long[ps.length];
        if (count == 0) {
            return values;
        }
        if (count <= FEW && highest - lowest > WALK_PER_VALUE * count) {
            long[] sorted = Arrays.copyOf(few, (int) count);
            Arrays.sort(sorted);
            for (int i = 0; i < ps.length; i++) {
                values[i] = sorted[(int) rank(ps[i]) - 1];
            }
            return values;
        }
        long dense = count - slowCount;
        long[] sortedSlow = null;
        for (int i = 0; i < ps.length; i++) {
            long rank = rank(ps[i]);
            if (rank > dense) {
                if (sortedSlow == null) {
                    sortedSlow = Arrays.copyOf(slow, slowCount);
                    Arrays.sort(sortedSlow);
                }
                values[i] = sortedSlow[(int) (rank - dense - 1)];
            } else {
                values[i] = (long) (ps[i] <= 50 ? walkUp(rank) : walkDown(rank, dense));
            }
        }
        return values;
    }

    /** The smallest millisecond with at least {@code rank} values at or below it, counted from the lowest. */
    private int walkUp(long rank) {
        long seen = 0;
        for (int at = lowest; at < highest; at++) {
            seen += counts[at];
            if (seen >= rank) {
                return at;
            }
        }
        return highest;
    }

    /** The same millisecond found from the top: the first one going down below which fewer than rank remain. */
    private int walkDown(long rank, long dense) {
        long atOrBelow = dense;
        for (int at = highest; at > lowest; at--) {
            long below = atOrBelow - counts[at];
            if (below < rank) {
                return at;
            }
            atOrBelow = below;
        }
        return lowest;
    }

    /** Nearest rank: the smallest rank with at least p% of the values at or below it. */
    private long rank(int p) {
        return Math.max(1, (p * count + 99) / 100);
    }

    void clear() {
        if (count <= FEW) {
            for (int i = 0; i < count; i++) {
                if (few[i] < DENSE) {
                    counts[(int) few[i]] = 0;
                }
            }
        } else if (highest >= 0) {
            Arrays.fill(counts, lowest, highest + 1, 0);
        }
        lowest = Integer.MAX_VALUE;
        highest = -1;
        slowCount = 0;
        count = 0;
    }
}
