package dev.switchboard.sim;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * A gateway route: requests under {@code prefix} go to {@code pool}; null {@code methods} means any method.
 * {@code auth} asks for a known token, {@code scope} (which implies auth) for a token carrying that scope, and
 * {@code rateLimit} adds a bucket of its own on top of the gateway's.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"prefix", "pool", "methods", "auth", "scope", "rateLimit"})
public record Route(String prefix, String pool, List<String> methods, Boolean auth, String scope,
                    RateLimit rateLimit) {

    public Route {
        methods = methods == null ? null : List.copyOf(methods);
    }

    public Route(String prefix, String pool, List<String> methods) {
        this(prefix, pool, methods, null, null, null);
    }

    /** True when the route asks for a token, either with {@code "auth": true} or by naming a scope. */
    public boolean requiresAuth() {
        return Boolean.TRUE.equals(auth) || scope != null;
    }
}
