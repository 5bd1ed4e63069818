package dev.switchboard.sim;

import com.fasterxml.jackson.annotation.JsonInclude;

/** How a gateway balances one of its pools: {@code strategy} is one of {@link Balancing#STRATEGIES}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PoolSettings(String strategy) {
}
