package dev.switchboard.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One node's metrics during a traffic run: counters for the current one-second window and for the whole run,
 * closed window by window as simulated time passes. Levels (queue length, busy slots) are integrated over time,
 * so averages are time-weighted.
 */
final class NodeStats {

    static final long WINDOW_MS = 1000;

    private final Node node;
    private final boolean levels;
    private final long capacity;
    private final Counters window = new Counters();
    private final Counters total = new Counters();
    private final List<Metrics.Window> windows = new ArrayList<>();
    private long windowStart;
    private long levelAt;
    private int queue;
    private int busy;

    /** Sums for one span of time; levels are areas in (count × ms). */
    private static final class Counters {
        final LatencyHistogram latencies = new LatencyHistogram();
        final long[] statuses = new long[600];
        int[] seen = new int[8];
        int seenCount;
        long arrivals;
        long completions;
        long latencySum;
        long served;
        long waitSum;
        long queueArea;
        long busyArea;
        int queueMax;

        void clear() {
            latencies.clear();
            for (int i = 0; i < seenCount; i++) {
                statuses[seen[i]] = 0;
            }
            seenCount = 0;
            arrivals = 0;
            completions = 0;
            latencySum = 0;
            served = 0;
            waitSum = 0;
            queueArea = 0;
            busyArea = 0;
            queueMax = 0;
        }
    }

    /** {@code levels}: the node has a queue to measure; {@code capacity}: its slots, 0 for none to measure. */
    NodeStats(Node node, boolean levels, long capacity) {
        this.node = node;
        this.levels = levels;
        this.capacity = capacity;
    }

    void arrival(long now) {
        advance(now);
        window.arrivals++;
        total.arrivals++;
    }

    void completion(long now, long latency, int status) {
        advance(now);
        record(window, latency, status);
        record(total, latency, status);
    }

    private static void record(Counters counters, long latency, int status) {
        counters.completions++;
        counters.latencySum += latency;
        counters.latencies.add(latency);
        if (counters.statuses[status]++ == 0) {
            if (counters.seenCount == counters.seen.length) {
                counters.seen = java.util.Arrays.copyOf(counters.seen, counters.seenCount * 2);
            }
            counters.seen[counters.seenCount++] = status;
        }
    }

    void waited(long wait) {
        window.served++;
        window.waitSum += wait;
        total.served++;
        total.waitSum += wait;
    }

    void level(long now, int queueLength, int busySlots) {
        advance(now);
        accumulate(now);
        queue = queueLength;
        busy = busySlots;
        window.queueMax = Math.max(window.queueMax, queue);
        total.queueMax = Math.max(total.queueMax, queue);
    }

    private void accumulate(long now) {
        long span = now - levelAt;
        window.queueArea += span * queue;
        window.busyArea += span * busy;
        total.queueArea += span * queue;
        total.busyArea += span * busy;
        levelAt = now;
    }

    /** Closes every window that ends at or before {@code now}. */
    private void advance(long now) {
        while (now >= windowStart + WINDOW_MS) {
            long end = windowStart + WINDOW_MS;
            accumulate(end);
            windows.add(window(window, windowStart, WINDOW_MS));
            window.clear();
            window.queueMax = queue;
            windowStart = end;
        }
    }

    /** The node's metrics, with windows up to and including the one that holds {@code end}. */
    Metrics.NodeMetrics finish(long end) {
        advance(end);
        accumulate(end);
        windows.add(window(window, windowStart, WINDOW_MS));
        long runLength = windowStart + WINDOW_MS;
        return new Metrics.NodeMetrics(node.id(), node.type(), window(total, 0, runLength), windows);
    }

    private Metrics.Window window(Counters counters, long start, long length) {
        long done = counters.completions;
        Double meanLatency = done == 0 ? null : (double) counters.latencySum / done;
        Double meanWait = !levels && !node.typeIs(Node.SERVER) || counters.served == 0 ? null
                : (double) counters.waitSum / counters.served;
        Integer queueMax = levels ? counters.queueMax : null;
        Double queueAverage = levels ? (double) counters.queueArea / length : null;
        Double utilisation = levels && capacity > 0 ? (double) counters.busyArea / ((double) capacity * length)
                : null;
        Long[] percentiles = counters.latencies.percentiles(50, 95, 99);
        return new Metrics.Window(start, counters.arrivals, done, done * 1000.0 / length, percentiles[0],
                percentiles[1], percentiles[2], meanLatency, meanWait, errors(counters), queueMax, queueAverage,
                utilisation);
    }

    private static Map<Integer, Long> errors(Counters counters) {
        Map<Integer, Long> errors = new TreeMap<>();
        for (int i = 0; i < counters.seenCount; i++) {
            int status = counters.seen[i];
            if (status >= 400) {
                errors.put(status, counters.statuses[status]);
            }
        }
        return errors.isEmpty() ? Map.of() : Collections.unmodifiableMap(errors);
    }
}
