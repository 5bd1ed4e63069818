package dev.switchboard.sim;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and validates a design document. Every problem is collected and reported together, each naming its field,
 * so a learner can fix a whole document in one pass; nothing but {@link InvalidDesignException} escapes.
 */
public final class DesignReader {

    // A repeated key would silently lose one of its values, so it is rejected as a parse error.
    // Trailing content after the document (a second document glued on, stray text) is refused for the same reason.
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

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
            throw invalidBody("The body is not valid JSON" + where(e) + ": " + plainReason(e));
        }
    }

    private static String where(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** Jackson's reason in a learner's words, without its advice about parser features or its class names. */
    private static String plainReason(JsonProcessingException e) {
        String reason = e.getOriginalMessage();
        if (reason.contains("nesting depth")) {
            return "the document is nested too deeply";
        }
        if (reason.contains("Number value length") || reason.contains("Number length")) {
            return "a number has too many digits";
        }
        if (reason.contains("String value length") || reason.contains("String length")) {
            return "a string is too long";
        }
        if (reason.contains("Trailing token")) {
            return "there is more after the end of the document; send exactly one JSON object";
        }
        Matcher nonStandard = NON_STANDARD_TOKEN.matcher(reason);
        if (nonStandard.find()) {
            return nonStandard.group(1) + " is not a JSON value; write a number, a string, true, false or null";
        }
        int advice = reason.indexOf(" (for ");
        if (advice < 0) {
            advice = reason.indexOf(": use ");
        }
        String plain = (advice > 0 ? reason.substring(0, advice) : reason).lines().findFirst().orElse(reason).strip();
        return plain.replaceAll(" ?\\(bound as `[^`]*`\\)", "");
    }

    private static final Pattern NON_STANDARD_TOKEN = Pattern.compile("Non-standard token '([^']{1,40})'");

    private static InvalidDesignException invalidBody(String message) {
        return new InvalidDesignException(java.util.List.of(new FieldError("body", message)));
    }
}
