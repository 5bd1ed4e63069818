package dev.switchboard.sim;

import java.util.Arrays;

/**
 * Exact percentiles of whole-millisecond latencies: a count per millisecond up to about a minute, and the rare
 * longer values kept one by one. Nearest rank: the p-th percentile is the smallest value with at least p% of the
 * values at or below it.
 */
final class LatencyHistogram {

    private static final int DENSE = 1 << 16;

    private int[] counts = new int[256];
    private int highest = -1;
    private long[] slow = new long[0];
    private int slowCount;
    private long count;

    void add(long latency) {
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

    /** The p-th percentile (p from 1 to 100), or null without values. */
    Long percentile(int p) {
        if (count == 0) {
            return null;
        }
        long rank = Math.max(1, (p * count + 99) / 100);
        long seen = 0;
        for (int at = 0; at <= highest; at++) {
            seen += counts[at];
            if (seen >= rank) {
                return (long) at;
            }
        }
        long[] sorted = Arrays.copyOf(slow, slowCount);
        Arrays.sort(sorted);
        return sorted[(int) (rank - seen - 1)];
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
