package dev.switchboard.sim;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * Why a node decided what a frame shows, step by step, so that the browser can tell it in words. Gateways fill in
 * the path, every route they considered (in the order they are written) and the one chosen, each policy's
 * verdict in decision order, and the pool with the balancer's pick; load balancers fill in only the pool and the
 * pick. Parts a node did not reach are null and left out of the JSON: a request refused with 404 has no
 * policies and no pool.
 *
 * @param path      the normalised path every decision used; null when the path itself was rejected
 * @param pathNote  how normalisation changed the raw path, or why it rejected it; null when it was kept as sent
 * @param routes    every route of the gateway, in document order, with whether and why it matched
 * @param chosen    the prefix of the route chosen, null when none matched
 * @param chosenWhy why that route won (the longest matching prefix)
 * @param policies  each check in decision order (methods, auth, rate limits, timeout), up to the one that refused
 * @param pool      the pool's name (the load balancer's name for a load balancer node)
 * @param strategy  the balancing strategy, as in the document, e.g. {@code round-robin}
 * @param members   every member of the pool with its health, weight and active requests at the time of the pick
 * @param pick      the node id picked, null when no member was healthy
 * @param pickWhy   the reason for the pick in words
 * @param decision  the outcome in a few words: "forwarded to posts-2" or "answered 429"
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"path", "pathNote", "routes", "chosen", "chosenWhy", "policies", "pool", "strategy", "members",
        "pick", "pickWhy", "decision"})
public record Trace(String path, String pathNote, List<RouteCheck> routes, String chosen, String chosenWhy,
                    List<PolicyVerdict> policies, String pool, String strategy, List<PoolMember> members,
                    String pick, String pickWhy, String decision) {

    public Trace {
        routes = routes == null ? null : List.copyOf(routes);
        policies = policies == null ? null : List.copyOf(policies);
        members = members == null ? null : List.copyOf(members);
    }

    /** One route as the gateway weighed it: {@code why} says in words why it did or did not match. */
    @JsonPropertyOrder({"prefix", "pool", "matched", "why"})
    public record RouteCheck(String prefix, String pool, boolean matched, String why) {
    }

    /**
     * One policy's verdict. {@code policy} is one of {@code methods}, {@code auth}, {@code rateLimit} (the
     * gateway's bucket), {@code routeRateLimit} (the route's bucket) or {@code timeout}; {@code detail} gives the
     * evidence, such as "token abc has scope posts:read" or "2 of 3 tokens left".
     */
    @JsonPropertyOrder({"policy", "passed", "detail"})
    public record PolicyVerdict(String policy, boolean passed, String detail) {
    }

    /** A pool member as the balancer saw it when it picked: {@code active} counts requests it has in flight there. */
    @JsonPropertyOrder({"node", "name", "healthy", "weight", "active"})
    public record PoolMember(String node, String name, boolean healthy, long weight, int active) {
    }
}
