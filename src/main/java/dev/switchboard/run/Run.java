package dev.switchboard.run;

import dev.switchboard.sim.Design;
import dev.switchboard.sim.Frame;
import dev.switchboard.sim.Incident;
import dev.switchboard.sim.Node;
import dev.switchboard.sim.SimulationResult;
import dev.switchboard.sim.Simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A live playback of one simulation result: releases its frames to its watchers in time, and obeys play, pause,
 * step, speed and restart. The frames are computed up front (the simulation is deterministic), so a run is only a
 * cursor over them plus a timer; every change happens under the run's lock. An incident (a server going down or
 * coming back) computes the frames again from the run's design, seed and every incident so far, and replaces only
 * the frames nobody has seen yet.
 */
public final class Run {

    private static final Logger log = LoggerFactory.getLogger(Run.class);

    /** Incidents one run may hold at most: each one simulates the whole design again. */
    public static final int MAX_INCIDENTS = 50;

    private final String id;
    private final Design design;
    private final long seed;
    private final List<Incident> incidents = new ArrayList<>();
    private SimulationResult result;
    private final double scale;
    private final ScheduledExecutorService timer;
    private final Set<RunListener> listeners = new CopyOnWriteArraySet<>();

    private RunState state = RunState.PAUSED;
    private int position;
    private double speed;
    private ScheduledFuture<?> pending;
    private long lastActivityMillis;

    private final String owner;

    /** @param design the design the result came from, so incidents can run it again; null for a replay only */
    Run(String id, String owner, Design design, long seed, SimulationResult result, double speed,
        ScheduledExecutorService timer, long nowMillis) {
        this.id = id;
        this.owner = owner;
        this.design = design;
        this.seed = seed;
        this.result = result;
        this.scale = Pacing.scaleFor(result);
        this.speed = speed;
        this.timer = timer;
        this.lastActivityMillis = nowMillis;
    }

    public String id() {
        return id;
    }

    public synchronized SimulationResult result() {
        return result;
    }

    /** Real milliseconds per simulated millisecond at 1x: the browser animates hops at the same pace. */
    public double scale() {
        return scale;
    }

    public Design design() {
        return design;
    }

    public long seed() {
        return seed;
    }

    public synchronized List<Incident> incidents() {
        return List.copyOf(incidents);
    }

    /** Who started the run (a client address), so one client cannot take every run slot. */
    String owner() {
        return owner;
    }

    public synchronized RunStatus status() {
        return new RunStatus(id, state.wireName(), position, frames().size(), speed);
    }

    public synchronized RunState state() {
        return state;
    }

    public synchronized void play() {
        if (state == RunState.PLAYING) {
            return;
        }
        if (state == RunState.FINISHED) {
            rewind();
        }
        state = RunState.PLAYING;
        scheduleNext();
        broadcastStatus();
    }

    public synchronized void pause() {
        if (state != RunState.PLAYING) {
            return;
        }
        cancelPending();
        state = RunState.PAUSED;
        broadcastStatus();
    }

    /** Releases exactly one frame and leaves the run paused. */
    public synchronized void step() {
        cancelPending();
        if (position >= frames().size()) {
            return;
        }
        state = RunState.PAUSED;
        releaseNextFrame();
        if (position == frames().size()) {
            finish();
            return;
        }
        broadcastStatus();
    }

    public synchronized void speed(double newSpeed) {
        if (!Pacing.isValidSpeed(newSpeed)) {
            throw new IllegalArgumentException("speed must be between 0.25 and 4, was " + newSpeed);
        }
        speed = newSpeed;
        if (state == RunState.PLAYING) {
            cancelPending();
            scheduleNext();
        }
        broadcastStatus();
    }

    /**
     * Takes a server or load balancer down (or brings it back) just after the last frame released, so every frame
     * a watcher has seen stays true; the frames after it are computed again and the run goes on as it was.
     *
     * @throws IllegalArgumentException when the node is not a server or load balancer of the design
     * @throws IllegalStateException    when the run already holds {@link #MAX_INCIDENTS} incidents, or has no
     *                                  design to run again
     */
    public synchronized void incident(String nodeId, boolean down) {
        if (design == null) {
            throw new IllegalStateException("this run replays a recorded result and cannot take incidents");
        }
        if (incidents.size() >= MAX_INCIDENTS) {
            throw new IllegalStateException("this run already has " + MAX_INCIDENTS + " incidents; restart it "
                    + "from a new run to try more");
        }
        if (isDown(nodeId) == down) {
            // Recording it would change nothing but still use up one of the run's incidents.
            throw new AlreadySoException("'" + nodeId + "' is already " + (down ? "down" : "up"));
        }
        // The engine keeps every frame before the incident's time; frames at the same millisecond may change.
        long time = position == 0 ? 0 : frames().get(position - 1).time() + 1;
        List<Incident> planned = new ArrayList<>(incidents);
        planned.add(new Incident(time, nodeId, down));
        SimulationResult next = Simulator.run(design, seed, planned);

        incidents.add(planned.get(planned.size() - 1));
        result = spliced(next);
        if (state == RunState.PLAYING) {
            cancelPending();
            scheduleNext();
        }
        broadcastStatus();
    }

