package dev.switchboard.lesson;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Something a learner's design must do, declared in a lesson's files and checked against a simulation result.
 * A request goal names a request (a 1-based index in sending order, or {@code {"method", "path"}}) and what must
 * happen to it; a metric goal bounds a figure of a traffic run. The same goals check checkpoints and grade
 * exercises.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Goal(
        String text,
        JsonNode request,
        Integer status,
        String answeredBy,
        String answeredByName,
        String answeredByPool,
        String passesThrough,
        String passesThroughType,
        String metric,
        Double max,
        Double min) {

    /** The figures a metric goal may bound. */
    public static final java.util.List<String> METRICS =
            java.util.List.of("dropped", "errors", "p99LatencyMs", "serverUtilisation");

    public boolean isMetric() {
        return metric != null;
    }

    /** What is wrong with the goal's own declaration, or null when it can be evaluated. */
    String problem() {
        if (text == null || text.isBlank()) {
            return "every goal needs a 'text' saying how it reads to the learner";
        }
        if (isMetric() == (request != null)) {
            return "goal '" + text + "' needs either 'request' or 'metric', not both or neither";
        }
        if (isMetric() && !METRICS.contains(metric)) {
            return "goal '" + text + "' has metric '" + metric + "'; known metrics: " + String.join(", ", METRICS);
        }
        if (isMetric() && max == null && min == null) {
            return "goal '" + text + "' bounds nothing: give 'max' or 'min'";
        }
        if (!isMetric() && !(request.isInt() && request.asInt() >= 1)
                && !(request.isObject() && request.hasNonNull("method") && request.hasNonNull("path"))) {
            return "goal '" + text + "' must name its request as a number from 1 or as {\"method\", \"path\"}";
        }
        return null;
    }
}
