package dev.switchboard.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sandboxes and shares over real HTTP, each visitor with its own cookie jar, on a real embedded database. */
class SandboxApiTest {

    private Path dataDir;
    private TestApp app;
    private Visitor alice;
    private Visitor bob;

    @BeforeEach
    void start() throws IOException {
        dataDir = Files.createTempDirectory(Path.of("target"), "sandbox-data-").toAbsolutePath();
        app = TestApp.start(dataDir, Duration.ofMinutes(10));
        alice = new Visitor();
        bob = new Visitor();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void creatingASandboxAnswers201WithItsIdAndUrlAndStartsBlank() {
        HttpResponse<String> created = alice.post("/api/sandboxes", "");

        assertEquals(201, created.statusCode());
        JsonNode body = TestApp.json(created);
        assertTrue(body.get("id").asText().matches("[A-Za-z0-9_-]{22}"));
        assertEquals("/sandbox/" + body.get("id").asText(), body.get("url").asText());
        JsonNode document = TestApp.json(alice.get("/api/sandboxes/" + body.get("id").asText()));
        assertEquals(0, document.get("nodes").size());
    }

    @Test
    void aSandboxCreatedWithADesignHoldsItAndSavesChanges() {
        String id = alice.createSandbox(TestApp.lessonDesign());
        ObjectNode design = lessonDesign();
        design.put("name", "Renamed");

        HttpResponse<String> saved = alice.put("/api/sandboxes/" + id, design.toString());

        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals(2, TestApp.json(saved).get("revision").asInt());
        assertEquals("Renamed", TestApp.json(alice.get("/api/sandboxes/" + id)).get("name").asText());
        assertEquals(1, TestApp.json(alice.get("/api/sandboxes")).size());
    }

    @Test
    void aSaveOverAStaleRevisionIsRefusedWith412AndTheNewerChangeStays() {
        String id = alice.createSandbox(TestApp.lessonDesign());
        String etag = alice.get("/api/sandboxes/" + id).headers().firstValue("ETag").orElseThrow();
        ObjectNode fromTabOne = lessonDesign();
        fromTabOne.put("name", "Saved in tab one");
        ObjectNode fromTabTwo = lessonDesign();
        fromTabTwo.put("name", "Saved in tab two, over the old revision");

        HttpResponse<String> first = alice.putIfMatch("/api/sandboxes/" + id, etag, fromTabOne.toString());
        HttpResponse<String> second = alice.putIfMatch("/api/sandboxes/" + id, etag, fromTabTwo.toString());

        assertEquals(200, first.statusCode(), first.body());
        assertEquals("\"2\"", first.headers().firstValue("ETag").orElseThrow());
        assertEquals(412, second.statusCode(), second.body());
        assertEquals("If-Match", TestApp.json(second).at("/errors/0/field").asText());
        assertTrue(TestApp.json(second).at("/errors/0/message").asText().contains("changed since revision 1"),
                second.body());
        assertEquals("Saved in tab one", TestApp.json(alice.get("/api/sandboxes/" + id)).get("name").asText());
        assertEquals(200, alice.putIfMatch("/api/sandboxes/" + id, "\"2\"", fromTabTwo.toString()).statusCode());
        assertEquals(200, alice.putIfMatch("/api/sandboxes/" + id, "*", fromTabOne.toString()).statusCode());
    }

    @Test
    void anIfMatchThatIsNoRevisionIsABadRequest() {
        String id = alice.createSandbox(TestApp.lessonDesign());

        HttpResponse<String> refused = alice.putIfMatch("/api/sandboxes/" + id, "\"abc\"", TestApp.lessonDesign());

        assertEquals(400, refused.statusCode());
        assertEquals("If-Match", TestApp.json(refused).at("/errors/0/field").asText());
        assertEquals(1, TestApp.json(alice.get("/api/sandboxes")).get(0).get("revision").asInt());
    }

    @Test
    void anotherSessionCannotReadOrWriteTheSandbox() {
        String id = alice.createSandbox(TestApp.lessonDesign());

        assertEquals(403, bob.get("/api/sandboxes/" + id).statusCode());
        HttpResponse<String> write = bob.put("/api/sandboxes/" + id, TestApp.lessonDesign());
        assertEquals(403, write.statusCode());
        assertEquals("id", TestApp.json(write).at("/errors/0/field").asText());
        assertEquals(403, bob.post("/api/sandboxes/" + id + "/share", "").statusCode());
        assertEquals(403, bob.get("/sandbox/" + id).statusCode());
    }

    @Test
    void anInvalidSaveIsRefusedWithItsFieldsAndChangesNothing() {
        String id = alice.createSandbox(TestApp.lessonDesign());
        ObjectNode broken = lessonDesign();
        ((ObjectNode) broken.get("nodes").get(1)).put("type", "router");

        HttpResponse<String> refused = alice.put("/api/sandboxes/" + id, broken.toString());

        assertEquals(400, refused.statusCode());
        assertEquals("nodes[1].type", TestApp.json(refused).at("/errors/0/field").asText());
        assertEquals("gateway", TestApp.json(alice.get("/api/sandboxes/" + id)).at("/nodes/1/type").asText());
        assertEquals(400, alice.put("/api/sandboxes/" + id, "not json").statusCode());
        assertEquals(400, alice.put("/api/sandboxes/" + id, "").statusCode());
    }

    @Test
    void anUnfinishedDesignIsSavedAndItsProblemsReported() {
        String id = alice.createSandbox("");
        ObjectNode unfinished = lessonDesign();
        unfinished.putArray("links");

        HttpResponse<String> saved = alice.put("/api/sandboxes/" + id, unfinished.toString());

        assertEquals(200, saved.statusCode());
        assertTrue(TestApp.json(saved).get("problems").toString().contains("no outgoing link"));
    }

    @Test
    void theLimitsAreEnforced() {
        String id = alice.createSandbox("");
        ObjectNode tooManyRequests = lessonDesign();
        ArrayNode requests = (ArrayNode) tooManyRequests.at("/nodes/0/requests");
        for (int i = 0; i < 201; i++) {
            requests.addObject().put("method", "GET").put("path", "/api/v1/posts/" + i);
        }
        HttpResponse<String> refused = alice.put("/api/sandboxes/" + id, tooManyRequests.toString());
        assertEquals(400, refused.statusCode());
        assertEquals("nodes[0].requests", TestApp.json(refused).at("/errors/0/field").asText());

        ObjectNode tooManyNodes = lessonDesign();
        ArrayNode nodes = (ArrayNode) tooManyNodes.get("nodes");
        for (int i = 0; i < 97; i++) {
            nodes.addObject().put("id", "extra-" + i).put("type", "server").put("name", "Extra " + i);
        }
        assertEquals(400, alice.put("/api/sandboxes/" + id, tooManyNodes.toString()).statusCode());

        assertEquals(413, alice.put("/api/sandboxes/" + id, " ".repeat(300 * 1024)).statusCode());
    }

    @Test
    void aShareIsAnImmutableSnapshotThatAnyoneCanReadAndCopy() {
        String id = alice.createSandbox(TestApp.lessonDesign());
        HttpResponse<String> shared = alice.post("/api/sandboxes/" + id + "/share", "");
        assertEquals(201, shared.statusCode());
        String url = TestApp.json(shared).get("url").asText();
        String code = url.substring("/s/".length());
        assertTrue(code.matches("[A-Za-z0-9_-]{22}"), "128 random bits in URL-safe base64: " + code);

        ObjectNode changed = lessonDesign();
        changed.put("name", "Changed after sharing");
        alice.put("/api/sandboxes/" + id, changed.toString());

        JsonNode snapshot = TestApp.json(bob.get("/api/shares/" + code));
        assertEquals(lessonDesign().get("name").asText(), snapshot.get("name").asText());
        HttpResponse<String> page = bob.get(url);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Make a copy"));

        HttpResponse<String> copy = bob.post(url + "/copy", "");
        assertEquals(303, copy.statusCode());
        String copyUrl = copy.headers().firstValue("Location").orElseThrow();
        assertNotEquals("/sandbox/" + id, copyUrl);
        assertEquals(200, bob.get(copyUrl).statusCode());
        assertEquals(1, TestApp.json(bob.get("/api/sandboxes")).size());
    }

    @Test
    void aSessionKeepsAtMostAHundredSandboxes() {
        for (int i = 0; i < 100; i++) {
            alice.createSandbox("");
        }

        HttpResponse<String> refused = alice.post("/api/sandboxes", "");

        assertEquals(429, refused.statusCode());
        assertEquals("sandboxes", TestApp.json(refused).at("/errors/0/field").asText());
        assertEquals(201, bob.post("/api/sandboxes", "").statusCode());
    }

    @Test
    void unknownSandboxesAndSharesGet404() {
        assertEquals(404, alice.get("/api/sandboxes/nope").statusCode());
        assertEquals(404, alice.get("/api/shares/nope").statusCode());
        assertEquals(404, alice.get("/s/nope").statusCode());
        assertEquals("code", TestApp.json(alice.get("/api/shares/nope")).at("/errors/0/field").asText());
    }

    @Test
    void aRestartOnTheSameDataDirectoryLosesNothing() {
        String id = alice.createSandbox(TestApp.lessonDesign());
        ObjectNode changed = lessonDesign();
        changed.put("name", "Saved before the restart");
        alice.put("/api/sandboxes/" + id, changed.toString());
        String code = TestApp.json(alice.post("/api/sandboxes/" + id + "/share", "")).get("code").asText();

        app.close();
        app = TestApp.start(dataDir, Duration.ofMinutes(10));

        JsonNode reopened = TestApp.json(alice.get("/api/sandboxes/" + id));
        assertEquals("Saved before the restart", reopened.get("name").asText());
        assertEquals(4, reopened.get("nodes").size());
        assertEquals("Saved before the restart", TestApp.json(bob.get("/api/shares/" + code)).get("name").asText());
        assertEquals(200, alice.get("/sandbox/" + id).statusCode());
    }

    @Test
    void sandboxPageRedirectsAFirstVisitToAFreshSandboxAndLaterVisitsToTheLatest() {
        HttpResponse<String> first = alice.get("/sandbox");
        assertEquals(303, first.statusCode());
        String location = first.headers().firstValue("Location").orElseThrow();

        HttpResponse<String> again = alice.get("/sandbox");
        assertEquals(location, again.headers().firstValue("Location").orElseThrow());
        assertEquals(200, alice.get(location).statusCode());
    }

    @Test
    void theExportIsTheDocumentAsADownload() {
        String id = alice.createSandbox(TestApp.lessonDesign());

        HttpResponse<String> export = alice.get("/sandbox/" + id + "/export");

        assertEquals(200, export.statusCode());
        assertTrue(export.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment"));
        assertEquals(4, TestApp.json(export).get("nodes").size());
    }

    private static ObjectNode lessonDesign() {
        try {
            return (ObjectNode) TestApp.JSON.readTree(TestApp.lessonDesign());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A browser-like client with its own cookies, so each visitor has its own session. */
    private final class Visitor {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        String createSandbox(String design) {
            HttpResponse<String> created = post("/api/sandboxes", design);
            assertEquals(201, created.statusCode(), created.body());
            return TestApp.json(created).get("id").asText();
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(app.url(path))).GET());
        }

        HttpResponse<String> post(String path, String body) {
            return send(HttpRequest.newBuilder(URI.create(app.url(path))).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        HttpResponse<String> put(String path, String body) {
            return send(HttpRequest.newBuilder(URI.create(app.url(path))).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body)));
        }

        HttpResponse<String> putIfMatch(String path, String ifMatch, String body) {
            return send(HttpRequest.newBuilder(URI.create(app.url(path))).header("Content-Type", "application/json")
                    .header("If-Match", ifMatch).PUT(HttpRequest.BodyPublishers.ofString(body)));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new AssertionError(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
