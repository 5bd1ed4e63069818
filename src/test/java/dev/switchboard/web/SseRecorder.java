package dev.switchboard.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Reads a real Server-Sent Events stream over HTTP on a background thread and hands over its events in order. */
final class SseRecorder implements AutoCloseable {

    record Event(String name, String id, String data) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Thread reader;
    private volatile InputStream body;

    private SseRecorder(HttpClient http, String url, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        reader = new Thread(() -> read(http, request.build()), "sse-recorder");
        reader.setDaemon(true);
        reader.start();
    }

    static SseRecorder open(HttpClient http, String url) {
        return new SseRecorder(http, url, null);
    }

    static SseRecorder resume(HttpClient http, String url, String lastEventId) {
        return new SseRecorder(http, url, lastEventId);
    }

    /** The next event of the given name, skipping others; fails the test if none comes within ten seconds. */
    Event next(String name) {
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < deadline) {
                Event event = events.poll(100, TimeUnit.MILLISECONDS);
                if (event != null && event.name().equals(name)) {
                    return event;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError("no '" + name + "' event arrived");
    }

    /** Everything that arrived within the given quiet period, consumed. */
    List<Event> drain(Duration quiet) {
        List<Event> drained = new ArrayList<>();
        try {
            Event event;
            while ((event = events.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                drained.add(event);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return drained;
    }

    private void read(HttpClient http, HttpRequest request) {
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            body = response.body();
            parse(new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            // The stream was closed by close() or by the server: nothing more to record.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void parse(BufferedReader lines) throws IOException {
        String name = "message";
        String id = null;
        StringBuilder data = new StringBuilder();
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.isEmpty()) {
                if (data.length() > 0) {
                    events.add(new Event(name, id, data.toString()));
                }
                name = "message";
                id = null;
                data.setLength(0);
            } else if (line.startsWith("event:")) {
                name = line.substring(6).strip();
            } else if (line.startsWith("id:")) {
                id = line.substring(3).strip();
            } else if (line.startsWith("data:")) {
                data.append(line.substring(5).strip());
            }
        }
    }

    @Override
    public void close() {
        try {
            if (body != null) {
                body.close();
            }
        } catch (IOException ignored) {
            // closing a stream that is already gone
        }
        reader.interrupt();
    }
}
