package dev.switchboard.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Garbage in gets a clear 4xx that names the field and the reason; never a 500. */
class BadInputTest {

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "{", "[]", "42", "null", "\"a string\"", "{\"version\": \"one\"}",
            "{\"version\": 1, \"nodes\": {}}", "{\"version\": 1, \"nodes\": [42]}",
            "{\"version\": 1, \"nodes\": [{\"id\": 7, \"type\": [], \"name\": null}]}",
            "{\"version\": 1, \"nodes\": [], \"links\": \"x\"}", "{\"version\": 1, \"nodes\": [], \"extra\": 1}"})
    void garbageBodiesGet400WithNamedErrors(String body) {
        for (String endpoint : new String[] {"/api/simulate", "/api/runs"}) {
            HttpResponse<String> response = app.post(endpoint, body);

            assertEquals(400, response.statusCode(), endpoint + " " + body + " → " + response.body());
            assertHasNamedError(response);
        }
    }

    @Test
    void anEmptyBodyNamesTheBody() {
        HttpResponse<String> response = app.post("/api/simulate", "");

        assertEquals(400, response.statusCode());
        assertEquals("body", firstError(response).get("field").asText());
    }

    @Test
    void aBodyOver256KiBGets413() {
        HttpResponse<String> response = app.post("/api/simulate", "x".repeat(300 * 1024));

        assertEquals(413, response.statusCode());
        assertEquals("body", firstError(response).get("field").asText());
    }

    @Test
    void aDesignWithMoreThanAThousandRequestsIsRefused() {
        ObjectNode design = lessonDesign();
        ArrayNode requests = (ArrayNode) design.get("nodes").get(0).get("requests");
        requests.removeAll();
        for (int i = 0; i < 1001; i++) {
            requests.addObject().put("method", "GET").put("path", "/api/v1/posts/" + i);
        }

        HttpResponse<String> response = app.post("/api/simulate", design.toString());

        assertEquals(400, response.statusCode());
        assertTrue(firstError(response).get("field").asText().startsWith("nodes[0].requests"), response.body());
        assertTrue(firstError(response).get("message").asText().contains("1000")
                || firstError(response).get("message").asText().contains("1,000"), response.body());
    }

    @Test
    void everyProblemOfADesignIsReportedAtOnce() {
        ObjectNode design = lessonDesign();
        ((ObjectNode) design.get("nodes").get(2)).put("type", "toaster");
        ((ObjectNode) design.get("links").get(0)).put("to", "nowhere");

        JsonNode errors = TestApp.json(app.post("/api/simulate", design.toString())).get("errors");

        assertTrue(errors.size() >= 2, errors.toString());
        assertTrue(errors.toString().contains("nodes[2].type"), errors.toString());
        assertTrue(errors.toString().contains("links[0].to"), errors.toString());
    }

    @Test
    void aDesignThatCannotRunSaysWhy() {
        ObjectNode design = lessonDesign();
        design.set("links", TestApp.JSON.createArrayNode());

        HttpResponse<String> response = app.post("/api/simulate", design.toString());

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("no outgoing link"), response.body());
    }

    @Test
    void aNonNumericSeedIsNamed() {
        HttpResponse<String> response = app.post("/api/simulate?seed=abc", TestApp.lessonDesign());

        assertEquals(400, response.statusCode());
        assertEquals("seed", firstError(response).get("field").asText());
    }

    @Test
    void aWrongMethodGets405AndAnUnknownApiPath404() {
        assertEquals(405, app.get("/api/simulate").statusCode());
        HttpResponse<String> unknown = app.get("/api/nothing-here");
        assertEquals(404, unknown.statusCode());
        assertHasNamedError(unknown);
    }

    @Test
    void anUnknownPageGetsTheSite404Page() {
        HttpResponse<String> response = app.get("/academy/no-such-lesson");

        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("no lesson called"), response.body());
    }

    @Test
    void requestsTheServerRefusesBeforeRoutingStillGetJsonErrorsOnTheApi() {
        HttpResponse<String> longAddress = app.get("/api/runs/" + "a".repeat(9000));
        assertEquals(414, longAddress.statusCode());
        assertHasNamedError(longAddress);

        HttpResponse<String> hugeHeader = app.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(app.url("/api/runs/x"))).header("X-Big", "a".repeat(20_000)).GET().build());
        assertEquals(431, hugeHeader.statusCode());
        assertHasNamedError(hugeHeader);
    }

    @Test
    void aBodyThatIsNotDeclaredAsJsonGets415NamingTheContentType() {
        HttpResponse<String> response = app.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(app.url("/api/simulate"))).header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(TestApp.lessonDesign())).build());

        assertEquals(415, response.statusCode());
        assertEquals("Content-Type", firstError(response).get("field").asText());
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedAtOnceWithoutWaitingForTheBody() throws Exception {
        String port = app.url("").replaceAll(".*:(\\d+)$", "$1");
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", Integer.parseInt(port))) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(("POST /api/runs HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 999999999\r\n\r\n{}")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();

            assertEquals("HTTP/1.1 413 Payload Too Large", statusLine);
        }
    }

    private static ObjectNode lessonDesign() {
        try {
            return (ObjectNode) TestApp.JSON.readTree(TestApp.lessonDesign());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode firstError(HttpResponse<String> response) {
        return TestApp.json(response).get("errors").get(0);
    }

    static void assertHasNamedError(HttpResponse<String> response) {
        JsonNode errors = TestApp.json(response).get("errors");
        assertTrue(errors.isArray() && errors.size() > 0, response.body());
        errors.forEach(error -> {
            assertTrue(error.has("field"), response.body());
            assertFalse(error.get("message").asText().isBlank(), response.body());
        });
    }
}
