package dev.switchboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** The real application on a free loopback port with its own data directory, and a small HTTP client for it. */
public final class TestApp implements AutoCloseable {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final App app;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestApp(App app) {
        this.app = app;
    }

    public static TestApp start() {
        return start(Duration.ofMinutes(10));
    }

    public static TestApp start(Duration runIdleTimeout) {
        try {
            return start(Files.createTempDirectory(Path.of("target"), "data-").toAbsolutePath(), runIdleTimeout);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The app on a given data directory, so a test can stop it and start it again on the same files. */
    public static TestApp start(Path dataDir, Duration runIdleTimeout) {
        Config config = new Config(0, dataDir, null, null, false, runIdleTimeout, 500);
        return new TestApp(App.start(config));
    }

    public String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET().build());
    }

    public HttpResponse<String> post(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> post(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpClient http() {
        return http;
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    /** The lesson's design document, as the API would receive it. */
    public static String lessonDesign() {
        try {
            return Files.readString(Path.of("lessons", "api-gateways", "design.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        app.close();
    }
}
