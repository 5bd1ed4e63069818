package dev.switchboard.run;

import dev.switchboard.sim.Frame;

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

    /** Real time to wait before releasing {@code next}, given the frame released before it (or null). */
    public static long delayBefore(Frame previous, Frame next, double speed) {
        long simulatedGap = previous == null ? 0 : next.time() - previous.time();
        return scaled(simulatedGap, speed);
    }

    /** Real time the last frame needs to finish travelling before the run can call itself finished. */
    public static long travelTime(Frame frame, double speed) {
        return scaled(frame.duration(), speed);
    }

    public static boolean isValidSpeed(double speed) {
        return speed >= MIN_SPEED && speed <= MAX_SPEED;
    }

    private static long scaled(long simulatedMs, double speed) {
        long realMs = Math.min(simulatedMs * REAL_MS_PER_SIM_MS, MAX_GAP_MS);
        return Math.round(realMs / speed);
    }
}
