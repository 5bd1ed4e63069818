package dev.switchboard.sandbox;

import java.time.Instant;

/** One learner's saved design. {@code document} is the design JSON exactly as it was last saved. */
public record Sandbox(String id, String sessionId, String name, String document, int revision, Instant createdAt,
                      Instant updatedAt) {

    public String url() {
        return "/sandbox/" + id;
    }
}
