package dev.switchboard.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /api/simulate over real HTTP, with every case of the shared routing cases file. */
class SimulateApiTest {

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
    void theLessonDesignGivesTwelveFramesAndThreeAnswers() {
        HttpResponse<String> response = app.post("/api/simulate", TestApp.lessonDesign());

        assertEquals(200, response.statusCode());
        JsonNode body = TestApp.json(response);
        JsonNode frames = body.get("frames");
        assertEquals(12, frames.size());
        JsonNode first = frames.get(0);
        assertEquals(1, first.get("seq").asInt());
        assertEquals("request", first.get("kind").asText());
        assertEquals("client", first.get("from").asText());
        assertEquals("gateway", first.get("to").asText());
        assertTrue(first.has("status") && first.get("status").isNull(), "request frames carry status null");
        assertEquals(3, body.at("/summary/statuses/200").asInt());
    }

    @Test
    void aSeedIsAcceptedAndTheSameSeedGivesTheSameFrames() {
        String first = app.post("/api/simulate?seed=42", TestApp.lessonDesign()).body();
        String second = app.post("/api/simulate?seed=42", TestApp.lessonDesign()).body();

        assertEquals(first, second);
    }

    @TestFactory
    Stream<DynamicTest> everyRoutingCaseGivesItsExpectedStatusNodeAndFrameCount() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode routingCase : cases().get("cases")) {
            tests.add(DynamicTest.dynamicTest(routingCase.get("id").asText(), () -> checkCase(routingCase)));
        }
        for (JsonNode bad : cases().get("badDocuments")) {
            tests.add(DynamicTest.dynamicTest("bad document " + bad.get("id").asText(), () -> checkBad(bad)));
        }
        return tests.stream();
    }

    private static void checkCase(JsonNode routingCase) {
        HttpResponse<String> response = app.post("/api/simulate", routingCase.get("design").toString());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = TestApp.json(response);
        JsonNode frames = body.get("frames");
        JsonNode expected = routingCase.get("expect");

        List<String> requestIds = requestIdsInSendingOrder(frames);
        assertEquals(expected.size(), requestIds.size(), "number of requests");
        for (int i = 0; i < expected.size(); i++) {
            String requestId = requestIds.get(i);
            List<JsonNode> journey = new ArrayList<>();
            frames.forEach(frame -> {
                if (frame.get("requestId").asText().equals(requestId)) {
                    journey.add(frame);
                }
            });
            JsonNode last = journey.get(journey.size() - 1);
            JsonNode want = expected.get(i);
            assertEquals(want.get("frames").asInt(), journey.size(), "frames of request " + (i + 1));
            assertEquals(want.get("status").asInt(), last.get("status").asInt(), "status of request " + (i + 1));
            assertEquals("client", last.get("to").asText(), "the last frame returns to the client");
            assertEquals(want.get("answeredBy").asText(), answeredBy(journey), "answeredBy of request " + (i + 1));
        }
    }

    /** The node that decided the status: the sender of the first response frame. */
    private static String answeredBy(List<JsonNode> journey) {
        return journey.stream().filter(frame -> frame.get("kind").asText().equals("response"))
                .findFirst().orElseThrow().get("from").asText();
    }

    private static List<String> requestIdsInSendingOrder(JsonNode frames) {
        List<String> ids = new ArrayList<>();
        frames.forEach(frame -> {
            String id = frame.get("requestId").asText();
            if (!ids.contains(id)) {
                ids.add(id);
            }
        });
        return ids;
    }

    private static void checkBad(JsonNode bad) {
        HttpResponse<String> response = app.post("/api/simulate", bad.get("design").toString());
        assertEquals(bad.get("status").asInt(), response.statusCode(), response.body());
        JsonNode errors = TestApp.json(response).get("errors");
        String wanted = bad.get("fieldContains").asText();
        boolean named = false;
        for (JsonNode error : errors) {
            named |= error.get("field").asText().contains(wanted) && !error.get("message").asText().isBlank();
        }
        assertTrue(named, "an error names a field containing '" + wanted + "': " + errors);
    }

    @Test
    void aResponseFrameCarriesItsStatusAndARequestFrameNone() {
        JsonNode frames = TestApp.json(app.post("/api/simulate", TestApp.lessonDesign())).get("frames");

        frames.forEach(frame -> {
            if (frame.get("kind").asText().equals("request")) {
                assertNull(frame.get("status").numberValue());
            } else {
                assertTrue(frame.get("status").isInt());
            }
            assertTrue(frame.get("note").asText().length() > 10, "every frame explains itself");
        });
    }

    private static JsonNode cases() throws IOException {
        try (InputStream in = SimulateApiTest.class.getResourceAsStream("/cases/gateway-routing.json")) {
            return TestApp.JSON.readTree(in);
        }
    }
}
