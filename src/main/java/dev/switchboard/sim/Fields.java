package dev.switchboard.sim;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Typed reads of JSON fields that record a {@link FieldError} instead of throwing, so that validation goes on
 * and reports every problem. A read that fails returns null; an explicit JSON null counts as absent.
 */
final class Fields {

    private static final int SHOWN_CHARS = 60;

    private final List<FieldError> errors = new ArrayList<>();

    void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    List<FieldError> errors() {
        return List.copyOf(errors);
    }

    static String path(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    void rejectUnknown(JsonNode object, String parent, Set<String> allowed) {
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                error(path(parent, name), "unknown field '" + name + "'");
            }
        }
    }

    boolean expectObject(JsonNode value, String field) {
        if (value.isObject()) {
            return true;
        }
        error(field, "must be an object, got " + describe(value));
        return false;
    }

    boolean expectArray(JsonNode value, String field) {
        if (value.isArray()) {
            return true;
        }
        error(field, "must be an array, got " + describe(value));
        return false;
    }

    String requiredText(JsonNode object, String parent, String name, int maxLength) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            error(path(parent, name), name + " is required");
            return null;
        }
        String text = text(value, path(parent, name), maxLength);
        if (text != null && text.isEmpty()) {
            error(path(parent, name), name + " must not be empty");
            return null;
        }
        return text;
    }

    String optionalText(JsonNode object, String parent, String name, int maxLength) {
        JsonNode value = object.get(name);
        return value == null || value.isNull() ? null : text(value, path(parent, name), maxLength);
    }

    /** Reads a string field that may be absent but, when present, must not be empty. */
    String optionalNonEmptyText(JsonNode object, String parent, String name, int maxLength) {
        String text = optionalText(object, parent, name, maxLength);
        if (text != null && text.isEmpty()) {
            error(path(parent, name), name + " must not be empty when given");
            return null;
        }
        return text;
    }

    String text(JsonNode value, String field, int maxLength) {
        if (!value.isTextual()) {
            error(field, "must be a string, got " + describe(value));
            return null;
        }
        String text = value.textValue();
        if (text.length() > maxLength) {
            error(field, "must be at most " + maxLength + " characters, got " + text.length());
            return null;
        }
        if (hasInvisibleControl(text)) {
            error(field, "must not contain control characters or bidirectional overrides (they make text "
                    + "display differently from what it says)");
            return null;
        }
        return text;
    }

    private static boolean hasInvisibleControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bidiControl = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                    || c == '\u200E' || c == '\u200F' || c == '\u061C';
            if (Character.isISOControl(c) || bidiControl) {
                return true;
            }
        }
        return false;
    }

    Long optionalInteger(JsonNode object, String parent, String name, long min, long max) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        String field = path(parent, name);
        if (!value.isIntegralNumber()) {
            error(field, "must be a whole number from " + min + " to " + max + ", got " + show(value));
            return null;
        }
        if (!value.canConvertToLong() || value.asLong() < min || value.asLong() > max) {
            error(field, "must be from " + min + " to " + max + ", got " + show(value));
            return null;
        }
        return value.asLong();
    }

    /** Coordinates beyond this are a typo, not a layout: no canvas is a million units wide. */
    static final int MAX_COORDINATE = 1_000_000;

    Long requiredInteger(JsonNode object, String parent, String name, long min, long max) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            error(path(parent, name), name + " is required: a whole number from " + min + " to " + max);
            return null;
        }
        return optionalInteger(object, parent, name, min, max);
    }

    Boolean optionalBoolean(JsonNode object, String parent, String name) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            error(path(parent, name), "must be true or false, got " + describe(value));
            return null;
        }
        return value.booleanValue();
    }

    /** A positive number up to {@code max} with at most three decimals, kept exact. */
    BigDecimal requiredDecimal(JsonNode object, String parent, String name, BigDecimal max) {
        JsonNode value = object.get(name);
        String field = path(parent, name);
        if (value == null || value.isNull()) {
            error(field, name + " is required: a number above 0 and at most " + max.toPlainString());
            return null;
        }
        if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
            error(field, "must be a number, got " + describe(value));
            return null;
        }
        BigDecimal number = value.decimalValue().stripTrailingZeros();
        if (number.signum() <= 0 || number.compareTo(max) > 0) {
            error(field, "must be above 0 and at most " + max.toPlainString() + ", got " + show(value));
            return null;
        }
        if (number.scale() > 3) {
            error(field, "may have at most three decimals, got " + show(value));
            return null;
        }
        return value.decimalValue();
    }

    /** A string from a fixed list of choices; the message lists them. */
    String optionalChoice(JsonNode object, String parent, String name, List<String> choices) {
        String text = optionalText(object, parent, name, Integer.MAX_VALUE);
        if (text != null && !choices.contains(text)) {
            error(path(parent, name), name + " must be one of " + String.join(", ", choices) + ", got '"
                    + show(text) + "'");
            return null;
        }
        return text;
    }

    Double optionalNumber(JsonNode object, String parent, String name) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
            error(path(parent, name), "must be a finite number, got " + describe(value));
            return null;
        }
        if (Math.abs(value.asDouble()) > MAX_COORDINATE) {
            error(path(parent, name), "must be from -" + MAX_COORDINATE + " to " + MAX_COORDINATE + ", got "
                    + value.asText());
            return null;
        }
        return value.asDouble();
    }

    /** Names the JSON type of a value the way a message to a learner needs it. */
    static String describe(JsonNode value) {
        if (value.isTextual()) {
            return "a string (" + show(value) + ")";
        }
        if (value.isNumber()) {
            return "a number (" + value.asText() + ")";
        }
        if (value.isBoolean()) {
            return "a boolean (" + value.asText() + ")";
        }
        if (value.isArray()) {
            return "an array";
        }
        if (value.isObject()) {
            return "an object";
        }
        return "null";
    }

    /** The value as JSON, cut short so that a huge bad value cannot flood an error message. */
    static String show(JsonNode value) {
        String text = value.toString();
        return text.length() <= SHOWN_CHARS ? text : text.substring(0, SHOWN_CHARS) + "...";
    }

    static String show(String text) {
        return text.length() <= SHOWN_CHARS ? text : text.substring(0, SHOWN_CHARS) + "...";
    }
}
