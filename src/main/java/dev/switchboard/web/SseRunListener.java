package dev.switchboard.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.run.RunListener;
import dev.switchboard.run.RunStatus;
import dev.switchboard.sim.Frame;
import dev.switchboard.sim.Summary;
import io.javalin.http.sse.SseClient;

/**
 * Writes a run's news to one browser as named Server-Sent Events: {@code frame} (its id is the frame's seq, so a
 * reconnect resumes after {@code Last-Event-ID}), {@code status}, {@code restart} and the final {@code end}.
 */
final class SseRunListener implements RunListener {

    private final SseClient client;
    private final ObjectMapper json;

    SseRunListener(SseClient client, ObjectMapper json) {
        this.client = client;
        this.json = json;
    }

    @Override
    public void frame(Frame frame) {
        send("frame", frame, String.valueOf(frame.seq()));
    }

    @Override
    public void status(RunStatus status) {
        send("status", status, null);
    }

    @Override
    public void restarted(RunStatus status) {
        send("restart", status, null);
    }

    @Override
    public void finished(Summary summary) {
        send("end", summary, null);
    }

    @Override
    public void closed() {
        if (!client.terminated()) {
            client.close();
        }
    }

    private void send(String event, Object data, String id) {
        if (client.terminated()) {
            throw new IllegalStateException("the event stream is closed");
        }
        String payload = asJson(data);
        if (id == null) {
            client.sendEvent(event, payload);
        } else {
            client.sendEvent(event, payload, id);
        }
    }

    private String asJson(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + data.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
