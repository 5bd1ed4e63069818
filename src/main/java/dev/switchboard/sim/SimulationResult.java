package dev.switchboard.sim;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * Every frame of a run in emission order (a sample of them in a traffic run), the run's summary, and for a design
 * with generated load its metrics per node; {@code metrics} is null for scripted-only designs and left out of JSON.
 */
public record SimulationResult(List<Frame> frames, Summary summary,
                               @JsonInclude(JsonInclude.Include.NON_NULL) Metrics metrics) {

    public SimulationResult(List<Frame> frames, Summary summary) {
        this(frames, summary, null);
    }
}
