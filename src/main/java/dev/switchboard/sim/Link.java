package dev.switchboard.sim;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A one-way connection: {@code from} may send requests to {@code to}; responses come back the same way. */
@JsonPropertyOrder({"from", "to"})
public record Link(String from, String to) {
}
