package dev.switchboard.sim;

import java.util.List;
import java.util.Map;

/**
 * Totals of one run. {@code statuses} is sorted by code; {@code outcomes} lists each client's requests in the
 * order it sent them, clients in node order.
 */
public record Summary(int requests, int frames, long durationMs, Map<Integer, Integer> statuses,
                      List<RequestOutcome> outcomes) {
}
