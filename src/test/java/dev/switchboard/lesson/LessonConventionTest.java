package dev.switchboard.lesson;

import dev.switchboard.sim.RequestOutcome;
import dev.switchboard.sim.SimulationResult;
import dev.switchboard.sim.Simulator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Conventions every lesson in lessons/ must keep; cheap checks that catch a whole class of drift. */
class LessonConventionTest {

    private static final Pattern REFERENCE_LINK = Pattern.compile("href=\"/(glossary|status)/([^\"]+)\"");

    private static LibraryLoader loader;
    private static Library library;

    @BeforeAll
    static void loadTheRealLessons() {
        loader = new LibraryLoader();
        library = loader.load(Path.of("lessons"));
    }

    @Test
    void everyLessonFolderLoadsWithoutAProblem() {
        assertEquals(List.of(), loader.problems());
        assertTrue(library.lesson("api-gateways").isPresent());
    }

    @TestFactory
    Stream<DynamicTest> everyCheckpointProducesTheOutcomeItDeclares() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Lesson lesson : library.lessons()) {
            for (Checkpoint checkpoint : lesson.checkpoints()) {
                tests.add(DynamicTest.dynamicTest(lesson.slug() + ": " + checkpoint.id(), () -> {
                    assertFalse(checkpoint.expect().isEmpty(), "a checkpoint says what the learner will see");
                    List<GoalResult> results = GoalEvaluator.evaluate(checkpoint.expect(), checkpoint.design(),
                            Simulator.run(checkpoint.design(), 0));
                    results.forEach(result -> assertTrue(result.met(), result.text() + ": " + result.reason()));
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyExerciseSolutionMeetsEveryGoalAndItsStartMissesOne() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Lesson lesson : library.lessons()) {
            Exercise exercise = lesson.exercise();
            if (exercise == null) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(lesson.slug() + ": solution", () -> {
                List<GoalResult> results = GoalEvaluator.evaluate(exercise.goals(), exercise.solution(),
                        Simulator.run(exercise.solution(), 0));
                results.forEach(result -> assertTrue(result.met(), result.text() + ": " + result.reason()));
            }));
            tests.add(DynamicTest.dynamicTest(lesson.slug() + ": start", () -> {
                List<GoalResult> results = GoalEvaluator.evaluate(exercise.goals(), exercise.start(),
                        runOrEmpty(exercise.start()));
                assertFalse(GoalEvaluator.allMet(results), "the starting design must miss at least one goal");
            }));
        }
        return tests.stream();
    }

    /** A starting design may be unable to run at all (no links yet): then no request was answered. */
    private static SimulationResult runOrEmpty(dev.switchboard.sim.Design design) {
        return Simulator.run(design, 0);
    }

    @TestFactory
    Stream<DynamicTest> everyGlossaryAndStatusLinkInALessonLeadsToAnEntry() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Lesson lesson : library.lessons()) {
            for (String link : referenceLinks(lesson)) {
                tests.add(DynamicTest.dynamicTest(lesson.slug() + " → " + link, () -> {
                    String[] parts = link.split("/");
                    boolean exists = parts[0].equals("glossary")
                            ? library.term(parts[1]).isPresent()
                            : library.statusCode(parts[1]).isPresent();
                    assertTrue(exists, link + " has a page");
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void theCourseHasEightLessonsEachWithACheckpointAPredictionAndAnExercise() {
        assertTrue(library.lessons().size() >= 8, "lessons: " + library.lessons().size());
        for (Lesson lesson : library.lessons()) {
            assertFalse(lesson.checkpoints().isEmpty(), lesson.slug() + " has a checkpoint");
            assertTrue(lesson.checkpoints().stream().anyMatch(checkpoint -> checkpoint.predict() != null),
                    lesson.slug() + " asks for a prediction");
            assertNotNull(lesson.exercise(), lesson.slug() + " has an exercise");
        }
    }

    @Test
    void everyStatusTheSimulatorCanAnswerHasAPage() {
        for (int code : new int[] {200, 400, 401, 403, 404, 405, 429, 503, 504, 508}) {
            assertTrue(library.statusCode(String.valueOf(code)).isPresent(), "a page for " + code);
        }
    }

    @Test
    void theLessonsDesignRunsCleanlyWithEveryRequestAnswered200() {
        Lesson lesson = library.lesson("api-gateways").orElseThrow();

        SimulationResult result = Simulator.run(lesson.design(), 0);

        assertEquals(12, result.frames().size());
        assertEquals(List.of("posts", "users", "posts"),
                result.summary().outcomes().stream().map(RequestOutcome::answeredBy).toList());
        result.summary().outcomes().forEach(outcome -> assertEquals(200, outcome.status()));
    }

    @Test
    void theApiGatewayLessonCoversEveryPointOfItsSpecification() {
        Lesson lesson = library.lesson("api-gateways").orElseThrow();
        String text = allHtml(lesson);

        for (String point : List.of("/api/v1/posts/list", "/api/v1/users/profile", "Post Server", "User Server",
                "microservices", "authentication", "rate limit", "logging", "Routing", "Security",
                "Load balancing", "longest", "404", "405", "POST_SERVICE", "USER_SERVICE", "pool",
                "/api/v1/users/me", "User Server", "Open Interactive Sandbox", "href=\"/sandbox\"")) {
            assertTrue(text.contains(point), "the lesson mentions " + point);
        }
        assertTrue(lesson.blocks().stream().anyMatch(block -> block instanceof LessonBlock.RoutingTable));
        assertTrue(lesson.blocks().stream().anyMatch(block -> block instanceof LessonBlock.CheckpointBox));
    }

    private static String allHtml(Lesson lesson) {
        StringBuilder html = new StringBuilder();
        lesson.blocks().forEach(block -> {
            if (block instanceof LessonBlock.Prose prose) {
                html.append(prose.html());
            }
        });
        return html.toString();
    }

    private static List<String> referenceLinks(Lesson lesson) {
        List<String> links = new ArrayList<>();
        Matcher matcher = REFERENCE_LINK.matcher(allHtml(lesson));
        while (matcher.find()) {
            links.add(matcher.group(1) + "/" + matcher.group(2));
        }
        return links.stream().distinct().toList();
    }
}
