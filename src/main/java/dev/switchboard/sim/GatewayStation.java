package dev.switchboard.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A gateway: normalises the path once, then decides in this order: 508 (the request has gone round a loop),
 * 400 (bad path), 404 (no route), 405 (method not allowed by the route), 401 or 403 (auth), 429 (rate limit),
 * 503 (no healthy member in the pool); otherwise forwards to the member its pool's balancer picks and relays the
 * response back, or answers 504 when the reply is slower than its timeout.
 */
final class GatewayStation extends Station {

    private static final int CACHED_PATHS = 4096;
    private static final String REALM = "Bearer realm=\"switchboard\"";

    /** Routes by longest prefix first; the sort is stable, so equal lengths keep declaration order. */
    private final List<GatewayRoute> routes = new ArrayList<>();
    private final List<GatewayRoute> declared = new ArrayList<>();
    private final Map<Station, Balancer> poolOfMember = new HashMap<>();
    private final Map<String, Routing> routings = new HashMap<>();
    private final Map<String, List<String>> tokens;
    private final RateLimiter limiter;
    private final long timeoutMs;

    /** What a raw path leads to, worked out once per distinct path. */
    private record Routing(NormalizedPath path, GatewayRoute route, String normalisation, String forwarded) {
    }

    GatewayStation(Node node, Run run) {
        super(node, run);
        this.tokens = node.tokens() == null ? Map.of() : node.tokens();
        this.limiter = node.rateLimit() == null ? null : new RateLimiter(node.rateLimit());
        this.timeoutMs = node.timeoutMs() == null ? 0 : node.timeoutMs();
    }

    /** Builds the routes once every station exists; a pool holds the members linked from here with its name. */
    @Override
    void connect(List<Station> linked, List<Long> latencies) {
        super.connect(linked, latencies);
        Map<String, Balancer> pools = new HashMap<>();
        for (Route route : node.routesOrEmpty()) {
            Balancer pool = pools.computeIfAbsent(route.pool(), name -> poolOf(name, linked));
            declared.add(new GatewayRoute(route, pool));
        }
        routes.addAll(declared);
        routes.sort(Comparator.comparingInt((GatewayRoute route) -> route.length).reversed());
    }

    private Balancer poolOf(String name, List<Station> linked) {
        List<Station> members = new ArrayList<>();
        for (Station station : linked) {
            boolean member = station instanceof ServerStation || station instanceof LoadBalancerStation;
            if (member && name.equals(station.node.pool())) {
                members.add(station);
            }
        }
        Balancer pool = new Balancer(name, node.poolStrategy(name), members,
                run.random(node.id() + "/pool/" + name), false);
        members.forEach(member -> poolOfMember.put(member, pool));
        return pool;
    }

    @Override
    void receiveRequest(Hop request) {
        if (loopedTooLong(request)) {
            return;
        }
        Routing routing = routing(request.path);
        Explanation why = request.exchange.keep ? new Explanation(routing) : null;
        if (!routing.path.ok()) {
            refuse(request, 400, routing.path.rejection() + ": 400", null, why);
            return;
        }
        GatewayRoute route = routing.route;
        if (route == null) {
            refuse(request, 404, "No route matches " + routing.path.path() + ": 404" + routing.normalisation, null,
                    why);
            return;
        }
        if (refusedByPolicy(request, routing, why)) {
            return;
        }
        pass(request, routing, why);
    }

    /** Methods, auth and rate limits, in that order; true when one of them answered the request. */
    private boolean refusedByPolicy(Hop request, Routing routing, Explanation why) {
        GatewayRoute route = routing.route;
        String method = request.exchange.method;
        if (!route.allows(method)) {
            verdict(why, "methods", false, method + " is not among " + route.allowed);
            refuse(request, 405, "Route " + route.route.prefix() + " allows " + route.allowed + "; " + method
                    + " is not allowed: 405" + routing.normalisation, route.allowHeader, why);
            return true;
        }
        verdict(why, "methods", true, route.allowed == null ? "the route allows any method"
                : method + " is allowed (" + route.allowed + ")");
        return route.route.requiresAuth() && !authorised(request, routing, why)
                || !withinRateLimits(request, routing, why);
    }

