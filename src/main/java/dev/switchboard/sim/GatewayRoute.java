package dev.switchboard.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A route ready for routing: its method rule with the Allow header written once, its pool's balancer (shared by
 * every route of the gateway that names the pool, so balancing runs per (gateway, pool)) and its own rate limiter.
 */
final class GatewayRoute {

    final Route route;
    final int length;
    final Balancer pool;
    final RateLimiter limiter;
    final Map<String, String> allowHeader;
    final String allowed;
    final String matchNote;

    GatewayRoute(Route route, Balancer pool) {
        this.route = route;
        this.length = PrefixMatch.significantLength(route.prefix());
        this.pool = pool;
        this.limiter = route.rateLimit() == null ? null : new RateLimiter(route.rateLimit());
        this.allowed = route.methods() == null ? null : String.join(", ", allowList(route.methods()));
        this.allowHeader = allowed == null ? null : Map.of("Allow", allowed);
        this.matchNote = "Longest matching prefix " + route.prefix() + " → " + route.pool();
    }

    boolean matches(String path) {
        return PrefixMatch.matches(route.prefix(), path);
    }

    boolean allows(String method) {
        if (route.methods() == null) {
            return true;
        }
        return route.methods().contains(method) || ("HEAD".equals(method) && route.methods().contains("GET"));
    }

    /** Why the route does or does not match the path, for the trace. */
    String matchWhy(String path) {
        if (matches(path)) {
            return "matches " + path + " on whole segments";
        }
        String canonical = PrefixMatch.canonical(route.prefix());
        if (path.startsWith(canonical)) {
            return "does not match: " + path + " shares its first characters but not whole segments";
        }
        return "does not match " + path;
    }

    /** The route's methods in its own order, with HEAD right after GET because HEAD is allowed wherever GET is. */
    private static List<String> allowList(List<String> methods) {
        List<String> allow = new ArrayList<>();
        for (String method : methods) {
            if (!allow.contains(method)) {
                allow.add(method);
            }
            if (method.equals("GET") && !methods.contains("HEAD")) {
                allow.add("HEAD");
            }
        }
        return allow;
    }
}
