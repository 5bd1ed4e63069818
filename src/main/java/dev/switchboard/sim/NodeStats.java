package dev.switchboard.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One node's metrics during a traffic run: counters for the current one-second window, closed window by window as
 * simulated time passes and added into the whole run's counters as each closes. Levels (queue length, busy slots)
 * are integrated over time, so averages are time-weighted. Only the latencies go straight into the run's counters
 * too, since exact percentiles of the run need every value.
 */
final class NodeStats {

    static final long WINDOW_MS = 1000;

    private final Node node;
    private final boolean levels;
    private final boolean server;
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

        /** Adds a closed window's counts in; the latencies are not added, they were recorded as they came. */
        void addCounts(Counters closed) {
            for (int i = 0; i < closed.seenCount; i++) {
                int status = closed.seen[i];
                count(status, closed.statuses[status]);
            }
            arrivals += closed.arrivals;
            completions += closed.completions;
            latencySum += closed.latencySum;
            served += closed.served;
            waitSum += closed.waitSum;
            queueArea += closed.queueArea;
            busyArea += closed.busyArea;
            queueMax = Math.max(queueMax, closed.queueMax);
        }

        void count(int status, long times) {
            if (statuses[status] == 0) {
                if (seenCount == seen.length) {
                    seen = java.util.Arrays.copyOf(seen, seenCount * 2);
                }
                seen[seenCount++] = status;
            }
            statuses[status] += times;
        }

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
        this.server = node.typeIs(Node.SERVER);
        this.capacity = capacity;
    }

    void arrival(long now) {
        advance(now);
        window.arrivals++;
    }

    void completion(long now, long latency, int status) {
        advance(now);
        window.completions++;
        window.latencySum += latency;
        window.latencies.add(latency);
        window.count(status, 1);
        total.latencies.add(latency);
    }

    void waited(long wait) {
        window.served++;
        window.waitSum += wait;
    }

    void level(long now, int queueLength, int busySlots) {
        advance(now);
        accumulate(now);
        queue = queueLength;
        busy = busySlots;
        window.queueMax = Math.max(window.queueMax, queue);
    }

    private void accumulate(long now) {
        long span = now - levelAt;
        window.queueArea += span * queue;
        window.busyArea += span * busy;
        levelAt = now;
    }

    /** Closes every window that ends at or before {@code now}. */
    private void advance(long now) {
        if (now >= windowStart + WINDOW_MS) {
            closeWindowsUpTo(now);
        }
    }

    /** Kept apart from {@link #advance}, which runs for every count, so that the common case stays small. */
    private void closeWindowsUpTo(long now) {
        while (now >= windowStart + WINDOW_MS) {
            long end = windowStart + WINDOW_MS;
            accumulate(end);
            close();
            window.clear();
            window.queueMax = queue;
            windowStart = end;
        }
    }

    /** The node's metrics, with windows up to and including the one that holds {@code end}. */
    Metrics.NodeMetrics finish(long end) {
        advance(end);
        accumulate(end);
        close();
        long runLength = windowStart + WINDOW_MS;
        return new Metrics.NodeMetrics(node.id(), node.type(), window(total, 0, runLength), windows);
    }

    private void close() {
        windows.add(window(window, windowStart, WINDOW_MS));
        total.addCounts(window);
    }

    private Metrics.Window window(Counters counters, long start, long length) {
        long done = counters.completions;
        Double meanLatency = done == 0 ? null : (double) counters.latencySum / done;
        Double meanWait = !levels && !server || counters.served == 0 ? null
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
