package dev.switchboard.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Runs a design and produces its frames (DESIGN.md section 4, docs/DESIGN-DOCUMENT.md). Deterministic: the same
 * design, seed and incidents always give the same frames. Callers check {@link DesignProblems} first; a design
 * with problems still runs what it can.
 */
public final class Simulator {

    /** Simulated milliseconds a frame takes to cross a link that does not set its own latency. */
    public static final long HOP_MS = 10;

    private Simulator() {
    }

    public static SimulationResult run(Design design, long seed) {
        return run(design, seed, List.of());
    }

    /**
     * Runs with incidents: servers or load balancers going down or coming back at given simulated times. Frames
     * before the first incident are exactly those of the run without incidents.
     *
     * @throws IllegalArgumentException when an incident names a node that is not a server or load balancer, or
     *                                  has a negative time
     */
    public static SimulationResult run(Design design, long seed, List<Incident> incidents) {
        List<Frame> frames = new ArrayList<>();
        Run run = new Run(design, seed, frames::add, true);
        run.plan(incidents);

        run.execute();

        return new SimulationResult(Collections.unmodifiableList(frames), run.summary(), run.metrics());
    }

    /**
     * For huge runs: hands each frame to the sink, keeps no frames and no outcomes; returns the frame count. A
     * traffic run hands over its sampled frames only.
     */
    public static long stream(Design design, long seed, FrameSink sink) {
        Run run = new Run(design, seed, sink, false);

        run.execute();

        return run.frameCount();
    }
}
