package dev.switchboard.sim;

import java.util.List;

/** Every frame of a run in emission order, and the run's summary. */
public record SimulationResult(List<Frame> frames, Summary summary) {
}
