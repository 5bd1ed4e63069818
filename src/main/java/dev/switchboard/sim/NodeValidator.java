package dev.switchboard.sim;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Validates the nodes of a design, their type-specific settings, and collects the ids links may refer to. */
final class NodeValidator {

    static final Set<String> TYPES = Set.of(Node.CLIENT, Node.GATEWAY, Node.SERVER, Node.LOAD_BALANCER);
    static final int MAX_NODE_NAME = 80;
    static final int MAX_ID = 64;
    static final int MAX_POOL = 64;
    static final long MAX_MILLIS = 60_000;
    static final long MAX_CAPACITY = 10_000;
    static final long MAX_QUEUE = 1_000_000;
    static final long MAX_WEIGHT = 1000;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_ID + "}");
    private static final Set<String> COMMON_FIELDS = Set.of("id", "type", "name", "x", "y", "latencyMs");
    private static final List<String> SERVICES = List.of(Node.FIXED_SERVICE, Node.EXPONENTIAL_SERVICE);
    private static final Map<String, List<String>> TYPES_OF_FIELD = Map.ofEntries(
            Map.entry("requests", List.of(Node.CLIENT)), Map.entry("intervalMs", List.of(Node.CLIENT)),
            Map.entry("load", List.of(Node.CLIENT)),
            Map.entry("routes", List.of(Node.GATEWAY)), Map.entry("tokens", List.of(Node.GATEWAY)),
            Map.entry("rateLimit", List.of(Node.GATEWAY)), Map.entry("pools", List.of(Node.GATEWAY)),
            Map.entry("timeoutMs", List.of(Node.GATEWAY)),
            Map.entry("pool", List.of(Node.SERVER, Node.LOAD_BALANCER)), Map.entry("handles", List.of(Node.SERVER)),
            Map.entry("capacity", List.of(Node.SERVER)), Map.entry("queue", List.of(Node.SERVER, Node.LOAD_BALANCER)),
            Map.entry("service", List.of(Node.SERVER)),
            Map.entry("strategy", List.of(Node.LOAD_BALANCER)),
            Map.entry("weight", List.of(Node.SERVER, Node.LOAD_BALANCER)),
            Map.entry("down", List.of(Node.SERVER, Node.LOAD_BALANCER)));

    private final Fields fields;
    private final RequestValidator requests;
    private final RouteValidator routes;
    private final PolicyValidator policies;
    private final LoadValidator loads;
    private final Map<String, Integer> firstIndexOfId = new HashMap<>();
    private final Set<String> knownIds = new HashSet<>();

    NodeValidator(Fields fields) {
        this.fields = fields;
        this.requests = new RequestValidator(fields);
        this.policies = new PolicyValidator(fields);
        this.routes = new RouteValidator(fields, policies);
        this.loads = new LoadValidator(fields);
    }

    /** Every id written as a string, even a malformed one, so that links to it do not add a second error. */
    Set<String> knownIds() {
        return knownIds;
    }

    List<Node> readAll(JsonNode array) {
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            Node node = read(array.get(i), i);
            if (node != null) {
                nodes.add(node);
            }
        }
        return nodes;
    }

    private Node read(JsonNode node, int index) {
        String path = "nodes[" + index + "]";
        if (!fields.expectObject(node, path)) {
            return null;
        }
        String type = readType(node, path);
        rejectFieldsOfOtherTypes(node, path, type);

        String id = readId(node, path, index);
        String name = fields.requiredText(node, path, "name", MAX_NODE_NAME);
        Double x = fields.optionalNumber(node, path, "x");
        Double y = fields.optionalNumber(node, path, "y");
        Long latency = fields.optionalInteger(node, path, "latencyMs", 0, MAX_MILLIS);
        boolean client = Node.CLIENT.equals(type);
        boolean gateway = Node.GATEWAY.equals(type);
        boolean server = Node.SERVER.equals(type);
        boolean member = server || Node.LOAD_BALANCER.equals(type);

        List<Route> gatewayRoutes = gateway ? routes.readAll(node, path) : null;
        Long capacity = server ? fields.optionalInteger(node, path, "capacity", 1, MAX_CAPACITY) : null;
        Long queue = server ? readQueue(node, path)
                : Node.LOAD_BALANCER.equals(type) ? fields.optionalInteger(node, path, "queue", 0, MAX_QUEUE) : null;
        return new Node(id, type, name, x, y,
                client ? requests.readAll(node, path) : null,
                client ? fields.optionalInteger(node, path, "intervalMs", 0, MAX_MILLIS) : null,
                client ? loads.read(node, path) : null,
                gatewayRoutes,
                gateway ? policies.readTokens(node, path) : null,
                gateway ? policies.readRateLimit(node, path) : null,
                gateway ? policies.readPools(node, path, gatewayRoutes) : null,
                gateway ? fields.optionalInteger(node, path, "timeoutMs", 1, MAX_MILLIS) : null,
                member ? fields.optionalNonEmptyText(node, path, "pool", MAX_POOL) : null,
                server ? readHandles(node, path) : null,
                capacity, queue,
                server ? fields.optionalChoice(node, path, "service", SERVICES) : null,
                Node.LOAD_BALANCER.equals(type)
                        ? fields.optionalChoice(node, path, "strategy", Balancing.STRATEGIES) : null,
                member ? fields.optionalInteger(node, path, "weight", 1, MAX_WEIGHT) : null,
                member ? fields.optionalBoolean(node, path, "down") : null,
                latency);
    }

    /** A queue only means something behind a capacity: without one every request is served at once. */
    private Long readQueue(JsonNode node, String path) {
        Long queue = fields.optionalInteger(node, path, "queue", 0, MAX_QUEUE);
        JsonNode capacity = node.get("capacity");
        if (queue != null && (capacity == null || capacity.isNull())) {
            fields.error(path + ".queue", "queue needs a capacity: without one every request is served at once");
        }
        return queue;
    }

    private String readType(JsonNode node, String path) {
        String type = fields.requiredText(node, path, "type", Integer.MAX_VALUE);
        if (type != null && !TYPES.contains(type)) {
            fields.error(path + ".type", "type must be client, gateway, server or loadbalancer, got '" + Fields.show(type) + "'");
            return null;
        }
        return type;
    }

    /** Fields of another type are named as such; a field no type knows is simply unknown. */
    private void rejectFieldsOfOtherTypes(JsonNode node, String path, String type) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            List<String> owners = TYPES_OF_FIELD.get(name);
            if (owners == null && !COMMON_FIELDS.contains(name)) {
                fields.error(path + "." + name, "unknown field '" + name + "'");
            } else if (owners != null && type != null && !owners.contains(type)) {
                fields.error(path + "." + name, name + " is only allowed on " + String.join(" nodes and ", owners)
                        + " nodes");
            }
        }
    }

    private String readId(JsonNode node, String path, int index) {
        String id = fields.requiredText(node, path, "id", Integer.MAX_VALUE);
        if (id == null) {
            return null;
        }
        knownIds.add(id);
        if (!ID.matcher(id).matches()) {
            fields.error(path + ".id", "id must be 1 to " + MAX_ID
                    + " letters, digits, '-' or '_', got '" + Fields.show(id) + "'");
        }
        Integer earlier = firstIndexOfId.putIfAbsent(id, index);
        if (earlier != null) {
            fields.error(path + ".id", "id '" + id + "' is already used by nodes[" + earlier + "]");
        }
        return id;
    }

    private List<String> readHandles(JsonNode node, String path) {
        JsonNode array = node.get("handles");
        String field = path + ".handles";
        if (array == null || array.isNull() || !fields.expectArray(array, field)) {
            return null;
        }
        List<String> handles = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String prefix = RequestValidator.readPrefix(fields, array.get(i), field + "[" + i + "]", "handled prefix");
            if (prefix != null) {
                handles.add(prefix);
            }
        }
        return handles;
    }
}