    /** Whether the node is down now: as the design starts it, then as the latest incident left it. */
    private boolean isDown(String nodeId) {
        for (int i = incidents.size() - 1; i >= 0; i--) {
            if (incidents.get(i).nodeId().equals(nodeId)) {
                return incidents.get(i).down();
            }
        }
        return design.node(nodeId).map(Node::startsDown).orElse(false);
    }

    /** An incident that asks for the state the node is already in. */
    public static final class AlreadySoException extends IllegalStateException {
        AlreadySoException(String message) {
            super(message);
        }
    }

    /** The frames watchers have seen, then the new run's frames from there on. */
    private SimulationResult spliced(SimulationResult next) {
        List<Frame> seen = frames().subList(0, position);
        if (!next.frames().subList(0, Math.min(position, next.frames().size())).equals(seen)) {
            log.warn("Run {}: an incident changed frames already released; keeping the released ones", id);
        }
        List<Frame> frames = new ArrayList<>(seen);
        frames.addAll(next.frames().subList(Math.min(position, next.frames().size()), next.frames().size()));
        return new SimulationResult(List.copyOf(frames), next.summary(), next.metrics());
    }

    /** Rewinds to the first frame and plays from there, as a player's Restart button does. */
    public synchronized void restart() {
        cancelPending();
        rewind();
        state = RunState.PLAYING;
        scheduleNext();
        broadcastStatus();
    }

    /**
     * Adds a watcher and brings it up to date: the frames released after {@code lastSeenSeq} (all of them when
     * null), then the current status. A watcher that saw frames from before a restart is told to forget them.
     */
    public synchronized void subscribe(RunListener listener, Integer lastSeenSeq) {
        touch();
        int from = lastSeenSeq == null ? 0 : lastSeenSeq;
        boolean sawAnotherTimeline = from > position || from < 0;
        try {
            if (sawAnotherTimeline) {
                listener.restarted(status());
                from = 0;
            }
            frames().subList(from, position).forEach(listener::frame);
            listener.status(status());
            if (state == RunState.FINISHED) {
                listener.finished(result.summary());
            }
            listeners.add(listener);
        } catch (RuntimeException e) {
            log.debug("A watcher of run {} left while catching up: {}", id, e.toString());
        }
    }

    public synchronized void unsubscribe(RunListener listener) {
        listeners.remove(listener);
        touch();
    }

    synchronized boolean isIdleSince(long cutoffMillis) {
        return listeners.isEmpty() && lastActivityMillis < cutoffMillis;
    }

    synchronized void close() {
        cancelPending();
        tellEveryone(RunListener::closed);
        listeners.clear();
    }

    synchronized int watchers() {
        return listeners.size();
    }

    private void scheduleNext() {
        if (position >= frames().size()) {
            finishAfterTravel();
            return;
        }
        Frame previous = position == 0 ? null : frames().get(position - 1);
        long delay = Pacing.delayBefore(previous, frames().get(position), speed, scale);
        pending = timer.schedule(this::releaseOnTimer, delay, TimeUnit.MILLISECONDS);
    }

    private synchronized void releaseOnTimer() {
        if (state != RunState.PLAYING) {
            return;
        }
        releaseNextFrame();
        scheduleNext();
    }

    private void finishAfterTravel() {
        if (frames().isEmpty()) {
            finish();
            return;
        }
        long delay = Pacing.travelTime(frames().get(frames().size() - 1), speed, scale);
        pending = timer.schedule(this::finishOnTimer, delay, TimeUnit.MILLISECONDS);
    }

    private synchronized void finishOnTimer() {
        if (state == RunState.PLAYING) {
            finish();
        }
    }

    private void releaseNextFrame() {
        Frame frame = frames().get(position);
        position++;
        touch();
        tellEveryone(listener -> listener.frame(frame));
    }

    private void finish() {
        state = RunState.FINISHED;
        pending = null;
        broadcastStatus();
        tellEveryone(listener -> listener.finished(result.summary()));
    }

    private void rewind() {
        position = 0;
        RunStatus status = status();
        tellEveryone(listener -> listener.restarted(status));
    }

    private void cancelPending() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    private void broadcastStatus() {
        touch();
        RunStatus status = status();
        tellEveryone(listener -> listener.status(status));
    }

    /** A watcher that fails (its connection broke) is dropped rather than allowed to stop the others. */
    private void tellEveryone(Consumer<RunListener> message) {
        for (RunListener listener : listeners) {
            try {
                message.accept(listener);
            } catch (RuntimeException e) {
                listeners.remove(listener);
                log.debug("Dropped a watcher of run {}: {}", id, e.toString());
            }
        }
    }

    private void touch() {
        lastActivityMillis = System.currentTimeMillis();
    }

    private List<Frame> frames() {
        return result.frames();
    }
}
