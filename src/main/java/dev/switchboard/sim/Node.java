package dev.switchboard.sim;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * One box on the canvas. Fields that belong to another type are null; absent optional fields stay null too,
 * so that writing the node back gives the document the learner wrote.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "type", "name", "x", "y", "requests", "intervalMs", "routes", "pool", "handles",
        "latencyMs"})
public record Node(String id, String type, String name, Double x, Double y,
                   List<RequestSpec> requests, Long intervalMs,
                   List<Route> routes,
                   String pool, List<String> handles,
                   Long latencyMs) {

    public static final String CLIENT = "client";
    public static final String GATEWAY = "gateway";
    public static final String SERVER = "server";

    public static final long DEFAULT_INTERVAL_MS = 100;

    public Node {
        requests = requests == null ? null : List.copyOf(requests);
        routes = routes == null ? null : List.copyOf(routes);
        handles = handles == null ? null : List.copyOf(handles);
    }

    public boolean typeIs(String wanted) {
        return wanted.equals(type);
    }

    public List<RequestSpec> requestsOrEmpty() {
        return requests == null ? List.of() : requests;
    }

    public List<Route> routesOrEmpty() {
        return routes == null ? List.of() : routes;
    }

    public List<String> handlesOrEmpty() {
        return handles == null ? List.of() : handles;
    }

    public long intervalOrDefault() {
        return intervalMs == null ? DEFAULT_INTERVAL_MS : intervalMs;
    }

    /** Time the node spends deciding or processing before it sends its next frame. */
    public long latencyOrDefault() {
        if (latencyMs != null) {
            return latencyMs;
        }
        return switch (type) {
            case GATEWAY -> 5;
            case SERVER -> 20;
            default -> 0;
        };
    }
}
