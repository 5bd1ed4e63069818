package dev.switchboard.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Servers going down during a live run, over real HTTP: the past stays, the frames after it route around. */
class IncidentApiTest {

    /** Ten requests 100 ms apart through a round-robin load balancer to three servers. */
    static final String BALANCED = """
            {"version": 1, "name": "Three servers", "nodes": [
              {"id": "client", "type": "client", "name": "Client", "requests": [%s]},
              {"id": "lb", "type": "loadbalancer", "name": "LB"},
              {"id": "a", "type": "server", "name": "A"}, {"id": "b", "type": "server", "name": "B"},
              {"id": "c", "type": "server", "name": "C"}],
             "links": [{"from": "client", "to": "lb"}, {"from": "lb", "to": "a"}, {"from": "lb", "to": "b"},
                       {"from": "lb", "to": "c"}]}""".formatted(String.join(", ",
            Collections.nCopies(10, "{\"method\": \"GET\", \"path\": \"/x\"}")));

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aServerTakenDownKeepsTheReleasedFramesAndLaterFramesAvoidIt() {
        String id = createRun();
        List<JsonNode> seen = new ArrayList<>();
        try (SseRecorder stream = SseRecorder.open(app.http(), app.url("/api/runs/" + id + "/events"))) {
            stream.next("status");
            for (int i = 0; i < 8; i++) {
                app.post("/api/runs/" + id + "/step");
                seen.add(parse(stream.next("frame").data()));
            }

            HttpResponse<String> response = app.post("/api/runs/" + id + "/incidents",
                    "{\"node\": \"b\", \"down\": true}");

            assertEquals(200, response.statusCode(), response.body());
            JsonNode body = TestApp.json(response);
            assertEquals(8, body.at("/status/position").asInt());
            assertEquals("b", body.at("/incidents/0/nodeId").asText());
            assertEquals(seen.get(7).get("time").asLong() + 1, body.at("/incidents/0/time").asLong());
            assertTrue(stream.next("status").data().contains("\"position\":8"));
        }

        List<JsonNode> all = framesOf(id);
        assertEquals(seen, all.subList(0, 8), "the frames watchers saw are unchanged");
        assertFalse(all.subList(8, all.size()).stream().anyMatch(frame -> "b".equals(frame.get("to").asText())),
                "no later frame goes to the down server");
    }

    @Test
    void aServerBroughtBackIsUsedAgain() {
        String id = createRun();
        app.post("/api/runs/" + id + "/incidents", "{\"node\": \"b\", \"down\": true}");
        for (int i = 0; i < 12; i++) {
            app.post("/api/runs/" + id + "/step");
        }

        HttpResponse<String> back = app.post("/api/runs/" + id + "/incidents", "{\"node\": \"b\", \"down\": false}");

        assertEquals(200, back.statusCode(), back.body());
        List<JsonNode> all = framesOf(id);
        assertFalse(all.subList(0, 12).stream().anyMatch(frame -> "b".equals(frame.get("to").asText())));
        assertTrue(all.subList(12, all.size()).stream().anyMatch(frame -> "b".equals(frame.get("to").asText())));
    }

    @Test
    void aBadBodyIsRefusedNamingTheField() {
        String id = createRun();

        assertRefused(app.post("/api/runs/" + id + "/incidents", "down please"), 400, "body");
        assertRefused(app.post("/api/runs/" + id + "/incidents", "{\"node\": \"b\"}"), 400, "down");
        assertRefused(app.post("/api/runs/" + id + "/incidents", "{\"node\": 3, \"down\": true}"), 400, "node");
        assertRefused(app.post("/api/runs/" + id + "/incidents", "{\"node\": \"b\", \"down\": true, \"at\": 5}"),
                400, "at");
    }

    @Test
    void anUnknownNodeOrAClientIsRefusedNamingTheNode() {
        String id = createRun();

        assertRefused(app.post("/api/runs/" + id + "/incidents", "{\"node\": \"zz\", \"down\": true}"), 400, "node");
        assertRefused(app.post("/api/runs/" + id + "/incidents", "{\"node\": \"client\", \"down\": true}"), 400,
                "node");
    }

