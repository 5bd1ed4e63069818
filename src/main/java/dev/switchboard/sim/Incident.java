package dev.switchboard.sim;

/**
 * A change during a run: at simulated millisecond {@code time} the server or load balancer {@code nodeId} goes
 * down ({@code down} true) or comes back up. Balancers skip a down node from that moment on; requests it already
 * holds are still served.
 */
public record Incident(long time, String nodeId, boolean down) {
}
