package dev.switchboard.sandbox;

import java.time.Instant;

/** An immutable snapshot of a sandbox's design, reachable by anyone who has its code. */
public record Share(String code, String sandboxId, String name, String document, Instant createdAt) {

    public String url() {
        return "/s/" + code;
    }
}
