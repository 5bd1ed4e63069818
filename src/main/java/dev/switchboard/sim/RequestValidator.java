package dev.switchboard.sim;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Validates a client's requests and keeps the running total across clients, which is capped. */
final class RequestValidator {

    static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    static final int MAX_PATH = 2048;

    static final int MAX_TOKEN = 200;
    static final long MAX_AT_MS = 3_600_000;

    private static final Set<String> REQUEST_FIELDS = Set.of("method", "path", "token", "atMs");

    private final Fields fields;
    private int total;
    private boolean limitReported;

    RequestValidator(Fields fields) {
        this.fields = fields;
    }

    List<RequestSpec> readAll(JsonNode client, String path) {
        JsonNode array = client.get("requests");
        String field = path + ".requests";
        if (array == null || array.isNull() || !fields.expectArray(array, field)) {
            return null;
        }
        countAgainstLimit(array.size(), field);
        List<RequestSpec> requests = new ArrayList<>();
        long interval = client.path("intervalMs").canConvertToLong() ? client.path("intervalMs").asLong()
                : Node.DEFAULT_INTERVAL_MS;
        long previous = 0;
        for (int i = 0; i < array.size(); i++) {
            RequestSpec request = read(array.get(i), field + "[" + i + "]");
            if (request != null) {
                long at = request.atMs() != null ? request.atMs() : i * interval;
                if (at < previous) {
                    fields.error(field + "[" + i + "]", "requests go in the order they are sent: this one is sent at "
                            + at + " ms, before the one above it (" + previous + " ms)");
                }
                previous = Math.max(previous, at);
                requests.add(request);
            }
        }
        return requests;
    }

    private void countAgainstLimit(int count, String field) {
        total += count;
        if (total > DocumentValidator.MAX_REQUESTS && !limitReported) {
            limitReported = true;
            fields.error(field, "Too many requests: " + total + " across all clients, the limit is "
                    + DocumentValidator.MAX_REQUESTS);
        }
    }

    private RequestSpec read(JsonNode request, String path) {
        if (!fields.expectObject(request, path)) {
            return null;
        }
        fields.rejectUnknown(request, path, REQUEST_FIELDS);
        String method = readMethod(fields, request.get("method"), path + ".method");
        JsonNode rawPath = request.get("path");
        if (rawPath == null || rawPath.isNull()) {
            fields.error(path + ".path", "path is required");
            return null;
        }
        String requestPath = readPath(fields, rawPath, path + ".path", "path");
        String token = optionalWord(fields, request, path, "token", MAX_TOKEN);
        Long at = fields.optionalInteger(request, path, "atMs", 0, MAX_AT_MS);
        return method == null || requestPath == null ? null : new RequestSpec(method, requestPath, token, at);
    }

    static String readMethod(Fields fields, JsonNode value, String field) {
        if (value == null || value.isNull()) {
            fields.error(field, "method is required");
            return null;
        }
        String method = fields.text(value, field, Integer.MAX_VALUE);
        if (method != null && !METHODS.contains(method)) {
            fields.error(field, "method must be one of " + String.join(", ", METHODS)
                    + " (uppercase), got '" + Fields.show(method) + "'");
            return null;
        }
        return method;
    }

    /** A path as written in a document: starts with "/", fits the limit, no spaces or control characters. */
    static String readPath(Fields fields, JsonNode value, String field, String what) {
        String path = fields.text(value, field, MAX_PATH);
        if (path == null) {
            return null;
        }
        if (!path.startsWith("/")) {
            fields.error(field, "a " + what + " must start with /, got '" + Fields.show(path) + "'");
            return null;
        }
        if (hasSpaceOrControl(path)) {
            fields.error(field, "a " + what + " must not contain spaces or control characters, got '"
                    + Fields.show(path) + "'");
            return null;
        }
        if (path.contains("#")) {
            fields.error(field, "a " + what + " must not contain # (a fragment stays in the browser and is never "
                    + "sent), got '" + Fields.show(path) + "'");
            return null;
        }
        return path;
    }

    /**
     * Reads a prefix that a route or a server matches against. Request paths are normalised before matching, so a
     * prefix that is not already in normal form (a doubled slash, a dot segment, an escape) could never match.
     */
    static String readPrefix(Fields fields, JsonNode value, String field, String what) {
        String prefix = readPath(fields, value, field, what);
        if (prefix == null) {
            return null;
        }
        if (prefix.contains("?")) {
            fields.error(field, "a " + what + " must not contain a query string, got '" + Fields.show(prefix) + "'");
            return null;
        }
        NormalizedPath normal = PathNormalizer.normalize(prefix);
        if (!normal.ok()) {
            fields.error(field, "a " + what + " no request could match: " + normal.rejection());
            return null;
        }
        if (!PrefixMatch.canonical(normal.path()).equals(PrefixMatch.canonical(prefix))) {
            fields.error(field, "a " + what + " must be written in normal form, as requests are normalised before "
                    + "matching: write " + PrefixMatch.canonical(normal.path()) + " instead of '"
                    + Fields.show(prefix) + "'");
            return null;
        }
        return prefix;
    }

    /** An optional token or scope: not empty, at most {@code maxLength}, no spaces or control characters. */
    static String optionalWord(Fields fields, JsonNode object, String parent, String name, int maxLength) {
        String word = fields.optionalNonEmptyText(object, parent, name, maxLength);
        if (word != null && hasSpaceOrControl(word)) {
            fields.error(Fields.path(parent, name), name + " must not contain spaces or control characters, got '"
                    + Fields.show(word) + "'");
            return null;
        }
        return word;
    }

    static boolean hasSpaceOrControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c == 0x7F || Character.isWhitespace(c) || Character.isISOControl(c)) {
                return true;
            }
        }
        return false;
    }
}
