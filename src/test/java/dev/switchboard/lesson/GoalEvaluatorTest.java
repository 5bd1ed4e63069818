package dev.switchboard.lesson;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.sim.Design;
import dev.switchboard.sim.DesignReader;
import dev.switchboard.sim.Simulator;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GoalEvaluatorTest {

    private static final ObjectMapper json = new ObjectMapper();

    @Test
    void aRequestGoalByMethodAndPathIsMetWhenStatusAndPoolAgree() throws Exception {
        Design lesson = lessonDesign();
        Goal goal = goal("""
                {"text": "users answered by USER_SERVICE", "request": {"method": "GET", "path": "/api/v1/users/profile"},
                 "status": 200, "answeredByPool": "USER_SERVICE", "passesThroughType": "gateway"}""");

        GoalResult result = evaluate(goal, lesson);

        assertTrue(result.met(), result.reason());
        assertTrue(result.reason().startsWith("GET /api/v1/users/profile was answered 200 by User Server"),
                result.reason());
    }

    @Test
    void aMissedGoalSaysWhatHappenedAndWhatWasExpected() throws Exception {
        Goal goal = goal("""
                {"text": "comments answered 200", "request": {"method": "GET", "path": "/api/v1/posts/list"},
                 "status": 404}""");

        GoalResult result = evaluate(goal, lessonDesign());

        assertFalse(result.met());
        assertEquals("GET /api/v1/posts/list was answered 200 by Post Server: Post Server handles /api/v1/posts: 200"
                + " — expected 404", result.reason());
    }

    @Test
    void aRequestNobodySentIsAMissWithItsReason() throws Exception {
        Goal goal = goal("{\"text\": \"me\", \"request\": {\"method\": \"GET\", \"path\": \"/api/v1/users/me\"}, "
                + "\"status\": 200}");

        GoalResult result = evaluate(goal, lessonDesign());

        assertFalse(result.met());
        assertEquals("No such request was sent: GET /api/v1/users/me", result.reason());
    }

    @Test
    void aGoalByIndexAndNodeIdChecksTheCheckpointWay() throws Exception {
        Goal goal = goal("{\"text\": \"second\", \"request\": 2, \"status\": 200, \"answeredBy\": \"users\"}");

        assertTrue(evaluate(goal, lessonDesign()).met());
    }

    @Test
    void metricGoalsOnADesignWithoutTrafficSayWhyTheyCannotBeMeasured() throws Exception {
        Goal p99 = goal("{\"text\": \"fast\", \"metric\": \"p99LatencyMs\", \"max\": 100}");
        Goal dropped = goal("{\"text\": \"nothing dropped\", \"metric\": \"dropped\", \"max\": 0}");

        assertFalse(evaluate(p99, lessonDesign()).met());
        assertTrue(evaluate(p99, lessonDesign()).reason().contains("no traffic"));
        assertTrue(evaluate(dropped, lessonDesign()).met());
    }

    @Test
    void aTrafficRunIsJudgedByItsMetrics() throws Exception {
        Design traffic = DesignReader.read("""
                {"version": 1, "nodes": [
                  {"id": "c", "type": "client", "name": "C",
                   "load": {"rps": 100, "durationSeconds": 2, "mix": [{"method": "GET", "path": "/a"}]}},
                  {"id": "s", "type": "server", "name": "S", "capacity": 1, "queue": 0, "latencyMs": 25}],
                 "links": [{"from": "c", "to": "s"}]}""");
        Goal nothingDropped = goal("{\"text\": \"no drops\", \"metric\": \"dropped\", \"max\": 0}");
        Goal busy = goal("{\"text\": \"busy\", \"metric\": \"serverUtilisation\", \"min\": 0.5}");

        GoalResult drops = evaluate(nothingDropped, traffic);

        assertFalse(drops.met(), drops.reason());
        assertTrue(drops.reason().startsWith("The number of requests dropped with 503 was "), drops.reason());
        assertTrue(evaluate(busy, traffic).met(), evaluate(busy, traffic).reason());
    }

    @Test
    void badlyDeclaredGoalsAreNamed() throws Exception {
        assertNotNull(goal("{\"text\": \"t\"}").problem());
        assertNotNull(goal("{\"text\": \"t\", \"metric\": \"speed\", \"max\": 1}").problem());
        assertNotNull(goal("{\"text\": \"t\", \"metric\": \"dropped\"}").problem());
        assertNotNull(goal("{\"text\": \"t\", \"request\": 0}").problem());
        assertNotNull(goal("{\"request\": 1}").problem());
        assertNull(goal("{\"text\": \"t\", \"request\": 1, \"status\": 200}").problem());
    }

    private static GoalResult evaluate(Goal goal, Design design) {
        List<GoalResult> results = GoalEvaluator.evaluate(List.of(goal), design, Simulator.run(design, 0));
        return results.get(0);
    }

    private static Goal goal(String text) throws Exception {
        return json.readValue(text, Goal.class);
    }

    private static Design lessonDesign() throws Exception {
        return DesignReader.read(Files.readString(Path.of("lessons", "api-gateways", "design.json")));
    }
}