    @Test
    void anIncidentThatWouldChangeNothingIsRefusedAndNotRecorded() {
        String id = createRun();
        assertEquals(200, app.post("/api/runs/" + id + "/incidents", "{\"node\": \"b\", \"down\": true}").statusCode());

        HttpResponse<String> again = app.post("/api/runs/" + id + "/incidents", "{\"node\": \"b\", \"down\": true}");
        HttpResponse<String> upAlready = app.post("/api/runs/" + id + "/incidents",
                "{\"node\": \"a\", \"down\": false}");

        assertRefused(again, 409, "down");
        assertTrue(again.body().contains("'b' is already down"), again.body());
        assertRefused(upAlready, 409, "down");
        assertTrue(upAlready.body().contains("'a' is already up"), upAlready.body());
        HttpResponse<String> back = app.post("/api/runs/" + id + "/incidents", "{\"node\": \"b\", \"down\": false}");
        assertEquals(2, TestApp.json(back).path("incidents").size(), "only the down and the return: " + back.body());
    }

    @Test
    void anUnknownRunGets404() {
        assertRefused(app.post("/api/runs/nope/incidents", "{\"node\": \"b\", \"down\": true}"), 404, "id");
    }

    @Test
    void aLoadOverTheCapIsRefusedForRunsAndSimulationsNamingTheClientsLoad() {
        String design = """
                {"version": 1, "nodes": [
                  {"id": "client", "type": "client", "name": "Client",
                   "load": {"rps": 1000, "durationSeconds": 201, "mix": [{"method": "GET", "path": "/x"}]}},
                  {"id": "a", "type": "server", "name": "A"}],
                 "links": [{"from": "client", "to": "a"}]}""";

        assertRefused(app.post("/api/runs", design), 400, "nodes[0].load");
        assertRefused(app.post("/api/simulate", design), 400, "nodes[0].load");
        assertEquals(201, app.post("/api/runs", design.replace("201", "2")).statusCode());
    }

    @Test
    void aTrafficRunAnswersItsMetrics() {
        String design = """
                {"version": 1, "nodes": [
                  {"id": "client", "type": "client", "name": "Client",
                   "load": {"rps": 50, "durationSeconds": 3, "mix": [{"method": "GET", "path": "/x"}]}},
                  {"id": "a", "type": "server", "name": "A", "capacity": 2}],
                 "links": [{"from": "client", "to": "a"}]}""";

        JsonNode run = TestApp.json(app.post("/api/runs", design));

        assertEquals(1000, run.at("/metrics/windowMs").asLong());
        assertEquals("a", run.at("/metrics/nodes/1/node").asText());
        assertTrue(run.at("/metrics/nodes/1/windows").size() >= 3);
        assertTrue(TestApp.json(app.post("/api/runs", TestApp.lessonDesign())).path("metrics").isMissingNode());
    }

    private static String createRun() {
        HttpResponse<String> response = app.post("/api/runs?speed=4", BALANCED);
        assertEquals(201, response.statusCode(), response.body());
        return TestApp.json(response).get("id").asText();
    }

    /** Every frame of the run as a new watcher receives it, after stepping the run to its end. */
    private static List<JsonNode> framesOf(String id) {
        int total = TestApp.json(app.get("/api/runs/" + id)).get("total").asInt();
        while (TestApp.json(app.get("/api/runs/" + id)).get("position").asInt() < total) {
            app.post("/api/runs/" + id + "/step");
        }
        List<JsonNode> frames = new ArrayList<>();
        try (SseRecorder stream = SseRecorder.open(app.http(), app.url("/api/runs/" + id + "/events"))) {
            for (int i = 0; i < total; i++) {
                frames.add(parse(stream.next("frame").data()));
            }
        }
        return frames;
    }

    private static void assertRefused(HttpResponse<String> response, int status, String field) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(field, TestApp.json(response).at("/errors/0/field").asText(), response.body());
    }

    private static JsonNode parse(String json) {
        try {
            return TestApp.JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
