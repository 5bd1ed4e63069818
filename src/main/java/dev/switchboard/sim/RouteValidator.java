package dev.switchboard.sim;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Validates a gateway's routes: their prefixes, pools and method lists. */
final class RouteValidator {

    private static final Set<String> ROUTE_FIELDS = Set.of("prefix", "pool", "methods", "auth", "scope",
            "rateLimit");

    private final Fields fields;
    private final PolicyValidator policies;

    RouteValidator(Fields fields, PolicyValidator policies) {
        this.fields = fields;
        this.policies = policies;
    }

    List<Route> readAll(JsonNode gateway, String path) {
        JsonNode array = gateway.get("routes");
        String field = path + ".routes";
        if (array == null || array.isNull() || !fields.expectArray(array, field)) {
            return null;
        }
        List<Route> routes = new ArrayList<>();
        Map<String, Integer> firstIndexOfPrefix = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
            Route route = read(array.get(i), field + "[" + i + "]");
            if (route != null) {
                rejectSamePrefix(route, i, firstIndexOfPrefix, field);
                routes.add(route);
            }
        }
        return routes;
    }

    private Route read(JsonNode route, String path) {
        if (!fields.expectObject(route, path)) {
            return null;
        }
        fields.rejectUnknown(route, path, ROUTE_FIELDS);
        String prefix = readPrefix(route, path);
        String pool = fields.requiredText(route, path, "pool", NodeValidator.MAX_POOL);
        List<String> methods = readMethods(route.get("methods"), path + ".methods");
        Boolean auth = fields.optionalBoolean(route, path, "auth");
        JsonNode scopeValue = route.get("scope");
        String scope = scopeValue == null || scopeValue.isNull() ? null
                : policies.readScope(scopeValue, path + ".scope");
        if (scope != null && Boolean.FALSE.equals(auth)) {
            fields.error(path + ".scope", "a scope asks for a token, so it cannot go with \"auth\": false");
        }
        RateLimit rateLimit = policies.readRateLimit(route, path);
        return prefix == null || pool == null ? null : new Route(prefix, pool, methods, auth, scope, rateLimit);
    }

    private String readPrefix(JsonNode route, String path) {
        JsonNode value = route.get("prefix");
        String field = path + ".prefix";
        if (value == null || value.isNull()) {
            fields.error(field, "prefix is required");
            return null;
        }
        return RequestValidator.readPrefix(fields, value, field, "prefix");
    }

    private List<String> readMethods(JsonNode array, String field) {
        if (array == null || array.isNull() || !fields.expectArray(array, field)) {
            return null;
        }
        if (array.isEmpty()) {
            fields.error(field, "methods must list at least one method when given; leave it out to allow any");
            return null;
        }
        List<String> methods = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String method = RequestValidator.readMethod(fields, array.get(i), field + "[" + i + "]");
            if (method != null && !seen.add(method)) {
                fields.error(field + "[" + i + "]", method + " is listed twice");
            } else if (method != null) {
                methods.add(method);
            }
        }
        return methods;
    }

    private void rejectSamePrefix(Route route, int index, Map<String, Integer> firstIndexOfPrefix, String field) {
        Integer earlier = firstIndexOfPrefix.putIfAbsent(PrefixMatch.canonical(route.prefix()), index);
        if (earlier != null) {
            fields.error(field + "[" + index + "].prefix", "prefix " + route.prefix()
                    + " is the same as the prefix of routes[" + earlier + "]; each prefix may have one route");
        }
    }
}
