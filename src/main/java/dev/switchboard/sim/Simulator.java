package dev.switchboard.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Runs a design and produces its frames (DESIGN.md section 4). Deterministic: the same design and seed always
 * give the same frames. Callers check {@link DesignProblems} first; a design with problems still runs what it can.
 */
public final class Simulator {

    /** Simulated milliseconds a frame takes to cross any link. */
    public static final long HOP_MS = 10;

    private Simulator() {
    }

    public static SimulationResult run(Design design, long seed) {
        List<Frame> frames = new ArrayList<>();
        Run run = new Run(design, seed, frames::add, true);

        run.execute();

        return new SimulationResult(Collections.unmodifiableList(frames), run.summary());
    }

    /** For huge runs: hands each frame to the sink, keeps no frames and no outcomes; returns the frame count. */
    public static long stream(Design design, long seed, FrameSink sink) {
        Run run = new Run(design, seed, sink, false);

        run.execute();

        return run.frameCount();
    }
}
