package dev.switchboard.sim;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads and validates a design document. Every problem is collected and reported together, each naming its field,
 * so a learner can fix a whole document in one pass; nothing but {@link InvalidDesignException} escapes.
 */
public final class DesignReader {

    // A repeated key would silently lose one of its values, so it is rejected as a parse error.
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private DesignReader() {
    }

    public static Design read(String json) {
        return read(parse(json));
    }

    public static Design read(JsonNode document) {
        return new DocumentValidator().validate(document);
    }

    private static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            throw invalidBody("The body is empty; expected a design document (a JSON object)");
        }
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw invalidBody("The body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static InvalidDesignException invalidBody(String message) {
        return new InvalidDesignException(java.util.List.of(new FieldError("", message)));
    }
}
