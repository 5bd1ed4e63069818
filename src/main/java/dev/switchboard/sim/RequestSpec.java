package dev.switchboard.sim;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One request a client sends: a method and a raw path, possibly with a query string. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"method", "path"})
public record RequestSpec(String method, String path) {
}
