package dev.switchboard.sim;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;

/**
 * What every node did during a traffic run, in windows of {@code windowMs} (one second) of simulated time.
 * {@code events} counts the events the engine fired for the whole run.
 */
@JsonPropertyOrder({"windowMs", "events", "nodes"})
public record Metrics(long windowMs, long events, List<NodeMetrics> nodes) {

    public Metrics {
        nodes = List.copyOf(nodes);
    }

    /** One node's totals over the run and its windows, one per second from time 0 to the end of the run. */
    @JsonPropertyOrder({"node", "type", "totals", "windows"})
    public record NodeMetrics(String node, String type, Window totals, List<Window> windows) {

        public NodeMetrics {
            windows = List.copyOf(windows);
        }
    }

    /**
     * One window (or the whole run, for totals). What counts where:
     * <ul>
     * <li>{@code arrivals}: requests that reached the node (for a client: requests it sent);</li>
     * <li>{@code completions}: responses the node sent back (for a client: responses it received), and
     * {@code throughput} the same per second;</li>
     * <li>{@code p50}, {@code p95}, {@code p99}, {@code meanLatencyMs}: time from a request's arrival at the node
     * to its response leaving it (for a client: from sending to receiving), over the completions, in whole
     * milliseconds by the nearest-rank method; null without completions;</li>
     * <li>{@code meanWaitMs}: servers, and load balancers with a queue: time spent waiting in the queue, over
     * the requests that left it (for service, or sent on);</li>
     * <li>{@code errors}: completions with a status of 400 or more, by status;</li>
     * <li>{@code queueMax} and {@code queueAverage}: servers with a capacity and load balancers with a queue only,
     * the longest queue and the time-weighted average queue length;</li>
     * <li>{@code utilisation}: servers with a capacity only, busy slot time over capacity times window length.</li>
     * </ul>
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"start", "arrivals", "completions", "throughput", "p50", "p95", "p99", "meanLatencyMs",
            "meanWaitMs", "errors", "queueMax", "queueAverage", "utilisation"})
    public record Window(long start, long arrivals, long completions, double throughput, Long p50, Long p95,
                         Long p99, Double meanLatencyMs, Double meanWaitMs, Map<Integer, Long> errors,
                         Integer queueMax, Double queueAverage, Double utilisation) {
    }
}
