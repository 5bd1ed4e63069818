package dev.switchboard.lesson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.sim.Design;
import dev.switchboard.sim.DesignReader;
import dev.switchboard.sim.InvalidDesignException;
import dev.switchboard.sim.Node;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads one lesson folder: {@code lesson.md}, {@code design.json} and the optional {@code checkpoints.json}. */
final class LessonReader {

    private static final Pattern DIRECTIVE = Pattern.compile("^:::\\s*([a-z-]+)\\s+(\\S+)\\s*$");
    private static final ObjectMapper json = new ObjectMapper();

    private final Markdown markdown;

    LessonReader(Markdown markdown) {
        this.markdown = markdown;
    }

    Lesson read(Path folder) {
        Path textFile = folder.resolve("lesson.md");
        FrontMatter page = FrontMatter.parse(textFile, LibraryLoader.read(textFile));
        JsonNode designDocument = readJson(folder.resolve("design.json"));
        Design design = validDesign(folder.resolve("design.json"), designDocument);
        List<Checkpoint> checkpoints = readCheckpoints(folder.resolve("checkpoints.json"), designDocument);
        Exercise exercise = readExercise(folder.resolve("exercise.json"));

        return new Lesson(
                slugOf(folder),
                page.requiredText(textFile, "title"),
                page.requiredText(textFile, "summary"),
                page.requiredNumber(textFile, "order"),
                page.requiredNumber(textFile, "minutes"),
                blocks(textFile, page, design, checkpoints),
                design,
                checkpoints,
                exercise);
    }

    private Exercise readExercise(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        ExerciseSpec spec = bind(file, ExerciseSpec.class);
        if (spec.title() == null || spec.start() == null || spec.solution() == null || spec.goals() == null
                || spec.goals().isEmpty()) {
            throw new LessonException(file, "an exercise needs a title, a start design, a solution and goals");
        }
        checkGoals(file, spec.goals());
        return new Exercise(spec.title(), markdown.render(spec.instructions() == null ? "" : spec.instructions()),
                designIn(file, "start", spec.start()), designIn(file, "solution", spec.solution()), spec.goals());
    }

    private static Design designIn(Path file, String which, JsonNode document) {
        try {
            return DesignReader.read(document);
        } catch (InvalidDesignException e) {
            JsonLines lines = new JsonLines(LibraryLoader.read(file));
            throw new LessonException(e.errors().stream()
                    .map(error -> file + ":" + lines.lineOf(which + "." + error.field()) + ": the " + which
                            + " design: " + error.field() + ": " + error.message())
                    .toList());
        }
    }

    static void checkGoals(Path file, List<Goal> goals) {
        for (Goal goal : goals) {
            String problem = goal.problem();
            if (problem != null) {
                throw new LessonException(file, problem);
            }
        }
    }