    private boolean authorised(Hop request, Routing routing, Explanation why) {
        String token = request.exchange.token;
        Route route = routing.route.route;
        List<String> scopes = token == null ? null : tokens.get(token);
        if (token == null) {
            verdict(why, "auth", false, "no token sent; route " + route.prefix() + " requires one");
            refuse(request, 401, "Route " + route.prefix() + " requires a token and the request has none: 401"
                    + routing.normalisation, Map.of("WWW-Authenticate", REALM), why);
        } else if (scopes == null) {
            verdict(why, "auth", false, "token " + token + " is not known to " + name());
            refuse(request, 401, "Token " + token + " is not known to " + name() + ": 401" + routing.normalisation,
                    Map.of("WWW-Authenticate", REALM + ", error=\"invalid_token\""), why);
        } else if (route.scope() != null && !scopes.contains(route.scope())) {
            verdict(why, "auth", false, "token " + token + " lacks scope " + route.scope() + " (it has "
                    + (scopes.isEmpty() ? "no scope" : String.join(", ", scopes)) + ")");
            refuse(request, 403, "Token " + token + " lacks scope " + route.scope() + " that route " + route.prefix()
                    + " requires: 403" + routing.normalisation, Map.of("WWW-Authenticate", REALM
                    + ", error=\"insufficient_scope\", scope=\"" + route.scope() + "\""), why);
        } else {
            verdict(why, "auth", true, route.scope() == null ? "token " + token + " is known"
                    : "token " + token + " has scope " + route.scope());
            return true;
        }
        return false;
    }

    /** A request spends a token from every bucket that applies, and only when each of them has one. */
    private boolean withinRateLimits(Hop request, Routing routing, Explanation why) {
        ClientStation client = request.exchange.client;
        long now = run.loop.now();
        RateLimiter own = routing.route.limiter;
        RateLimiter empty = limiter != null && !limiter.hasToken(client, now) ? limiter
                : own != null && !own.hasToken(client, now) ? own : null;
        if (empty != null) {
            String policy = empty == limiter ? "rateLimit" : "routeRateLimit";
            String which = empty == limiter ? name() + "'s rate limit" : "route " + routing.route.route.prefix()
                    + "'s rate limit";
            verdict(why, policy, false, "0 of " + empty.limit.capacity() + " tokens left; the next one comes in "
                    + empty.msUntilToken(client, now) + " ms (" + empty.describe() + ")");
            Map<String, String> headers = empty.refusalHeaders(client, now);
            refuse(request, 429, client.name() + " has no token left in " + which + " (" + empty.describe()
                    + "); retry after " + headers.get("Retry-After") + " s: 429" + routing.normalisation, headers,
                    why);
            return false;
        }
        spend(limiter, "rateLimit", client, now, why);
        spend(own, "routeRateLimit", client, now, why);
        return true;
    }

    private static void spend(RateLimiter bucket, String policy, ClientStation client, long now, Explanation why) {
        if (bucket != null) {
            bucket.take(client, now);
            verdict(why, policy, true, bucket.tokensLeft(client, now) + " of " + bucket.limit.capacity()
                    + " tokens left (" + bucket.describe() + ")");
        }
    }

    private void pass(Hop request, Routing routing, Explanation why) {
        Balancer pool = routing.route.pool;
        if (pool.isEmpty()) {
            refuse(request, 503, "Pool " + pool.name + " has no server linked to " + name() + ": 503"
                    + routing.normalisation, null, why);
            return;
        }
        List<Trace.PoolMember> members = why == null ? null : pool.members();
        long[] before = why == null ? null : pool.before();
        int chosen = pool.pick(request.exchange);
        if (chosen < 0) {
            if (why != null) {
                why.pool(pool, members, null, "every member is down");
            }
            refuse(request, 503, "Pool " + pool.name + " has no healthy server: 503" + routing.normalisation, null,
                    why);
            return;
        }
        Station member = pool.member(chosen);
        String note = null;
        Trace trace = null;
        if (why != null) {
            note = routing.route.matchNote + "; " + Balancing.words(pool.strategy) + " picks " + member.name()
                    + pool.noteDetail(chosen) + routing.normalisation;
            why.pool(pool, members, member.node.id(), pool.why(chosen, request.exchange, before));
            trace = why.trace("forwarded to " + member.node.id());
        }
        forward(request, member, routing.forwarded, note, trace);
        if (timeoutMs > 0) {
            Timeout timeout = new Timeout(this, request, member, pool);
            request.exchange.timeout = timeout;
            run.loop.scheduleIn(timeout, latency + timeoutMs);
        }
    }

    private void refuse(Hop request, int status, String note, Map<String, String> headers, Explanation why) {
        answer(request, status, why == null ? null : note, headers, why == null ? null
                : why.trace("answered " + status));
    }

