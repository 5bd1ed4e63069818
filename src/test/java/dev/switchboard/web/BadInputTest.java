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

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

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
    void aBodyThatIsNotUtf8IsRefusedRatherThanReadAsReplacementCharacters() {
        byte[] design = TestApp.lessonDesign().replace("\"API Gateway\"", "\"API \u0000Gateway\"")
                .getBytes(StandardCharsets.UTF_8);
        int at = new String(design, StandardCharsets.UTF_8).indexOf('\u0000');
        design[at] = (byte) 0xFF;

        HttpResponse<String> response = postBytes("/api/simulate", design);

        assertEquals(400, response.statusCode());
        assertEquals("body", firstError(response).get("field").asText());
        assertTrue(firstError(response).get("message").asText().contains("not valid UTF-8"), response.body());
    }

    @Test
    void aBodyWithAByteOrderMarkIsRefusedWithThatReason() {
        byte[] json = TestApp.lessonDesign().getBytes(StandardCharsets.UTF_8);
        byte[] withMark = new byte[json.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withMark, 3, json.length);

        HttpResponse<String> response = postBytes("/api/simulate", withMark);

        assertEquals(400, response.statusCode());
        assertTrue(firstError(response).get("message").asText().contains("byte-order mark"), response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/xml", "text/html", "application/json;q=0"})
    void aClientThatDoesNotAcceptJsonGets406(String accept) {
        HttpResponse<String> response = simulateAccepting(accept);

        assertEquals(406, response.statusCode());
        assertEquals("Accept", firstError(response).get("field").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "*/*", "text/html, application/xhtml+xml, */*;q=0.8"})
    void aClientThatAcceptsJsonGetsIt(String accept) {
        HttpResponse<String> response = simulateAccepting(accept);

        assertEquals(200, response.statusCode(), response.body());
    }

    private static HttpResponse<String> simulateAccepting(String accept) {
        return app.send(HttpRequest.newBuilder(URI.create(app.url("/api/simulate")))
                .header("Content-Type", "application/json").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(TestApp.lessonDesign())).build());
    }

    private static HttpResponse<String> postBytes(String path, byte[] body) {
        return app.send(HttpRequest.newBuilder(URI.create(app.url(path))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    @Test
    void aNonNumericSeedIsNamed() {
        HttpResponse<String> response = app.post("/api/simulate?seed=abc", TestApp.lessonDesign());

        assertEquals(400, response.statusCode());
        assertEquals("seed", firstError(response).get("field").asText());
    }

    @Test
    void aWrongMethodGets405WithTheAllowedMethodsAndAnUnknownApiPath404() {
        HttpResponse<String> wrongMethod = app.get("/api/simulate");
        assertEquals(405, wrongMethod.statusCode());
        assertEquals("POST", wrongMethod.headers().firstValue("Allow").orElse(null));
        assertEquals("method", firstError(wrongMethod).get("field").asText());
        assertTrue(firstError(wrongMethod).get("message").asText().contains("allowed: POST"), wrongMethod.body());
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
    void anAddressTheServerCannotReadGets400SayingWhyInWords() throws IOException {
        String answer = rawGet("/api/runs/%zz");

        assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
        assertTrue(answer.contains("its address has a bad %-escape or an encoded '..' or '/'"), answer);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/css/%2e%2e/%2e%2e/pom.xml", "/css/..%2f..%2fpom.xml", "/api/runs/%2e%2e/%2e%2e/pom.xml"})
    void encodedDotSegmentsNeverReachAFileOutsideThePublicFolder(String path) throws IOException {
        String answer = rawGet(path);

        assertTrue(answer.startsWith("HTTP/1.1 400") || answer.startsWith("HTTP/1.1 404"), answer);
        assertFalse(answer.contains("<artifactId>"), "the build file must never be served: " + answer);
    }

    /** The request as bytes: Java's own HTTP client refuses to send a malformed address at all. */
    private static String rawGet(String path) throws IOException {
        URI base = URI.create(app.url("/"));
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + base.getHost()
                    + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
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
