package dev.switchboard.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.App;
import dev.switchboard.Config;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

/**
 * Saving a 100-node design and opening a share link, timed over real HTTP on loopback against the real app with
 * its embedded database. Prints p50 and p99 in milliseconds. Bounded: a fixed number of requests, one at a time.
 *
 * <p>Run: {@code mvn -B -q test-compile exec:exec -Dexec.classpathScope=test
 * -Dmain.class=dev.switchboard.bench.SandboxBenchmark}
 */
public final class SandboxBenchmark {

    private static final int WARM_UP = 200;
    private static final int MEASURED = 1_000;

    private SandboxBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Files.createTempDirectory("switchboard-bench-");
        App app = App.start(new Config(0, dataDir, null, null, false, Duration.ofMinutes(2), 2_000));
        try {
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String base = "http://127.0.0.1:" + app.port();
            String design = hundredNodeDesign();
            String id = new ObjectMapper().readTree(send(http, post(base + "/api/sandboxes", design)).body())
                    .get("id").asText();

            double[] saves = time(http, put(base + "/api/sandboxes/" + id, design));
            String code = new ObjectMapper().readTree(send(http, post(base + "/api/sandboxes/" + id + "/share", ""))
                    .body()).get("code").asText();
            double[] opens = time(http, HttpRequest.newBuilder(URI.create(base + "/s/" + code)).GET().build());
            double[] reads = time(http, HttpRequest.newBuilder(URI.create(base + "/api/shares/" + code)).GET().build());

            System.out.printf("Design: %d bytes, 100 nodes, 99 links; %d measured requests each, one at a time%n",
                    design.length(), MEASURED);
            report("save (PUT /api/sandboxes/{id})", saves);
            report("open share page (GET /s/{code})", opens);
            report("read share (GET /api/shares/{code})", reads);
        } finally {
            app.close();
        }
    }

    private static double[] time(HttpClient http, HttpRequest request) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            send(http, request);
        }
        double[] millis = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = send(http, request);
            millis[i] = (System.nanoTime() - start) / 1e6;
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("unexpected " + response.statusCode() + ": " + response.body());
            }
        }
        Arrays.sort(millis);
        return millis;
    }

    private static void report(String what, double[] sorted) {
        System.out.printf("  %-40s p50 %6.2f ms   p99 %6.2f ms   max %6.2f ms%n", what,
                sorted[(int) (sorted.length * 0.50)], sorted[(int) (sorted.length * 0.99)], sorted[sorted.length - 1]);
    }

    private static String hundredNodeDesign() {
        ObjectMapper json = new ObjectMapper();
        ObjectNode design = json.createObjectNode().put("version", 1).put("name", "Hundred nodes");
        ArrayNode nodes = design.putArray("nodes");
        ArrayNode links = design.putArray("links");
        ObjectNode client = nodes.addObject().put("id", "client").put("type", "client").put("name", "Client")
                .put("x", 0).put("y", 0);
        ArrayNode requests = client.putArray("requests");
        for (int i = 0; i < 20; i++) {
            requests.addObject().put("method", "GET").put("path", "/api/v1/service-" + i + "/items");
        }
        ObjectNode gateway = nodes.addObject().put("id", "gateway").put("type", "gateway").put("name", "Gateway")
                .put("x", 200).put("y", 0);
        ArrayNode routes = gateway.putArray("routes");
        links.addObject().put("from", "client").put("to", "gateway");
        for (int i = 0; i < 98; i++) {
            String pool = "POOL_" + (i % 20);
            nodes.addObject().put("id", "server-" + i).put("type", "server").put("name", "Server " + i)
                    .put("pool", pool).put("x", 400 + (i % 10) * 180).put("y", (i / 10) * 100);
            links.addObject().put("from", "gateway").put("to", "server-" + i);
        }
        for (int i = 0; i < 20; i++) {
            routes.addObject().put("prefix", "/api/v1/service-" + i).put("pool", "POOL_" + i);
        }
        return design.toString();
    }

    private static HttpRequest post(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static HttpRequest put(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