    /** No reply in time: answer 504 at once; the reply, when it comes, is dropped here. */
    void timedOut(Timeout timeout) {
        Exchange exchange = timeout.incoming.exchange;
        exchange.timeout = null;
        exchange.status = 504;
        exchange.answeredBy = this;
        exchange.timedOut = true;
        timeout.pool.finished(timeout.member);

        Hop response = new Hop(exchange, this, timeout.incoming.from, false, 504, timeout.incoming.path,
                timeout.incoming.duration, timeout.incoming.requestArrivedAt);
        if (exchange.keep) {
            String detail = "no reply from " + timeout.member.name() + " within " + timeoutMs + " ms";
            response.explained("No reply from " + timeout.member.name() + " within " + timeoutMs
                    + " ms: 504; a reply that comes later is discarded", null, new Trace(null, null, null, null, null,
                    List.of(new Trace.PolicyVerdict("timeout", false, detail)), null, null, null, null, null,
                    "answered 504"));
        }
        response.depart();
    }

    @Override
    void receiveResponse(Hop response) {
        Exchange exchange = response.exchange;
        if (exchange.timedOut) {
            exchange.leave();
            return;
        }
        if (exchange.timeout != null) {
            run.loop.cancel(exchange.timeout);
            exchange.timeout = null;
        }
        Balancer pool = poolOfMember.get(response.from);
        if (pool != null) {
            pool.finished(response.from);
        }
        String note = exchange.keep ? name() + " returns " + response.status + " from " + response.from.name()
                + " to " + exchange.backLeg().from.name() : null;
        relay(response, note);
    }

    private Routing routing(String raw) {
        Routing routing = routings.get(raw);
        if (routing == null) {
            NormalizedPath path = PathNormalizer.normalize(raw);
            String normalisation = path.ok() ? normalisationNote(raw, path) : "";
            GatewayRoute route = path.ok() ? longestMatch(path.path()) : null;
            String forwarded = normalisation.isEmpty() ? raw : path.pathWithQuery();
            routing = new Routing(path, route, normalisation, forwarded);
            if (routings.size() < CACHED_PATHS) {
                routings.put(raw, routing);
            }
        }
        return routing;
    }

    private GatewayRoute longestMatch(String path) {
        for (GatewayRoute route : routes) {
            if (route.matches(path)) {
                return route;
            }
        }
        return null;
    }

    /** Says how the path changed, because a learner should see that the gateway routed on another path. */
    private static String normalisationNote(String raw, NormalizedPath normalized) {
        int queryStart = raw.indexOf('?');
        int rawLength = queryStart < 0 ? raw.length() : queryStart;
        String routed = normalized.path();
        if (routed.length() == rawLength && raw.regionMatches(0, routed, 0, rawLength)) {
            return "";
        }
        return "; path normalised from " + raw.substring(0, rawLength) + " to " + routed;
    }

    private static void verdict(Explanation why, String policy, boolean passed, String detail) {
        if (why != null) {
            why.policies.add(new Trace.PolicyVerdict(policy, passed, detail));
        }
    }

    /** The trace of one decision, filled in as the gateway goes; only made for requests whose frames are kept. */
    private final class Explanation {

        private final Routing routing;
        private final List<Trace.PolicyVerdict> policies = new ArrayList<>();
        private String pool;
        private String strategy;
        private List<Trace.PoolMember> members;
        private String pick;
        private String pickWhy;

        Explanation(Routing routing) {
            this.routing = routing;
        }

        void pool(Balancer balancer, List<Trace.PoolMember> before, String picked, String reason) {
            pool = balancer.name;
            strategy = balancer.strategy;
            members = before;
            pick = picked;
            pickWhy = reason;
        }

        Trace trace(String decision) {
            NormalizedPath path = routing.path;
            if (!path.ok()) {
                return new Trace(null, path.rejection(), null, null, null, null, null, null, null, null, null,
                        decision);
            }
            List<Trace.RouteCheck> checks = new ArrayList<>();
            int matching = 0;
            for (GatewayRoute route : declared) {
                boolean matched = route.matches(path.path());
                matching += matched ? 1 : 0;
                checks.add(new Trace.RouteCheck(route.route.prefix(), route.route.pool(), matched,
                        route.matchWhy(path.path())));
            }
            String chosen = routing.route == null ? null : routing.route.route.prefix();
            String chosenWhy = routing.route == null ? "no route matches " + path.path()
                    : matching == 1 ? "the only route that matches"
                    : "the longest of the " + matching + " matching prefixes wins, whatever their order";
            String pathNote = routing.normalisation.isEmpty() ? null : routing.normalisation.substring(2);
            return new Trace(path.path(), pathNote, checks, chosen, chosenWhy,
                    policies.isEmpty() ? null : policies, pool, strategy, members, pick, pickWhy, decision);
        }
    }
}
