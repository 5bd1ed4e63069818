package dev.switchboard.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A gateway: normalises the path once, then decides in this order: 400 (bad path), 404 (no route), 405 (method
 * not allowed by the route), 503 (empty pool); otherwise forwards to the pool's next server by round robin and
 * relays the server's response back.
 */
final class GatewayStation extends Station {

    /** Routes by longest prefix first; the sort is stable, so equal lengths keep declaration order. */
    private final List<GatewayRoute> routes = new ArrayList<>();

    GatewayStation(Node node, Run run) {
        super(node, run);
    }

    /** Builds the routes once the servers exist; a pool holds the servers linked from here whose pool matches. */
    void connect(List<Station> linked) {
        Map<String, GatewayRoute.Pool> pools = new HashMap<>();
        for (Route route : node.routesOrEmpty()) {
            GatewayRoute.Pool pool = pools.computeIfAbsent(route.pool(), name -> poolOf(name, linked));
            routes.add(new GatewayRoute(route, pool));
        }
        routes.sort(Comparator.comparingInt((GatewayRoute route) -> route.length).reversed());
    }

    private static GatewayRoute.Pool poolOf(String name, List<Station> linked) {
        List<ServerStation> servers = new ArrayList<>();
        for (Station station : linked) {
            if (station instanceof ServerStation server && name.equals(server.node.pool())) {
                servers.add(server);
            }
        }
        return new GatewayRoute.Pool(name, servers);
    }

    @Override
    void receiveRequest(Hop request) {
        NormalizedPath path = PathNormalizer.normalize(request.path);
        if (!path.ok()) {
            answer(request, 400, path.rejection() + ": 400", null);
            return;
        }

        String normalisation = normalisationNote(request.path, path);
        GatewayRoute route = longestMatch(path.path());
        if (refused(request, path, route, normalisation)) {
            return;
        }

        int chosen = route.pool.pick();
        String forwarded = normalisation.isEmpty() ? request.path : path.pathWithQuery();
        forward(request, route.pool.server(chosen), forwarded,
                route.matchNote + route.pool.pickNote(chosen) + normalisation);
    }

    /** Answers 404, 405 or 503 in that order when one applies; true when the request was answered here. */
    private boolean refused(Hop request, NormalizedPath path, GatewayRoute route, String normalisation) {
        String method = request.exchange.method;
        if (route == null) {
            answer(request, 404, "No route matches " + path.path() + ": 404" + normalisation, null);
        } else if (!route.allows(method)) {
            answer(request, 405, "Route " + route.route.prefix() + " allows " + route.allowed + "; " + method
                    + " is not allowed: 405" + normalisation, route.allowHeader);
        } else if (route.pool.isEmpty()) {
            answer(request, 503, "Pool " + route.pool.name + " has no server linked to " + name() + ": 503"
                    + normalisation, null);
        } else {
            return false;
        }
        return true;
    }

    @Override
    void receiveResponse(Hop response) {
        Exchange exchange = response.exchange;
        String path = exchange.backPath();
        Station back = exchange.leave();
        String note = name() + " returns " + response.status + " from " + response.from.name() + " to "
                + back.name();
        send(new Hop(run, exchange, this, back, Frame.RESPONSE, response.status, path, note, response.headers));
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
}
