package dev.switchboard.lesson;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lint command on the real lessons and on broken ones, one kind of mistake at a time. */
class LintTest {

    @TempDir
    Path root;

    @Test
    void theRealLessonsPassTheLint() {
        Output output = lint(Path.of("lessons"));

        assertEquals(0, output.code(), output.text());
        assertTrue(output.text().contains("problems") || output.text().contains("problem"), output.text());
    }

    @Test
    void aMissingFolderIsReported() {
        Output output = lint(root.resolve("nowhere"));

        assertEquals(1, output.code());
        assertTrue(output.text().contains("nowhere:1: no such folder"), output.text());
    }

    @Test
    void aCheckpointWhoseExpectationDoesNotHoldIsReportedWithTheReason() throws IOException {
        copyLesson();
        Path checkpoints = root.resolve("api-gateways/checkpoints.json");
        Files.writeString(checkpoints, Files.readString(checkpoints).replaceFirst("\"status\": 405", "\"status\": 404"));

        Output output = lint(root);

        assertEquals(1, output.code());
        int entry = lineContaining(checkpoints, "\"text\": \"GET /api/v1/posts/list reaches") - 1;
        assertTrue(output.text().contains("checkpoints.json:" + entry + ": checkpoint 'misconfigure-routes': expected"),
                "the problem points at the goal's own entry: " + output.text());
        assertTrue(output.text().contains("expected 404"), output.text());
    }

    @Test
    void aFrontMatterMistakeIsReportedAtItsOwnLine() throws IOException {
        copyLesson();
        Path text = root.resolve("api-gateways/lesson.md");
        Files.writeString(text, Files.readString(text).replaceFirst("(?m)^order: .*$", "order: soon"));

        Output output = lint(root);

        assertEquals(1, output.code());
        int line = lineContaining(text, "order: soon");
        assertTrue(line > 1);
        assertTrue(output.text().contains("api-gateways/lesson.md:" + line + ": front matter needs 'order' as a whole"
                + " number"), output.text());
    }

    @Test
    void aBrokenDesignIsReportedAsFileLineMessage() throws IOException {
        copyLesson();
        Path design = root.resolve("api-gateways/design.json");
        Files.writeString(design, Files.readString(design).replace("\"type\": \"gateway\"", "\"type\": \"router\""));

        Output output = lint(root);

        assertEquals(1, output.code());
        int line = lineContaining(design, "\"router\"");
        assertTrue(line > 1);
        assertTrue(output.text().contains("api-gateways/design.json:" + line + ": nodes[1].type"), output.text());
        assertTrue(output.text().contains("0 lessons checked"), output.text());
    }

    @Test
    void anExerciseWhoseStartAlreadyMeetsEveryGoalIsReported() throws IOException {
        copyLesson();
        String design = Files.readString(root.resolve("api-gateways/design.json"));
        Files.writeString(root.resolve("api-gateways/exercise.json"), """
                {"title": "Nothing to do", "instructions": "x",
                 "start": %s, "solution": %s,
                 "goals": [{"text": "posts are answered", "request": {"method": "GET", "path": "/api/v1/posts/list"},
                            "status": 200}]}""".formatted(design, design));

        Output output = lint(root);

        assertEquals(1, output.code());
        assertTrue(output.text().contains("exercise.json:2: the start design already meets every goal"),
                "the problem points at the start design: " + output.text());
    }

    @Test
    void anExerciseWithAnUnknownMetricIsReported() throws IOException {
        copyLesson();
        String design = Files.readString(root.resolve("api-gateways/design.json"));
        Files.writeString(root.resolve("api-gateways/exercise.json"), """
                {"title": "x", "instructions": "x", "start": %s, "solution": %s,
                 "goals": [{"text": "fast", "metric": "speed", "max": 1}]}""".formatted(design, design));

        Output output = lint(root);

        assertEquals(1, output.code());
        assertTrue(output.text().contains("has metric 'speed'"), output.text());
    }

    @Test
    void everyInvalidFieldOfADesignIsReportedAtItsOwnLine() throws IOException {
        copyLesson();
        Path design = root.resolve("api-gateways/design.json");
        Files.writeString(design, Files.readString(design).replace("\"type\": \"gateway\"", "\"type\": \"router\"")
                .replace("\"POST_SERVICE\"", "4242"));

        Output output = lint(root);

        assertTrue(output.text().contains("design.json:" + lineContaining(design, "\"router\"") + ": nodes[1].type"),
                output.text());
        assertTrue(output.text().contains("design.json:" + lineContaining(design, "\"pool\": 4242,") + ": nodes[2].pool"),
                output.text());
    }

    private static int lineContaining(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " is not in " + file);
    }

    private void copyLesson() throws IOException {
        Path target = Files.createDirectories(root.resolve("api-gateways"));
        for (String file : new String[] {"lesson.md", "design.json", "checkpoints.json"}) {
            Files.copy(Path.of("lessons", "api-gateways", file), target.resolve(file));
        }
        Files.deleteIfExists(target.resolve("exercise.json"));
    }

    private static Output lint(Path folder) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = Lint.run(folder, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Output(code, bytes.toString(StandardCharsets.UTF_8));
    }

    private record Output(int code, String text) {
    }
}
