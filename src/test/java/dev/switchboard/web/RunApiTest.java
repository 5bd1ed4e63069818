package dev.switchboard.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Live runs over real HTTP and a real Server-Sent Events stream. */
class RunApiTest {

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
    void aNewRunIsPausedAndKnowsItsTotal() {
        JsonNode run = createRun("4");

        assertEquals("paused", run.at("/status/state").asText());
        assertEquals(12, run.at("/status/total").asInt());
        assertEquals(0, run.at("/status/position").asInt());
    }

    @Test
    void playingStreamsAllTwelveFramesInOrderThenAFinalEndEvent() {
        JsonNode run = createRun("4");
        try (SseRecorder stream = SseRecorder.open(app.http(), app.url(events(run)))) {
            stream.next("status");
            app.post(control(run, "play"));

            for (int seq = 1; seq <= 12; seq++) {
                SseRecorder.Event frame = stream.next("frame");
                assertEquals(String.valueOf(seq), frame.id());
                assertEquals(seq, parse(frame.data()).get("seq").asInt());
            }
            JsonNode end = parse(stream.next("end").data());
            assertEquals(3, end.get("requests").asInt());
        }
    }

    @Test
    void stepReleasesExactlyOneFrameAndPauseStopsTheStream() {
        JsonNode run = createRun("4");
        try (SseRecorder stream = SseRecorder.open(app.http(), app.url(events(run)))) {
            stream.next("status");

            JsonNode afterStep = TestApp.json(app.post(control(run, "step")));
            assertEquals(1, afterStep.get("position").asInt());
            assertEquals("1", stream.next("frame").id());
            assertEquals("paused", afterStep.get("state").asText());

            app.post(control(run, "play"));
            stream.next("frame");
            JsonNode paused = TestApp.json(app.post(control(run, "pause")));
            int position = paused.get("position").asInt();
            List<SseRecorder.Event> afterPause = stream.drain(Duration.ofMillis(1500));

            long framesAfterPause = afterPause.stream().filter(event -> event.name().equals("frame")).count();
            assertEquals(0, framesAfterPause, "no frame after pause");
            assertEquals(position, TestApp.json(app.get("/api/runs/" + run.get("id").asText()))
                    .get("position").asInt());
            assertTrue(position < 12);
        }
    }

    @Test
    void aReconnectWithLastEventIdResumesWithTheNextFrame() {
        JsonNode run = createRun("4");
        for (int i = 0; i < 5; i++) {
            app.post(control(run, "step"));
        }

        try (SseRecorder resumed = SseRecorder.resume(app.http(), app.url(events(run)), "3")) {
            assertEquals("4", resumed.next("frame").id());
            assertEquals("5", resumed.next("frame").id());
            resumed.next("status");
            app.post(control(run, "step"));
            assertEquals("6", resumed.next("frame").id());
        }
    }

    @Test
    void restartTellsWatchersToForgetAndPlaysFromTheFirstFrame() {
        JsonNode run = createRun("4");
        app.post(control(run, "step"));
        app.post(control(run, "step"));
        try (SseRecorder stream = SseRecorder.open(app.http(), app.url(events(run)))) {
            stream.next("status");

            app.post(control(run, "restart"));

            stream.next("restart");
            assertEquals("1", stream.next("frame").id());
        }
    }

    @Test
    void speedIsCheckedAndReported() {
        JsonNode run = createRun("1");

        HttpResponse<String> ok = app.post(control(run, "speed"), "{\"speed\": 2}");
        assertEquals(200, ok.statusCode());
        assertEquals(2.0, TestApp.json(ok).get("speed").asDouble());

        HttpResponse<String> tooFast = app.post(control(run, "speed"), "{\"speed\": 10}");
        assertEquals(400, tooFast.statusCode());
        assertEquals("speed", TestApp.json(tooFast).at("/errors/0/field").asText());

        HttpResponse<String> notJson = app.post(control(run, "speed"), "fast please");
        assertEquals(400, notJson.statusCode());

        assertEquals(400, app.post("/api/runs?speed=0.1", TestApp.lessonDesign()).statusCode());
    }

    @Test
    void anUnknownRunGets404EverywhereIncludingItsStream() {
        assertEquals(404, app.get("/api/runs/nope").statusCode());
        assertEquals(404, app.post("/api/runs/nope/play").statusCode());
        assertEquals(404, app.post("/api/runs/nope/step").statusCode());
        HttpResponse<String> stream = app.send(HttpRequest.newBuilder(URI.create(app.url("/api/runs/nope/events")))
                .header("Accept", "text/event-stream").GET().build());
        assertEquals(404, stream.statusCode());
        BadInputTest.assertHasNamedError(stream);
    }

    @Test
    void aStreamAskedForWithoutTheEventStreamTypeIsRefusedWithAReason() {
        JsonNode run = createRun("1");

        HttpResponse<String> response = app.get(events(run));

        assertEquals(406, response.statusCode());
        assertEquals("Accept", TestApp.json(response).at("/errors/0/field").asText());
    }

    @Test
    void aDeletedRunIsGone() {
        JsonNode run = createRun("1");
        String path = "/api/runs/" + run.get("id").asText();

        HttpResponse<String> deleted = app.send(HttpRequest.newBuilder(URI.create(app.url(path))).DELETE().build());

        assertEquals(204, deleted.statusCode());
        assertEquals(404, app.get(path).statusCode());
    }

    private static JsonNode createRun(String speed) {
        HttpResponse<String> response = app.post("/api/runs?speed=" + speed, TestApp.lessonDesign());
        assertEquals(201, response.statusCode(), response.body());
        return TestApp.json(response);
    }

    private static String events(JsonNode run) {
        return run.get("events").asText();
    }

    private static String control(JsonNode run, String action) {
        return "/api/runs/" + run.get("id").asText() + "/" + action;
    }

    private static JsonNode parse(String json) {
        try {
            return TestApp.JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
