package dev.switchboard.sim;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A one-way connection: {@code from} may send requests to {@code to}; responses come back the same way, each
 * frame taking {@code latencyMs} to travel (absent: {@link Simulator#HOP_MS}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"from", "to", "latencyMs"})
public record Link(String from, String to, Long latencyMs) {

    public Link(String from, String to) {
        this(from, to, null);
    }

    public long latencyOrDefault() {
        return latencyMs == null ? Simulator.HOP_MS : latencyMs;
    }
}
