package dev.switchboard.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The inspector's capacity, failure and traffic settings, posted as the htmx form does, validated by the server. */
class InspectorSettingsTest {

    private static final String DESIGN = """
            {"version": 1, "name": "Balanced", "nodes": [
              {"id": "client", "type": "client", "name": "Client", "requests": [{"method": "GET", "path": "/x"}]},
              {"id": "lb", "type": "loadbalancer", "name": "Balancer"},
              {"id": "a", "type": "server", "name": "A"}],
             "links": [{"from": "client", "to": "lb"}, {"from": "lb", "to": "a"}]}""";

    private static final String GATEWAY = """
            {"version": 1, "name": "Gateway", "nodes": [
              {"id": "client", "type": "client", "name": "Client", "requests": [{"method": "GET", "path": "/x"}]},
              {"id": "gw", "type": "gateway", "name": "Gateway", "routes": [{"prefix": "/x", "pool": "X"}]},
              {"id": "a", "type": "server", "name": "A", "pool": "X"}],
             "links": [{"from": "client", "to": "gw"}, {"from": "gw", "to": "a"}]}""";

    private static TestApp app;
    private final HttpClient visitor = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aServersLatencyCapacityQueueWeightAndDownAreSaved() {
        String id = createSandbox();

        form(id, "a", Map.of("name", "A", "pool", "", "handles", "", "latencyMs", "40", "capacity", "2",
                "queue", "5", "weight", "3", "down", "true"));

        JsonNode server = node(id, 2);
        assertEquals(40, server.get("latencyMs").asInt());
        assertEquals(2, server.get("capacity").asInt());
        assertEquals(5, server.get("queue").asInt());
        assertEquals(3, server.get("weight").asInt());
        assertTrue(server.get("down").asBoolean());
    }

    @Test
    void aClientsLoadAndALoadBalancersStrategyAreSaved() {
        String id = createSandbox();

        form(id, "client", Map.of("name", "Client", "method", "GET", "path", "/x", "intervalMs", "", "rps", "10",
                "durationSeconds", "2", "arrival", "poisson", "mixMethod", "POST", "mixPath", "/orders"));
        form(id, "lb", Map.of("name", "Balancer", "strategy", "least-connections"));

        JsonNode load = node(id, 0).get("load");
        assertEquals(10, load.get("rps").asInt());
        assertEquals(2, load.get("durationSeconds").asInt());
        assertEquals("poisson", load.get("arrival").asText());
        assertEquals("POST", load.at("/mix/0/method").asText());
        assertEquals("/orders", load.at("/mix/0/path").asText());
        assertEquals("least-connections", node(id, 1).get("strategy").asText());
    }

    @Test
    void aGatewaysTimeoutAndItsPoolsStrategyAreSaved() {
        String id = createSandbox(GATEWAY);

        String html = form(id, "gw", Map.of("name", "Gateway", "prefix", "/x", "routePool", "X", "routeMethods", "",
                "timeoutMs", "250", "poolName", "X", "poolStrategy", "least-connections"));

        JsonNode gateway = node(id, 1);
        assertEquals(250, gateway.get("timeoutMs").asInt());
        assertEquals("least-connections", gateway.at("/pools/X/strategy").asText());
        assertTrue(html.contains("<option value=\"least-connections\" selected>"), html);
    }

    @Test
    void aBadCapacityIsShownBesideItsFieldAndNotSaved() {
        String id = createSandbox();

        String html = form(id, "a", Map.of("name", "A", "pool", "", "handles", "", "capacity", "lots"));

        assertTrue(html.contains("must be a whole number from 1 to 10000"), html);
        assertTrue(html.contains("name=\"capacity\" value=\"lots\""), html);
        assertFalse(node(id, 2).has("capacity"));
    }

    private String createSandbox() {
        return createSandbox(DESIGN);
    }

    private String createSandbox(String design) {
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(app.url("/api/sandboxes")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(design)));
        assertEquals(201, created.statusCode(), created.body());
        return TestApp.json(created).get("id").asText();
    }

    private String form(String sandbox, String node, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                        URI.create(app.url("/sandbox/" + sandbox + "/inspector/" + node)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private JsonNode node(String sandbox, int index) {
        HttpResponse<String> read = send(HttpRequest.newBuilder(URI.create(app.url("/api/sandboxes/" + sandbox)))
                .GET());
        return TestApp.json(read).get("nodes").get(index);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return visitor.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
