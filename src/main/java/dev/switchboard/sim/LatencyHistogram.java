package dev.switchboard.sim;

import java.util.Arrays;

/**
 * Exact percentiles of whole-millisecond latencies: a count per millisecond up to about a minute, and the rare
 * longer values kept one by one. Nearest rank: the p-th percentile is the smallest value with at least p% of the
 * values at or below it.
 */
final class LatencyHistogram {

    private static final int DENSE = 1 << 16;
    private static final int FEW = 256;

    private int[] counts = new int[256];
    private int highest = -1;
    private long[] slow = new long[0];
    private int slowCount;
    private long count;
    /** The first values as they came: when there are few, sorting them beats walking every millisecond. */
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
    }

    long count() {
        return count;
    }

    /** The percentiles asked for (each from 1 to 100, in increasing order), in one pass; nulls without values. */
    Long[] percentiles(int... ps) {
        Long[] values = new Long[ps.length];
        if (count == 0) {
            return values;
        }
        if (count <= FEW) {
            long[] sorted = Arrays.copyOf(few, (int) count);
            Arrays.sort(sorted);
            for (int i = 0; i < ps.length; i++) {
                values[i] = sorted[(int) rank(ps[i]) - 1];
            }
            return values;
        }
        int next = 0;
        long seen = 0;
        for (int at = 0; at <= highest && next < ps.length; at++) {
            seen += counts[at];
            while (next < ps.length && seen >= rank(ps[next])) {
                values[next++] = (long) at;
            }
        }
        if (next < ps.length) {
            long[] sorted = Arrays.copyOf(slow, slowCount);
            Arrays.sort(sorted);
            for (; next < ps.length; next++) {
                values[next] = sorted[(int) (rank(ps[next]) - seen - 1)];
            }
        }
        return values;
    }

    /** Nearest rank: the smallest rank with at least p% of the values at or below it. */
    private long rank(int p) {
        return Math.max(1, (p * count + 99) / 100);
    }

    void clear() {
        if (highest >= 0) {
            Arrays.fill(counts, 0, highest + 1, 0);
        }
        highest = -1;
        slowCount = 0;
        count = 0;
    }
}