    /** Splits the Markdown body at directive lines, which become live components between the prose. */
    private List<LessonBlock> blocks(Path file, FrontMatter page, Design design, List<Checkpoint> checkpoints) {
        List<LessonBlock> blocks = new ArrayList<>();
        StringBuilder prose = new StringBuilder();
        String[] lines = page.body().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher directive = DIRECTIVE.matcher(lines[i].strip());
            if (!directive.matches()) {
                prose.append(lines[i]).append('\n');
                continue;
            }
            flushProse(prose, blocks);
            int line = page.bodyStartLine() + i;
            blocks.add(component(file, line, directive.group(1), directive.group(2), design, checkpoints));
        }
        flushProse(prose, blocks);
        return List.copyOf(blocks);
    }

    private LessonBlock component(Path file, int line, String kind, String argument, Design design,
                                  List<Checkpoint> checkpoints) {
        return switch (kind) {
            case "routing-table" -> routingTable(file, line, argument, design);
            case "checkpoint" -> new LessonBlock.CheckpointBox(checkpoints.stream()
                    .filter(checkpoint -> checkpoint.id().equals(argument))
                    .findFirst()
                    .orElseThrow(() -> new LessonException(file, line,
                            "no checkpoint '" + argument + "' in checkpoints.json")));
            default -> throw new LessonException(file, line,
                    "unknown directive '" + kind + "' (known: routing-table, checkpoint)");
        };
    }

    private static LessonBlock routingTable(Path file, int line, String gatewayId, Design design) {
        Node gateway = design.node(gatewayId)
                .filter(node -> node.type().equals("gateway"))
                .orElseThrow(() -> new LessonException(file, line,
                        "routing-table names '" + gatewayId + "', which is not a gateway of design.json"));
        return new LessonBlock.RoutingTable(gateway.id(), gateway.name(),
                gateway.routes() == null ? List.of() : gateway.routes(), null);
    }

    private void flushProse(StringBuilder prose, List<LessonBlock> blocks) {
        if (!prose.toString().isBlank()) {
            blocks.add(new LessonBlock.Prose(markdown.render(prose.toString())));
        }
        prose.setLength(0);
    }

    private List<Checkpoint> readCheckpoints(Path file, JsonNode baseDesign) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        CheckpointFile declared = bind(file, CheckpointFile.class);
        List<Checkpoint> checkpoints = new ArrayList<>();
        for (CheckpointSpec spec : declared.checkpoints()) {
            checkpoints.add(spec.toCheckpoint(file, applyChanges(file, baseDesign, spec), markdown));
        }
        return List.copyOf(checkpoints);
    }

    /** Applies a checkpoint's changes to a copy of the lesson's design document and validates the result. */
    private static Design applyChanges(Path file, JsonNode baseDesign, CheckpointSpec spec) {
        ObjectNode changed = baseDesign.deepCopy();
        for (Change change : spec.changes()) {
            ObjectNode node = findNode(changed, change.node()).orElseThrow(() -> new LessonException(file,
                    "checkpoint '" + spec.id() + "' changes node '" + change.node() + "', which the design lacks"));
            change.set().forEach(node::set);
        }
        try {
            return DesignReader.read(changed);
        } catch (InvalidDesignException e) {
            throw new LessonException(file, "checkpoint '" + spec.id() + "' makes an invalid design: "
                    + describe(e));
        }
    }

    private static java.util.Optional<ObjectNode> findNode(ObjectNode design, String id) {
        for (JsonNode node : design.path("nodes")) {
            if (node.isObject() && id.equals(node.path("id").asText())) {
                return java.util.Optional.of((ObjectNode) node);
            }
        }
        return java.util.Optional.empty();
    }

    /** The design, or every invalid field reported at its own line of the file. */
    private static Design validDesign(Path file, JsonNode document) {
        try {
            return DesignReader.read(document);
        } catch (InvalidDesignException e) {
            JsonLines lines = new JsonLines(LibraryLoader.read(file));
            throw new LessonException(e.errors().stream()
                    .map(error -> file + ":" + lines.lineOf(error.field()) + ": " + error.field() + ": "
                            + error.message())
                    .toList());
        }
    }

    private static String describe(InvalidDesignException e) {
        return e.errors().stream()
                .map(error -> error.field() + ": " + error.message())
                .collect(Collectors.joining("; "));
    }

    private static JsonNode readJson(Path file) {
        try {
            return json.readTree(LibraryLoader.read(file));
        } catch (JsonProcessingException e) {
            throw new LessonException(file, e.getLocation().getLineNr(), "not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static <T> T bind(Path file, Class<T> type) {
        try {
            return json.readValue(LibraryLoader.read(file), type);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            throw new LessonException(file, line, e.getOriginalMessage());
        }
    }

    private static String slugOf(Path folder) {
        return folder.getFileName().toString().replace("/", "");
    }

    /** The shape of {@code checkpoints.json}; unknown fields are refused so a typo cannot pass silently. */
    private record CheckpointFile(List<CheckpointSpec> checkpoints) {
    }

    private record Change(String node, Map<String, JsonNode> set) {
    }

    private record CheckpointSpec(String id, String title, String subtitle, String description,
                                  List<Change> changes, List<Goal> expect, String explanation,
                                  Checkpoint.Predict predict) {

        Checkpoint toCheckpoint(Path file, Design design, Markdown markdown) {
            if (id == null || title == null || changes == null || changes.isEmpty()) {
                throw new LessonException(file, "every checkpoint needs an id, a title and at least one change");
            }
            List<Goal> goals = expect == null ? List.of() : expect.stream().map(CheckpointSpec::withText).toList();
            checkGoals(file, goals);
            return new Checkpoint(id, title, subtitle == null ? "" : subtitle,
                    markdown.render(description == null ? "" : description),
                    markdown.render(explanation == null ? "" : explanation),
                    goals, predict, design);
        }

        /** A checkpoint's expectation may leave out its text; one is made from what it checks. */
        private static Goal withText(Goal goal) {
            if (goal.text() != null) {
                return goal;
            }
            String text = "request " + goal.request() + (goal.status() == null ? "" : " ends with " + goal.status())
                    + (goal.answeredBy() == null ? "" : " from " + goal.answeredBy());
            return new Goal(text, goal.request(), goal.status(), goal.answeredBy(), goal.answeredByName(),
                    goal.answeredByPool(), goal.passesThrough(), goal.passesThroughType(), goal.metric(),
                    goal.max(), goal.min());
        }
    }

    /** The shape of {@code exercise.json}. */
    private record ExerciseSpec(String title, String instructions, JsonNode start, JsonNode solution,
                                List<Goal> goals) {
    }
}
