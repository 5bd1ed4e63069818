package dev.switchboard.run;

import dev.switchboard.sim.Frame;
import dev.switchboard.sim.Summary;

/**
 * One watcher of a run, such as a browser's event stream. Calls arrive in order, one at a time, while the run
 * holds its lock, so an implementation must not call back into the run.
 */
public interface RunListener {

    void frame(Frame frame);

    void status(RunStatus status);

    /** The run rewound to its first frame: the watcher should forget the frames it has seen. */
    void restarted(RunStatus status);

    /** Every frame has been released. */
    void finished(Summary summary);

    /** The run is gone (deleted, or swept after nobody watched it): the watcher should stop listening. */
    default void closed() {
    }
}
