package dev.switchboard.lesson;

import dev.switchboard.sim.Design;
import dev.switchboard.sim.Frame;
import dev.switchboard.sim.Metrics;
import dev.switchboard.sim.Node;
import dev.switchboard.sim.RequestOutcome;
import dev.switchboard.sim.SimulationResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Judges goals against a design's simulation result, each with the reason it was met or missed. */
public final class GoalEvaluator {

    private GoalEvaluator() {
    }

    public static List<GoalResult> evaluate(List<Goal> goals, Design design, SimulationResult result) {
        List<GoalResult> results = new ArrayList<>();
        for (Goal goal : goals) {
            results.add(goal.isMetric() ? metric(goal, design, result) : request(goal, design, result));
        }
        return results;
    }

    public static boolean allMet(List<GoalResult> results) {
        return !results.isEmpty() && results.stream().allMatch(GoalResult::met);
    }

    private static GoalResult request(Goal goal, Design design, SimulationResult result) {
        Optional<RequestOutcome> found = find(goal, result);
        if (found.isEmpty()) {
            return new GoalResult(goal.text(), false, "No such request was sent: " + describe(goal.request()));
        }
        RequestOutcome outcome = found.get();
        Node answerer = design.node(outcome.answeredBy()).orElse(null);
        String happened = outcome.method() + " " + outcome.path() + " was answered " + outcome.status() + " by "
                + (answerer == null ? outcome.answeredBy() : answerer.name()) + decidingNote(outcome, result);

        String miss = firstMiss(goal, design, result, outcome, answerer);
        return new GoalResult(goal.text(), miss == null, miss == null ? happened : happened + " — " + miss);
    }

    /** What about the request differs from the goal, or null when nothing does. */
    private static String firstMiss(Goal goal, Design design, SimulationResult result, RequestOutcome outcome,
                                    Node answerer) {
        if (goal.status() != null && goal.status() != outcome.status()) {
            return "expected " + goal.status();
        }
        if (goal.answeredBy() != null && !goal.answeredBy().equals(outcome.answeredBy())) {
            return "expected an answer from " + nameOf(design, goal.answeredBy());
        }
        if (goal.answeredByName() != null && (answerer == null || !goal.answeredByName().equals(answerer.name()))) {
            return "expected an answer from " + goal.answeredByName();
        }
        if (goal.answeredByPool() != null && (answerer == null || !"server".equals(answerer.type())
                || !goal.answeredByPool().equals(answerer.pool()))) {
            return "expected an answer from a server of pool " + goal.answeredByPool();
        }
        if (goal.passesThrough() != null && !passes(result, outcome, node -> node.equals(goal.passesThrough()))) {
            return "expected it to pass through " + nameOf(design, goal.passesThrough());
        }
        if (goal.passesThroughType() != null && !passes(result, outcome, id -> design.node(id)
                .map(node -> node.type().equals(goal.passesThroughType())).orElse(false))) {
            return "expected it to pass through a " + goal.passesThroughType();
        }
        return null;
    }

    private static Optional<RequestOutcome> find(Goal goal, SimulationResult result) {
        List<RequestOutcome> outcomes = result.summary().outcomes();
        if (goal.request().isInt()) {
            int index = goal.request().asInt() - 1;
            return index < outcomes.size() ? Optional.of(outcomes.get(index)) : Optional.empty();
        }
        String method = goal.request().get("method").asText();
        String path = goal.request().get("path").asText();
        return outcomes.stream().filter(o -> o.method().equals(method) && o.path().equals(path)).findFirst();
    }

    private static boolean passes(SimulationResult result, RequestOutcome outcome,
                                  java.util.function.Predicate<String> node) {
        return result.frames().stream().filter(frame -> frame.requestId().equals(outcome.requestId()))
                .anyMatch(frame -> node.test(frame.from()) || node.test(frame.to()));
    }

    /** The note of the frame that decided the status, so the learner reads the rule that applied. */
    private static String decidingNote(RequestOutcome outcome, SimulationResult result) {
        return result.frames().stream()
                .filter(frame -> frame.requestId().equals(outcome.requestId()) && "response".equals(frame.kind()))
                .findFirst().map(Frame::note).map(note -> ": " + note).orElse("");
    }

    private static GoalResult metric(Goal goal, Design design, SimulationResult result) {
        OptionalDouble value = measure(goal.metric(), design, result);
        if (value.isEmpty()) {
            String why = result.metrics() == null ? "this design generates no traffic; give a client a load"
                    : "no server has a capacity, so none can be busy; give the servers a capacity";
            return new GoalResult(goal.text(), false, "The " + words(goal.metric()) + " cannot be measured: " + why);
        }
        double figure = value.getAsDouble();
        boolean underMax = goal.max() == null || figure <= goal.max();
        boolean overMin = goal.min() == null || figure >= goal.min();
        String bound = (goal.max() != null ? "at most " + show(goal.max()) : "")
                + (goal.max() != null && goal.min() != null ? " and " : "")
                + (goal.min() != null ? "at least " + show(goal.min()) : "");
        String reason = "The " + words(goal.metric()) + " was " + show(figure) + " (the goal: " + bound + ")";
        return new GoalResult(goal.text(), underMax && overMin, reason);
    }

    private static OptionalDouble measure(String metric, Design design, SimulationResult result) {
        Map<Integer, Integer> statuses = result.summary().statuses();
        Metrics metrics = result.metrics();
        return switch (metric) {
            case "dropped" -> OptionalDouble.of(statuses.getOrDefault(503, 0));
            case "errors" -> OptionalDouble.of(statuses.entrySet().stream().filter(entry -> entry.getKey() >= 300)
                    .mapToInt(Map.Entry::getValue).sum());
            case "p99LatencyMs" -> metrics == null ? OptionalDouble.empty() : metrics.nodes().stream()
                    .filter(node -> "client".equals(node.type()) && node.totals().p99() != null)
                    .mapToDouble(node -> node.totals().p99()).max();
            case "serverUtilisation" -> metrics == null ? OptionalDouble.empty() : metrics.nodes().stream()
                    .filter(node -> "server".equals(node.type()) && node.totals().utilisation() != null)
                    .mapToDouble(node -> node.totals().utilisation()).max();
            default -> OptionalDouble.empty();
        };
    }

    private static String words(String metric) {
        return switch (metric) {
            case "dropped" -> "number of requests dropped with 503";
            case "errors" -> "number of error answers";
            case "p99LatencyMs" -> "99th-percentile latency in ms";
            case "serverUtilisation" -> "busiest server's utilisation";
            default -> metric;
        };
    }

    private static String nameOf(Design design, String id) {
        return design.node(id).map(Node::name).orElse(id);
    }

    private static String describe(com.fasterxml.jackson.databind.JsonNode request) {
        return request.isInt() ? "request " + request.asInt()
                : request.path("method").asText() + " " + request.path("path").asText();
    }

    private static String show(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format("%.2f", value);
    }
}
