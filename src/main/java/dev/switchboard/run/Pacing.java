package dev.switchboard.run;

import dev.switchboard.sim.Frame;
import dev.switchboard.sim.SimulationResult;

/**
 * Turns simulated milliseconds into wall-clock milliseconds for playback.
 *
 * <p>Simulated hops last a few milliseconds, far too fast to follow, so at 1x one simulated millisecond plays as
 * {@value #REAL_MS_PER_SIM_MS} real ones: a 10 ms hop takes half a second, as the UI direction asks. Long idle gaps
 * (a client waiting between requests) are shortened to {@value #MAX_GAP_MS} ms so a learner never stares at a
 * still picture.
 */
public final class Pacing {

    public static final double MIN_SPEED = 0.25;
    public static final double MAX_SPEED = 4.0;
    public static final long REAL_MS_PER_SIM_MS = 50;
    static final long MAX_GAP_MS = 1_000;

    private Pacing() {
    }

    /** A traffic run plays its whole simulated span in about this long at 1x, however long it lasted. */
    static final long TRAFFIC_PLAYBACK_MS = 40_000;

    /**
     * Real milliseconds per simulated millisecond at 1x for a result: {@value #REAL_MS_PER_SIM_MS} for scripted
     * runs, so each hop can be followed; for traffic runs (those with metrics) whatever fits the run into about
     * forty seconds, since thousands of requests at hop-by-hop pace would take many minutes.
     */
    public static double scaleFor(SimulationResult result) {
        if (result.metrics() == null || result.summary().durationMs() <= 0) {
            return REAL_MS_PER_SIM_MS;
        }
        double fitted = (double) TRAFFIC_PLAYBACK_MS / result.summary().durationMs();
        return Math.max(0.05, Math.min(REAL_MS_PER_SIM_MS, fitted));
    }

    /** Real time to wait before releasing {@code next}, given the frame released before it (or null). */
    public static long delayBefore(Frame previous, Frame next, double speed) {
        return delayBefore(previous, next, speed, REAL_MS_PER_SIM_MS);
    }

    public static long delayBefore(Frame previous, Frame next, double speed, double scale) {
        long simulatedGap = previous == null ? 0 : next.time() - previous.time();
        return scaled(simulatedGap, speed, scale);
    }

    /** Real time the last frame needs to finish travelling before the run can call itself finished. */
    public static long travelTime(Frame frame, double speed) {
        return travelTime(frame, speed, REAL_MS_PER_SIM_MS);
    }

    public static long travelTime(Frame frame, double speed, double scale) {
        return scaled(frame.duration(), speed, scale);
    }

    public static boolean isValidSpeed(double speed) {
        return speed >= MIN_SPEED && speed <= MAX_SPEED;
    }

    private static long scaled(long simulatedMs, double speed, double scale) {
        double realMs = Math.min(simulatedMs * scale, MAX_GAP_MS);
        return Math.round(realMs / speed);
    }
}
