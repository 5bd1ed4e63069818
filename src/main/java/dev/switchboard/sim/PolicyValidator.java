package dev.switchboard.sim;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Validates a gateway's policies: its {@code tokens}, {@code rateLimit} (also used by routes) and {@code pools}. */
final class PolicyValidator {

    static final int MAX_TOKENS = 100;
    static final int MAX_SCOPES = 50;
    static final int MAX_SCOPE = 100;
    static final long MAX_BUCKET = 1_000_000;
    static final BigDecimal MAX_REFILL = BigDecimal.valueOf(1_000_000);

    private static final Set<String> RATE_LIMIT_FIELDS = Set.of("capacity", "refillPerSecond");
    private static final Set<String> POOL_FIELDS = Set.of("strategy");

    private final Fields fields;

    PolicyValidator(Fields fields) {
        this.fields = fields;
    }

    Map<String, List<String>> readTokens(JsonNode gateway, String parent) {
        JsonNode object = gateway.get("tokens");
        String field = parent + ".tokens";
        if (object == null || object.isNull() || !fields.expectObject(object, field)) {
            return null;
        }
        if (object.size() > MAX_TOKENS) {
            fields.error(field, "A gateway may know at most " + MAX_TOKENS + " tokens, got " + object.size());
        }
        Map<String, List<String>> tokens = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> entries = object.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String tokenField = field + "." + entry.getKey();
            String token = entry.getKey();
            if (token.isEmpty() || token.length() > RequestValidator.MAX_TOKEN
                    || RequestValidator.hasSpaceOrControl(token)) {
                fields.error(tokenField, "a token must be 1 to " + RequestValidator.MAX_TOKEN
                        + " characters without spaces or control characters");
            }
            List<String> scopes = readScopes(entry.getValue(), tokenField);
            if (scopes != null) {
                tokens.put(token, scopes);
            }
        }
        return tokens;
    }

    private List<String> readScopes(JsonNode array, String field) {
        if (!fields.expectArray(array, field)) {
            return null;
        }
        if (array.size() > MAX_SCOPES) {
            fields.error(field, "A token may carry at most " + MAX_SCOPES + " scopes, got " + array.size());
            return null;
        }
        List<String> scopes = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String scope = readScope(array.get(i), field + "[" + i + "]");
            if (scope != null) {
                scopes.add(scope);
            }
        }
        return scopes;
    }

    String readScope(JsonNode value, String field) {
        String scope = fields.text(value, field, MAX_SCOPE);
        if (scope != null && (scope.isEmpty() || RequestValidator.hasSpaceOrControl(scope))) {
            fields.error(field, "a scope must be 1 to " + MAX_SCOPE
                    + " characters without spaces or control characters, got '" + Fields.show(scope) + "'");
            return null;
        }
        return scope;
    }

    RateLimit readRateLimit(JsonNode owner, String parent) {
        JsonNode object = owner.get("rateLimit");
        String field = parent + ".rateLimit";
        if (object == null || object.isNull() || !fields.expectObject(object, field)) {
            return null;
        }
        fields.rejectUnknown(object, field, RATE_LIMIT_FIELDS);
        Long capacity = fields.requiredInteger(object, field, "capacity", 1, MAX_BUCKET);
        BigDecimal refill = fields.requiredDecimal(object, field, "refillPerSecond", MAX_REFILL);
        return capacity == null || refill == null ? null : new RateLimit(capacity, refill);
    }

    /** Reads {@code pools}; a pool no route of this gateway names is an error, since it is most likely a typo. */
    Map<String, PoolSettings> readPools(JsonNode gateway, String parent, List<Route> routes) {
        JsonNode object = gateway.get("pools");
        String field = parent + ".pools";
        if (object == null || object.isNull() || !fields.expectObject(object, field)) {
            return null;
        }
        Map<String, PoolSettings> pools = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> entries = object.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String poolField = field + "." + entry.getKey();
            if (routes != null && routes.stream().noneMatch(route -> route.pool().equals(entry.getKey()))) {
                fields.error(poolField, "No route of this gateway sends to pool '" + Fields.show(entry.getKey())
                        + "'");
            }
            if (!fields.expectObject(entry.getValue(), poolField)) {
                continue;
            }
            fields.rejectUnknown(entry.getValue(), poolField, POOL_FIELDS);
            pools.put(entry.getKey(), new PoolSettings(
                    fields.optionalChoice(entry.getValue(), poolField, "strategy", Balancing.STRATEGIES)));
        }
        return pools;
    }
}
