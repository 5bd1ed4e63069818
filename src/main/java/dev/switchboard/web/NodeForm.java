package dev.switchboard.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.sim.Balancing;
import dev.switchboard.sim.Load;
import dev.switchboard.sim.Node;
import dev.switchboard.sim.Route;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The inspector's editable view of one node, as text the learner typed. It is built from a saved node or from a
 * submitted form, edited by row operations, and written into the design document, where the design's own
 * validation judges it: an invalid value is shown back with its reason instead of being saved.
 */
public record NodeForm(String id, String type, String name, String intervalMs, List<RequestRow> requests,
                       List<RouteRow> routes, String pool, String handles, Settings settings) {

    /**
     * The settings of capacity, failures and traffic, as typed: a server's latency, capacity, queue, weight and
     * whether it starts down; a gateway's timeout; a load balancer's strategy; a client's load with its first mix row.
     */
    public record Settings(String latencyMs, String capacity, String queue, String weight, boolean down,
                           String timeoutMs, String strategy, String rps, String durationSeconds, String arrival,
                           String mixMethod, String mixPath, Map<String, String> pools) {

        /** @param pools a gateway's strategy by pool name, in route order; blank for the default, round robin */
        public Settings {
            pools = Collections.unmodifiableMap(new LinkedHashMap<>(pools));
        }

        static Settings of(Node node) {
            Load load = node.load();
            Load.MixEntry mix = load == null || load.mix().isEmpty() ? null : load.mix().get(0);
            return new Settings(text(node.latencyMs()), text(node.capacity()), text(node.queue()),
                    text(node.weight()), Boolean.TRUE.equals(node.down()), text(node.timeoutMs()),
                    node.strategy() == null ? "" : node.strategy(),
                    load == null ? "" : String.valueOf(load.rps()),
                    load == null ? "" : String.valueOf(load.durationSeconds()),
                    load == null || load.arrival() == null ? "" : load.arrival(),
                    mix == null ? "GET" : mix.method(), mix == null ? "" : mix.path(), poolsOf(node));
        }

        private static Map<String, String> poolsOf(Node node) {
            Map<String, String> pools = new LinkedHashMap<>();
            node.routesOrEmpty().forEach(route -> pools.put(route.pool(), ""));
            if (node.pools() != null) {
                node.pools().forEach((pool, settings) -> pools.put(pool,
                        settings.strategy() == null ? "" : settings.strategy()));
            }
            return pools;
        }

        private static Map<String, String> poolsOf(Context ctx) {
            Map<String, String> pools = new LinkedHashMap<>();
            List<String> names = ctx.formParams("poolName");
            List<String> strategies = ctx.formParams("poolStrategy");
            for (int i = 0; i < Math.min(names.size(), strategies.size()); i++) {
                pools.put(names.get(i), strategies.get(i).strip());
            }
            return pools;
        }

        static Settings fromForm(Context ctx) {
            return new Settings(NodeForm.text(ctx, "latencyMs"), NodeForm.text(ctx, "capacity"),
                    NodeForm.text(ctx, "queue"), NodeForm.text(ctx, "weight"), ctx.formParam("down") != null,
                    NodeForm.text(ctx, "timeoutMs"), NodeForm.text(ctx, "strategy"), NodeForm.text(ctx, "rps"),
                    NodeForm.text(ctx, "durationSeconds"), NodeForm.text(ctx, "arrival"),
                    NodeForm.text(ctx, "mixMethod"), NodeForm.text(ctx, "mixPath"), poolsOf(ctx));
        }

        /** True when the learner gave the client a load, so the form writes one. */
        boolean hasLoad() {
            return !(rps.isBlank() && durationSeconds.isBlank() && mixPath.isBlank());
        }

        private static String text(Long value) {
            return value == null ? "" : String.valueOf(value);
        }
    }

    public static final List<String> STRATEGIES = Balancing.STRATEGIES;

    public record RequestRow(String method, String path) {
    }

    public record RouteRow(String prefix, String pool, String methods) {
    }

    public static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    static NodeForm of(Node node) {
        List<RequestRow> requests = node.requests() == null ? List.of() : node.requests().stream()
                .map(request -> new RequestRow(request.method(), request.path())).toList();
        List<RouteRow> routes = node.routes() == null ? List.of() : node.routes().stream()
                .map(NodeForm::row).toList();
        return new NodeForm(node.id(), node.type(), node.name(),
                node.intervalMs() == null ? "" : String.valueOf(node.intervalMs()),
                requests, routes, node.pool() == null ? "" : node.pool(),
                node.handles() == null ? "" : String.join("\n", node.handles()), Settings.of(node));
    }

    /** The type as the drawing labels it: API GATEWAY, LOAD BALANCER, SERVER, CLIENT. */
    public String typeLabel() {
        return switch (type) {
            case "gateway" -> "API GATEWAY";
            case "loadbalancer" -> "LOAD BALANCER";
            default -> type.toUpperCase(Locale.ROOT);
        };
    }

    static NodeForm fromForm(Context ctx, Node saved) {
        List<RequestRow> requests = new ArrayList<>();
        List<String> methods = ctx.formParams("method");
        List<String> paths = ctx.formParams("path");
        for (int i = 0; i < Math.min(methods.size(), paths.size()); i++) {
            requests.add(new RequestRow(methods.get(i).strip(), paths.get(i).strip()));
        }
        List<RouteRow> routes = new ArrayList<>();
        List<String> prefixes = ctx.formParams("prefix");
        List<String> pools = ctx.formParams("routePool");
        List<String> routeMethods = ctx.formParams("routeMethods");
        for (int i = 0; i < Math.min(prefixes.size(), pools.size()); i++) {
            routes.add(new RouteRow(prefixes.get(i).strip(), pools.get(i).strip(),
                    i < routeMethods.size() ? routeMethods.get(i).strip() : ""));
        }
        return new NodeForm(saved.id(), saved.type(), text(ctx, "name"), text(ctx, "intervalMs"),
                requests, routes, text(ctx, "pool"), text(ctx, "handles"), Settings.fromForm(ctx));
    }

    /** Applies one row operation such as {@code add-request} or {@code remove-route:2}; others change nothing. */
    NodeForm apply(String operation) {
        String[] parts = operation.split(":", 2);
        int index = parts.length > 1 ? parseIndex(parts[1]) : -1;
        List<RequestRow> newRequests = new ArrayList<>(requests);
        List<RouteRow> newRoutes = new ArrayList<>(routes);
        switch (parts[0]) {
            case "add-request" -> newRequests.add(new RequestRow("GET", "/"));
            case "remove-request" -> remove(newRequests, index);
            case "up-request" -> swap(newRequests, index, index - 1);
            case "down-request" -> swap(newRequests, index, index + 1);
            case "add-route" -> newRoutes.add(new RouteRow("/", suggestedPool(), ""));
            case "remove-route" -> remove(newRoutes, index);
            default -> {
                return this;
            }
        }
        return new NodeForm(id, type, name, intervalMs, newRequests, newRoutes, pool, handles, settings);
    }

    /** Writes the typed values into the node's JSON, keeping what the form does not edit (layout, latency). */
    void writeInto(ObjectNode node) {
        node.put("name", name);
        switch (type) {
            case "client" -> writeClient(node);
            case "gateway" -> writeGateway(node);
            case "server" -> writeServer(node);
            case "loadbalancer" -> setTextOrRemove(node, "strategy", settings.strategy());
            default -> {
                // Types added later keep their own fields untouched.
            }
        }
    }

    private void writeClient(ObjectNode node) {
        setNumberOrText(node, "intervalMs", intervalMs);
        ArrayNode list = node.putArray("requests");
        requests.forEach(row -> list.addObject().put("method", row.method().toUpperCase(Locale.ROOT))
                .put("path", row.path()));
        writeLoad(node);
    }

    /** The form edits the first mix row; further rows written in the document (by import) are kept as they are. */
    private void writeLoad(ObjectNode node) {
        if (!settings.hasLoad()) {
            node.remove("load");
            return;
        }
        ObjectNode load = node.has("load") && node.get("load").isObject() ? (ObjectNode) node.get("load")
                : node.putObject("load");
        setNumberOrText(load, "rps", settings.rps());
        setNumberOrText(load, "durationSeconds", settings.durationSeconds());
        setTextOrRemove(load, "arrival", settings.arrival());
        ArrayNode mix = load.has("mix") && load.get("mix").isArray() ? (ArrayNode) load.get("mix")
                : load.putArray("mix");
        ObjectNode first = mix.isEmpty() || !mix.get(0).isObject() ? mix.insertObject(0) : (ObjectNode) mix.get(0);
        first.put("method", settings.mixMethod().toUpperCase(Locale.ROOT)).put("path", settings.mixPath().strip());
    }

    private void writeGateway(ObjectNode node) {
        setNumberOrText(node, "timeoutMs", settings.timeoutMs());
        writePools(node);
        ArrayNode list = node.putArray("routes");
        for (RouteRow row : routes) {
            ObjectNode route = list.addObject().put("prefix", row.prefix()).put("pool", row.pool());
            List<String> methods = words(row.methods());
            if (!methods.isEmpty()) {
                ArrayNode methodList = route.putArray("methods");
                methods.forEach(method -> methodList.add(method.toUpperCase(Locale.ROOT)));
            }
        }
    }

    private void writeServer(ObjectNode node) {
        if (pool.isBlank()) {
            node.remove("pool");
        } else {
            node.put("pool", pool.strip());
        }
        List<String> prefixes = handles.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (prefixes.isEmpty()) {
            node.remove("handles");
        } else {
            ArrayNode list = node.putArray("handles");
            prefixes.forEach(list::add);
        }
        setNumberOrText(node, "latencyMs", settings.latencyMs());
        setNumberOrText(node, "capacity", settings.capacity());
        setNumberOrText(node, "queue", settings.queue());
        setNumberOrText(node, "weight", settings.weight());
        if (settings.down()) {
            node.put("down", true);
        } else {
            node.remove("down");
        }
    }

    /** Only pools a route still names are written: the document refuses settings for a pool nobody routes to. */
    private void writePools(ObjectNode node) {
        List<String> routed = routes.stream().map(RouteRow::pool).toList();
        ObjectNode pools = node.objectNode();
        settings.pools().forEach((pool, strategy) -> {
            if (!strategy.isBlank() && routed.contains(pool)) {
                pools.putObject(pool).put("strategy", strategy);
            }
        });
        if (pools.isEmpty()) {
            node.remove("pools");
        } else {
            node.set("pools", pools);
        }
    }

    private static void setTextOrRemove(ObjectNode node, String field, String value) {
        if (value.isBlank()) {
            node.remove(field);
        } else {
            node.put(field, value.strip());
        }
    }

    private String suggestedPool() {
        return routes.isEmpty() ? "SERVICE" : routes.get(routes.size() - 1).pool();
    }

    private static void setNumberOrText(ObjectNode node, String field, String value) {
        if (value.isBlank()) {
            node.remove(field);
            return;
        }
        try {
            node.put(field, Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            // Left as text so the design's validation names the field and says a whole number is expected.
            node.put(field, value);
        }
    }

    private static List<String> words(String text) {
        return text == null ? List.of() : List.of(text.split("[,\\s]+")).stream().filter(w -> !w.isEmpty()).toList();
    }

    private static String text(Context ctx, String field) {
        String value = ctx.formParam(field);
        return value == null ? "" : value;
    }

    private static int parseIndex(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static <T> void remove(List<T> rows, int index) {
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    private static <T> void swap(List<T> rows, int from, int to) {
        if (from >= 0 && to >= 0 && from < rows.size() && to < rows.size()) {
            Collections.swap(rows, from, to);
        }
    }

    private static RouteRow row(Route route) {
        return new RouteRow(route.prefix(), route.pool(),
                route.methods() == null ? "" : String.join(", ", route.methods()));
    }
}
