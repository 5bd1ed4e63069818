package dev.switchboard.sim;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** A gateway route: requests under {@code prefix} go to {@code pool}; null {@code methods} means any method. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"prefix", "pool", "methods"})
public record Route(String prefix, String pool, List<String> methods) {

    public Route {
        methods = methods == null ? null : List.copyOf(methods);
    }
}
