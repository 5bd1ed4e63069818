package dev.switchboard.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
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
    private final Closed closed = new Closed();
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
                    seen = Arrays.copyOf(seen, seenCount * 2);
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
        List<Metrics.Window> windows = new ArrayList<>(closed.size());
        for (int row = 0; row < closed.size(); row++) {
            windows.add(window(closed.values, row * Closed.STRIDE, closed.errors(row), row * WINDOW_MS, WINDOW_MS));
        }
        long[] totals = new long[Closed.STRIDE];
        Closed.write(total, totals, 0);
        long runLength = windowStart + WINDOW_MS;
        return new Metrics.NodeMetrics(node.id(), node.type(), window(totals, 0, errors(total), 0, runLength),
                windows);
    }

    private void close() {
        closed.add(window, errors(window));
        total.addCounts(window);
    }

    /**
     * The closed windows as rows of plain numbers, turned into {@link Metrics.Window}s only when the run ends: a run
     * closes a window per node every simulated second, and one array of numbers costs the garbage collector far
     * less, while the run goes on, than a dozen boxed values per window.
     */
    private static final class Closed {

        static final int ARRIVALS = 0;
        static final int COMPLETIONS = 1;
        static final int LATENCY_SUM = 2;
        static final int SERVED = 3;
        static final int WAIT_SUM = 4;
        static final int QUEUE_AREA = 5;
        static final int BUSY_AREA = 6;
        static final int QUEUE_MAX = 7;
        static final int P50 = 8;
        static final int P95 = 9;
        static final int P99 = 10;
        static final int STRIDE = 11;
        /** A percentile of a window without completions. */
        static final long NONE = -1;

        long[] values = new long[STRIDE * 64];
        private int rows;
        /** Only the few windows with errors have an entry. */
        private final Map<Integer, Map<Integer, Long>> errorsByRow = new HashMap<>();

        void add(Counters counters, Map<Integer, Long> errors) {
            if ((rows + 1) * STRIDE > values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            write(counters, values, rows * STRIDE);
            if (!errors.isEmpty()) {
                errorsByRow.put(rows, errors);
            }
            rows++;
        }

        static void write(Counters counters, long[] into, int at) {
            into[at + ARRIVALS] = counters.arrivals;
            into[at + COMPLETIONS] = counters.completions;
            into[at + LATENCY_SUM] = counters.latencySum;
            into[at + SERVED] = counters.served;
            into[at + WAIT_SUM] = counters.waitSum;
            into[at + QUEUE_AREA] = counters.queueArea;
            into[at + BUSY_AREA] = counters.busyArea;
            into[at + QUEUE_MAX] = counters.queueMax;
            Long[] percentiles = counters.latencies.percentiles(50, 95, 99);
            into[at + P50] = percentiles[0] == null ? NONE : percentiles[0];
            into[at + P95] = percentiles[1] == null ? NONE : percentiles[1];
            into[at + P99] = percentiles[2] == null ? NONE : percentiles[2];
        }

        int size() {
            return rows;
        }

        Map<Integer, Long> errors(int row) {
            return errorsByRow.getOrDefault(row, Map.of());
        }
    }

    private Metrics.Window window(long[] row, int at, Map<Integer, Long> errors, long start, long length) {
        long done = row[at + Closed.COMPLETIONS];
        long served = row[at + Closed.SERVED];
        Double meanLatency = done == 0 ? null : (double) row[at + Closed.LATENCY_SUM] / done;
        Double meanWait = !levels && !server || served == 0 ? null : (double) row[at + Closed.WAIT_SUM] / served;
        Integer queueMax = levels ? (int) row[at + Closed.QUEUE_MAX] : null;
        Double queueAverage = levels ? (double) row[at + Closed.QUEUE_AREA] / length : null;
        Double utilisation = levels && capacity > 0
                ? (double) row[at + Closed.BUSY_AREA] / ((double) capacity * length) : null;
        return new Metrics.Window(start, row[at + Closed.ARRIVALS], done, done * 1000.0 / length,
                percentile(row[at + Closed.P50]), percentile(row[at + Closed.P95]), percentile(row[at + Closed.P99]),
                meanLatency, meanWait, errors, queueMax, queueAverage, utilisation);
    }

    private static Long percentile(long value) {
        return value == Closed.NONE ? null : value;
    }

    private static Map<Integer, Long> errors(Counters counters) {
        Map<Integer, Long> errors = null;
        for (int i = 0; i < counters.seenCount; i++) {
            int status = counters.seen[i];
            if (status >= 400) {
                if (errors == null) {
                    errors = new TreeMap<>();
                }
                errors.put(status, counters.statuses[status]);
            }
        }
        return errors == null ? Map.of() : Collections.unmodifiableMap(errors);
    }
}
