package dev.switchboard.sim;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;

/**
 * A token bucket per client: it starts full with {@code capacity} tokens and refills continuously at
 * {@code refillPerSecond} (at most three decimals, so the engine can count in exact whole units).
 */
@JsonPropertyOrder({"capacity", "refillPerSecond"})
public record RateLimit(long capacity, BigDecimal refillPerSecond) {
}
