package dev.switchboard.sim;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One request a client sends: a method, a raw path (possibly with a query string), optionally a token, and
 * optionally {@code atMs}, the simulated time at which it is sent instead of its index times the client's interval.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"method", "path", "token", "atMs"})
public record RequestSpec(String method, String path, String token, Long atMs) {

    public RequestSpec(String method, String path) {
        this(method, path, null, null);
    }
}
