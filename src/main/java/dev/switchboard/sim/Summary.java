package dev.switchboard.sim;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * Totals of one run. {@code requests} counts every request sent and {@code statuses} (sorted by code) how every
 * one of them ended; {@code frames} counts the frames in the result. {@code outcomes} lists each client's requests
 * in the order it sent them, clients in node order. In a traffic run frames are sampled: then {@code outcomes}
 * holds only the sampled requests and {@code sampling} (null otherwise, and left out of JSON) says how.
 */
public record Summary(int requests, int frames, long durationMs, Map<Integer, Integer> statuses,
                      List<RequestOutcome> outcomes,
                      @JsonInclude(JsonInclude.Include.NON_NULL) Sampling sampling) {

    public Summary(int requests, int frames, long durationMs, Map<Integer, Integer> statuses,
                   List<RequestOutcome> outcomes) {
        this(requests, frames, durationMs, statuses, outcomes, null);
    }

    /**
     * How the frames of a traffic run were sampled: a request keeps its frames when it is scripted, when it is one
     * of the first {@code firstSecondLimit} requests sent in the first simulated second, or when its number is a
     * multiple of {@code every}. {@code framesTotal} counts the frames the whole run made, kept or not.
     */
    public record Sampling(int requestsKept, long framesTotal, long every, int firstSecondLimit) {
    }
}
