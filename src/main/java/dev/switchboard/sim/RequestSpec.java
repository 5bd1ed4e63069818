package dev.switchboard.sim;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One request a client sends: a method, a raw path (possibly with a query string) and, optionally, a token. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"method", "path", "token"})
public record RequestSpec(String method, String path, String token) {

    public RequestSpec(String method, String path) {
        this(method, path, null);
    }
}
