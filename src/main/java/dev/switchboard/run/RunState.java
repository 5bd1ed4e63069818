package dev.switchboard.run;

/**
 * Where a live run is in its life.
 *
 * <ul>
 *   <li>{@link #PAUSED}: frames wait; a new run starts here, so nothing moves before the learner asks.</li>
 *   <li>{@link #PLAYING}: frames are released one by one, paced in simulated time scaled by the speed.</li>
 *   <li>{@link #FINISHED}: every frame has been released; Restart rewinds to the start.</li>
 * </ul>
 */
public enum RunState {
    PAUSED,
    PLAYING,
    FINISHED;

    /** The lower-case word used on the wire. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
