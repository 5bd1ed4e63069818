package dev.switchboard.sim;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One box on the canvas. Fields that belong to another type are null; absent optional fields stay null too,
 * so that writing the node back gives the document the learner wrote. docs/DESIGN-DOCUMENT.md lists every field
 * with its default and limits.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "type", "name", "x", "y",
        "requests", "intervalMs", "load",
        "routes", "tokens", "rateLimit", "pools", "timeoutMs",
        "pool", "handles", "capacity", "queue", "service", "strategy", "weight", "down",
        "latencyMs"})
public record Node(String id, String type, String name, Double x, Double y,
                   List<RequestSpec> requests, Long intervalMs, Load load,
                   List<Route> routes, Map<String, List<String>> tokens, RateLimit rateLimit,
                   Map<String, PoolSettings> pools, Long timeoutMs,
                   String pool, List<String> handles, Long capacity, Long queue, String service,
                   String strategy, Long weight, Boolean down,
                   Long latencyMs) {

    public static final String CLIENT = "client";
    public static final String GATEWAY = "gateway";
    public static final String SERVER = "server";
    public static final String LOAD_BALANCER = "loadbalancer";

    public static final long DEFAULT_INTERVAL_MS = 100;
    public static final String FIXED_SERVICE = "fixed";
    public static final String EXPONENTIAL_SERVICE = "exponential";

    public Node {
        requests = requests == null ? null : List.copyOf(requests);
        routes = routes == null ? null : List.copyOf(routes);
        handles = handles == null ? null : List.copyOf(handles);
        tokens = tokens == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(tokens));
        pools = pools == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(pools));
    }

    /** A version 1 node: the fields the first version of the document knew, every later one absent. */
    public static Node basic(String id, String type, String name, List<RequestSpec> requests, Long intervalMs,
                             List<Route> routes, String pool, List<String> handles, Long latencyMs) {
        return new Node(id, type, name, null, null, requests, intervalMs, null, routes, null, null, null, null,
                pool, handles, null, null, null, null, null, null, latencyMs);
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

    public boolean startsDown() {
        return Boolean.TRUE.equals(down);
    }

    public long weightOrDefault() {
        return weight == null ? 1 : weight;
    }

    /** The balancing strategy of a load balancer node; round robin unless it says otherwise. */
    public String strategyOrDefault() {
        return strategy == null ? Balancing.ROUND_ROBIN : strategy;
    }

    /** The strategy a gateway uses for one of its pools; round robin unless {@code pools} says otherwise. */
    public String poolStrategy(String poolName) {
        PoolSettings settings = pools == null ? null : pools.get(poolName);
        return settings == null || settings.strategy() == null ? Balancing.ROUND_ROBIN : settings.strategy();
    }

    /** Time the node spends deciding or processing (a server's mean service time) before it sends a frame on. */
    public long latencyOrDefault() {
        if (latencyMs != null) {
            return latencyMs;
        }
        return switch (type) {
            case GATEWAY -> 5;
            case SERVER -> 20;
            case LOAD_BALANCER -> 1;
            default -> 0;
        };
    }
}
