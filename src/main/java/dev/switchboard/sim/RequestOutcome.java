package dev.switchboard.sim;

/** How one request ended: its status, the node that decided it, and how long it took in simulated time. */
public record RequestOutcome(String requestId, String client, String method, String path, int status,
                             String answeredBy, int frames, long sentAt, long completedAt) {
}
