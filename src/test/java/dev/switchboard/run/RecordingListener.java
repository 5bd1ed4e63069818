package dev.switchboard.run;

import dev.switchboard.sim.Frame;
import dev.switchboard.sim.Summary;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Records what a run tells its watcher, in order, as short strings such as "frame 3" or "status playing 2". */
class RecordingListener implements RunListener {

    private final BlockingQueue<String> news = new LinkedBlockingQueue<>();
    final List<Frame> frames = new CopyOnWriteArrayList<>();

    @Override
    public void frame(Frame frame) {
        frames.add(frame);
        news.add("frame " + frame.seq());
    }

    @Override
    public void status(RunStatus status) {
        news.add("status " + status.state() + " " + status.position());
    }

    @Override
    public void restarted(RunStatus status) {
        frames.clear();
        news.add("restart");
    }

    @Override
    public void finished(Summary summary) {
        news.add("end");
    }

    /** Waits (at most ten seconds) for news starting with the given text and returns it. */
    String await(String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            String item = news.poll(50, TimeUnit.MILLISECONDS);
            if (item != null && item.startsWith(prefix)) {
                return item;
            }
        }
        throw new AssertionError("no news starting with '" + prefix + "'");
    }

    List<String> drain() {
        List<String> drained = new java.util.ArrayList<>();
        news.drainTo(drained);
        return drained;
    }
}
