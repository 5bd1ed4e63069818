package dev.switchboard.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

import java.util.List;

/** Reads small request inputs strictly: a parameter given twice or empty is an error, never a silent guess. */
final class Params {

    private static final ObjectMapper strictJson = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private Params() {
    }

    /** The query parameter's one value, or null when it is absent. */
    static String single(Context ctx, String name) {
        List<String> values = ctx.queryParams(name);
        if (values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw ApiError.badRequest(name, name + " is given " + values.size() + " times; give it once");
        }
        if (values.get(0).isBlank()) {
            throw ApiError.badRequest(name, name + " is empty; give a value or leave it out");
        }
        return values.get(0).strip();
    }

    /** The body as a JSON object, or a 400 that shows an example of what is expected. */
    static JsonNode jsonObject(String body, String example) {
        try {
            JsonNode node = strictJson.readTree(body);
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (Exception e) {
            // Reported below with an example; Jackson's own words mean little to a learner.
        }
        throw ApiError.badRequest("body", "the body must be one JSON object such as " + example);
    }
}
