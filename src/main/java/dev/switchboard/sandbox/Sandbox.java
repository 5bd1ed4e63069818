package dev.switchboard.sandbox;

import java.time.Instant;

/**
 * One learner's saved design. {@code document} is the design JSON exactly as it was last saved; {@code exercise}
 * names the lesson whose exercise it is, or is null.
 */
public record Sandbox(String id, String sessionId, String name, String document, int revision, Instant createdAt,
                      Instant updatedAt, String exercise) {

    /** True when the sandbox was opened from a lesson's exercise, whose goals grade every run. */
    public boolean isExercise() {
        return exercise != null;
    }

    public String url() {
        return "/sandbox/" + id;
    }
}
