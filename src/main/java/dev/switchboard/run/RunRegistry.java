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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the live runs of this instance. Runs are cheap (a cursor over precomputed frames), but each one a browser
 * starts and abandons would stay forever, so a sweeper closes runs nobody has watched for {@code idleTimeout}, and
 * the number of live runs is capped.
 */
public final class RunRegistry implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RunRegistry.class);

    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer;
    private final Duration idleTimeout;
    private final int maxRuns;
    private final int maxRunsPerOwner;

    /**
     * @param idleTimeout     how long a run nobody watches is kept
     * @param maxRuns         live runs on this instance at most
     * @param maxRunsPerOwner live runs one client (an address) may hold at most, so one client cannot take them all
     */
    public RunRegistry(Duration idleTimeout, int maxRuns, int maxRunsPerOwner) {
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
        return register(new Run(RandomIds.next(), owner, design, seed, Simulator.run(design, seed), speed, timer,
                System.currentTimeMillis()));
    }

    /** Starts a paused replay of a result computed elsewhere; it cannot take incidents, having no design. */
    public Run create(SimulationResult result, double speed, String owner) {
        checkCapacity(owner);
        return register(new Run(RandomIds.next(), owner, null, 0, result, speed, timer, System.currentTimeMillis()));
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
            run.close();
        }
        return run != null;
    }

    public int size() {
        return runs.size();
    }

    void sweepIdleRuns() {
        long cutoff = System.currentTimeMillis() - idleTimeout.toMillis();
        runs.values().removeIf(run -> {
            boolean idle = run.isIdleSince(cutoff);
            if (idle) {
                run.close();
                log.info("Closed run {}: nobody watched it for {}", run.id(), idleTimeout);
            }
            return idle;
        });
    }

    @Override
    public void close() {
        timer.shutdownNow();
        runs.values().forEach(Run::close);
        runs.clear();
    }
}
