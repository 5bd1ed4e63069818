package dev.switchboard.run;

import dev.switchboard.RandomIds;
import dev.switchboard.sim.Design;
import dev.switchboard.sim.SimulationResult;
import dev.switchboard.sim.Simulator;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the live runs of this instance. Runs are cheap (a cursor over precomputed frames), but each one a browser
 * starts and abandons would stay forever, so a sweeper closes runs nobody has watched for {@code idleTimeout}, and
 * the number of live runs is capped. So are the frames they hold all together: a traffic run keeps thousands, and
 * sessions cost nothing to make, so only a budget for the whole instance keeps many of them from filling the heap.
 */
public final class RunRegistry implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RunRegistry.class);

    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer;
    private final Duration idleTimeout;
    private final int maxRuns;
    private final int maxRunsPerOwner;
    private final long maxFrames;
    /** Frames held by each live run, as counted when it was registered; their sum is checked against maxFrames. */
    private final Map<String, Integer> framesHeld = new ConcurrentHashMap<>();
    private final AtomicLong framesTotal = new AtomicLong();

    /**
     * @param idleTimeout     how long a run nobody watches is kept
     * @param maxRuns         live runs on this instance at most
     * @param maxRunsPerOwner live runs one client (an address) may hold at most, so one client cannot take them all
     */
    public RunRegistry(Duration idleTimeout, int maxRuns, int maxRunsPerOwner) {
        this(idleTimeout, maxRuns, maxRunsPerOwner, framesTheHeapCanHold());
    }

    /** @param maxFrames frames all live runs may hold together */
    public RunRegistry(Duration idleTimeout, int maxRuns, int maxRunsPerOwner, long maxFrames) {
        this.maxFrames = maxFrames;
        this.idleTimeout = idleTimeout;
        this.maxRuns = maxRuns;
        this.maxRunsPerOwner = maxRunsPerOwner;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "run-pacer");
            thread.setDaemon(true);
            return thread;
        });
        long sweepEvery = Math.max(1, idleTimeout.toMillis() / 4);
        timer.scheduleWithFixedDelay(this::sweepIdleRuns, sweepEvery, sweepEvery, TimeUnit.MILLISECONDS);
    }

    /**
     * Simulates the design and starts a paused run of it; throws {@link TooManyRunsException} when a cap is reached.
     */
    public Run create(Design design, long seed, double speed, String owner) {
        checkCapacity(owner);
        SimulationResult result = Simulator.run(design, seed);
        return register(new Run(RandomIds.next(), owner, design, seed, result, speed, timer,
                System.currentTimeMillis()));
    }

    /** Starts a paused replay of a result computed elsewhere; it cannot take incidents, having no design. */
    public Run create(SimulationResult result, double speed, String owner) {
        checkCapacity(owner);
        return register(new Run(RandomIds.next(), owner, null, 0, result, speed, timer, System.currentTimeMillis()));
    }

    /**
     * About a kilobyte a frame once its note and trace are counted; live runs may fill a quarter of the heap, and a
     * traffic run keeps at most about 12,000 frames, so even a small heap holds a few of them.
     */
    private static long framesTheHeapCanHold() {
        return Math.max(50_000, Runtime.getRuntime().maxMemory() / 4 / 1024);
    }

    private void checkCapacity(String owner) {
        if (runs.size() >= maxRuns) {
            throw new TooManyRunsException("This server is playing as many runs as it can (" + maxRuns + ")");
        }
        long mine = runs.values().stream().filter(run -> run.owner().equals(owner)).count();
        if (mine >= maxRunsPerOwner) {
            throw new TooManyRunsException("You already have " + mine + " live runs; close some simulations or "
                    + "wait until idle ones end");
        }
    }

    /** Run ids carry 128 random bits: one cannot be guessed, so nobody can steer someone else's run. */
    private Run register(Run run) {
        int frames = run.result().frames().size();
        if (framesTotal.addAndGet(frames) > maxFrames) {
            framesTotal.addAndGet(-frames);
            run.close();
            log.warn("Refused a run of {} frames: live runs already hold {} of at most {}", frames, framesTotal.get(),
                    maxFrames);
            throw new TooManyRunsException("This server is holding as many simulation frames as it can; close a"
                    + " simulation or wait a minute until idle ones end");
        }
        framesHeld.put(run.id(), frames);
        runs.put(run.id(), run);
        log.debug("Run {} created with {} frames", run.id(), run.result().frames().size());
        return run;
    }

    public Optional<Run> find(String id) {
        return Optional.ofNullable(runs.get(id));
    }

    public boolean remove(String id) {
        Run run = runs.remove(id);
        if (run != null) {
            release(run);
        }
        return run != null;
    }

    /** Frames all live runs hold, as counted when each was registered. */
    public long framesHeld() {
        return framesTotal.get();
    }

    private void release(Run run) {
        run.close();
        Integer frames = framesHeld.remove(run.id());
        if (frames != null) {
            framesTotal.addAndGet(-frames);
        }
    }

    public int size() {
        return runs.size();
    }

    void sweepIdleRuns() {
        long cutoff = System.currentTimeMillis() - idleTimeout.toMillis();
        runs.values().removeIf(run -> {
            boolean idle = run.isIdleSince(cutoff);
            if (idle) {
                release(run);
                log.info("Closed run {}: nobody watched it for {}", run.id(), idleTimeout);
            }
            return idle;
        });
    }

    @Override
    public void close() {
        timer.shutdownNow();
        runs.values().forEach(this::release);
        runs.clear();
    }
}
