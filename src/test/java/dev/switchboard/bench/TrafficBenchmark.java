package dev.switchboard.bench;

import dev.switchboard.sim.Design;
import dev.switchboard.sim.DesignReader;
import dev.switchboard.sim.Metrics;
import dev.switchboard.sim.SimulationResult;
import dev.switchboard.sim.Simulator;
import umontreal.ssj.randvar.ExponentialGen;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.simevents.Accumulate;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Sim;
import umontreal.ssj.stat.Tally;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Traffic benchmarks, not unit tests: wall-clock figures vary by machine, so nothing asserts them.
 * <ol>
 * <li>Our engine and SSJ side by side on the same M/M/c model (Poisson arrivals at 85 per second, 3 servers,
 * exponential service with mean 30 ms, one FIFO queue): events per second and simulated requests per second.</li>
 * <li>Simulated requests per second through client → gateway → load balancer → 3 servers.</li>
 * <li>A 10,000,000-request traffic run, with the heap it needed; run it with -Djvm.args=-Xmx256m.</li>
 * </ol>
 * Run it with {@code mvn -B -q test-compile exec:exec -Dexec.classpathScope=test
 * -Dmain.class=dev.switchboard.bench.TrafficBenchmark -Djvm.args=-Xmx256m}. Arguments {@code ssj}, {@code pipeline}
 * and {@code ten-million} run only those parts (from a plain {@code java} command line); none runs all three.
 */
public final class TrafficBenchmark {

    private static final int WARM_UPS = 2;
    private static final int MEASURED = 5;
    private static final int MMC_RPS = 85;
    private static final int MMC_SECONDS = 3600;
    private static final double SERVICE_MS = 30;

    private TrafficBenchmark() {
    }

    public static void main(String[] args) {
        Locale.setDefault(Locale.ROOT);
        System.out.printf("Java %s, %d processors, max heap %,d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        List<String> parts = args.length == 0 ? List.of("ssj", "pipeline", "ten-million") : List.of(args);
        if (parts.contains("ssj")) {
            compareWithSsj();
        }
        if (parts.contains("pipeline")) {
            throughThePipeline();
        }
        if (parts.contains("ten-million")) {
            tenMillion();
        }
    }

    /**
     * Each round runs five seeds back to back on each side, so a measurement lasts long enough to be steady. SSJ runs
     * twice: bare, recording nothing, and as SSJ's own queueing examples are written, with a Tally of waits and of
     * times in the system and an Accumulate of the queue length and of the busy servers. Our engine always keeps its
     * per-node metrics in one-second windows with exact percentiles, which is more than either.
     */
    private static void compareWithSsj() {
        Design mmc = DesignReader.read(mmcDesign());
        int rounds = Integer.getInteger("rounds", 7);
        int warmUps = Integer.getInteger("warmups", WARM_UPS);
        double[][] events = new double[3][rounds];
        double[][] requests = new double[3][rounds];
        double checksum = 0;
        for (int round = -warmUps; round < rounds; round++) {
            for (int engine = 0; engine < 3; engine++) {
                long eventCount = 0;
                long requestCount = 0;
                long start = System.nanoTime();
                for (int seed = 0; seed < 5; seed++) {
                    if (engine == 0) {
                        SimulationResult result = Simulator.run(mmc, seed);
                        eventCount += result.metrics().events();
                        requestCount += result.summary().requests();
                    } else {
                        SsjRun run = ssjMmc(seed, engine == 2);
                        eventCount += run.events;
                        requestCount += run.requests;
                        checksum += run.meanWait;
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                if (round >= 0) {
                    events[engine][round] = eventCount / seconds;
                    requests[engine][round] = requestCount / seconds;
                }
            }
        }
        System.out.printf("M/M/3 at utilisation 0.85, %d s simulated (about %,d requests) per run, 5 runs per"
                + " measurement, median of %d measurements:%n", MMC_SECONDS, MMC_RPS * MMC_SECONDS, rounds);
        String[] names = {"Switchboard (metrics on)", "SSJ 3.3.2, bare", "SSJ 3.3.2, with statistics"};
        for (int engine = 0; engine < 3; engine++) {
            System.out.printf("  %-27s %,12.0f events/s, %,11.0f requests/s%n", names[engine] + ":",
                    median(events[engine]), median(requests[engine]));
        }
        System.out.printf("  event rate ratio: %.2f against bare SSJ, %.2f against SSJ with statistics"
                + " (SSJ's mean wait, summed: %.0f ms)%n", median(events[0]) / median(events[1]),
                median(events[0]) / median(events[2]), checksum);
    }

    /** What one SSJ run gives back: its events and requests, and its mean wait when it keeps statistics. */
    private record SsjRun(long events, long requests, double meanWait) {
    }

    /**
     * The same model in SSJ: arrival and departure events, one FIFO queue, 3 servers. With {@code statistics}, it
     * tallies each customer's wait and time in the system and accumulates the queue length and busy servers over
     * time, the way SSJ's own M/M/c examples do.
     */
    private static SsjRun ssjMmc(long seed, boolean statistics) {
        MRG32k3a stream = new MRG32k3a();
        for (long i = 0; i < seed; i++) {
            stream.resetNextSubstream();
        }
        ExponentialGen gaps = new ExponentialGen(stream, MMC_RPS / 1000.0);
        ExponentialGen service = new ExponentialGen(new MRG32k3a(), 1 / SERVICE_MS);
        ArrayDeque<Double> queue = new ArrayDeque<>();
        long[] counts = new long[2];
        int[] busy = new int[1];
        double end = MMC_SECONDS * 1000.0;
        Tally waits = new Tally("wait");
        Tally sojourns = new Tally("time in the system");
        Accumulate queueLength = new Accumulate("queue length");
        Accumulate busyServers = new Accumulate("busy servers");

        Sim.init();
        queueLength.init(0);
        busyServers.init(0);
        class Departure extends Event {
            private final double arrived;

            Departure(double arrived) {
                this.arrived = arrived;
            }

            @Override
            public void actions() {
                counts[0]++;
                if (statistics) {
                    sojourns.add(Sim.time() - arrived);
                }
                if (queue.isEmpty()) {
                    busy[0]--;
                    if (statistics) {
                        busyServers.update(busy[0]);
                    }
                } else {
                    double next = queue.pollFirst();
                    if (statistics) {
                        waits.add(Sim.time() - next);
                        queueLength.update(queue.size());
                    }
                    new Departure(next).schedule(service.nextDouble());
                }
            }
        }
        class Arrival extends Event {
            @Override
            public void actions() {
                counts[0]++;
                double next = gaps.nextDouble();
                if (Sim.time() + next < end) {
                    new Arrival().schedule(next);
                }
                counts[1]++;
                if (busy[0] < 3) {
                    busy[0]++;
                    if (statistics) {
                        waits.add(0);
                        busyServers.update(busy[0]);
                    }
                    new Departure(Sim.time()).schedule(service.nextDouble());
                } else {
                    queue.addLast(Sim.time());
                    if (statistics) {
                        queueLength.update(queue.size());
                    }
                }
            }
        }
        new Arrival().schedule(gaps.nextDouble());
        Sim.start();
        return new SsjRun(counts[0], counts[1], statistics ? waits.average() : 0);
    }

    private static void throughThePipeline() {
        Design design = DesignReader.read(pipelineDesign(10_000, 300));
        double[] rates = new double[MEASURED];
        long requests = 0;
        for (int i = 0; i < WARM_UPS + MEASURED; i++) {
            long start = System.nanoTime();
            SimulationResult result = Simulator.run(design, i);
            double seconds = (System.nanoTime() - start) / 1e9;
            requests = result.summary().requests();
            if (i >= WARM_UPS) {
                rates[i - WARM_UPS] = requests / seconds;
            }
        }
        System.out.printf("Client → gateway → load balancer → 3 servers, %,d requests per run, median of %d:%n",
                requests, MEASURED);
        System.out.printf("  %,.0f simulated requests/s (best %,.0f)%n", median(rates),
                Arrays.stream(rates).max().orElse(0));
    }

    private static void tenMillion() {
        Design design = DesignReader.read(pipelineDesign(10_000, 1000));
        long start = System.nanoTime();
        SimulationResult result = Simulator.run(design, 1);
        double seconds = (System.nanoTime() - start) / 1e9;
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        Metrics metrics = result.metrics();
        System.out.printf("Traffic run of %,d requests: %.1f s, %,.0f requests/s, %,d frames kept of %,d,"
                        + " %,d metric windows per node, heap in use at the end %,d MB of max %,d MB%n",
                result.summary().requests(), seconds, result.summary().requests() / seconds,
                result.frames().size(), result.summary().sampling().framesTotal(),
                metrics.nodes().get(0).windows().size(), used >> 20, runtime.maxMemory() >> 20);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    public static String mmcDesign() {
        return """
                {"version": 1, "name": "M/M/3", "nodes": [
                  {"id": "client", "type": "client", "name": "Client", "load": {"rps": %d, "durationSeconds": %d,
                   "arrival": "poisson", "mix": [{"method": "GET", "path": "/x"}]}},
                  {"id": "lb", "type": "loadbalancer", "name": "LB", "latencyMs": 0, "queue": 1000000,
                   "strategy": "least-connections"},
                  {"id": "s1", "type": "server", "name": "S1", "latencyMs": 30, "capacity": 1, "service": "exponential"},
                  {"id": "s2", "type": "server", "name": "S2", "latencyMs": 30, "capacity": 1, "service": "exponential"},
                  {"id": "s3", "type": "server", "name": "S3", "latencyMs": 30, "capacity": 1, "service": "exponential"}],
                 "links": [{"from": "client", "to": "lb", "latencyMs": 0}, {"from": "lb", "to": "s1", "latencyMs": 0},
                           {"from": "lb", "to": "s2", "latencyMs": 0}, {"from": "lb", "to": "s3", "latencyMs": 0}]}"""
                .formatted(MMC_RPS, MMC_SECONDS);
    }

    static String pipelineDesign(int rps, int seconds) {
        return """
                {"version": 1, "name": "Pipeline", "nodes": [
                  {"id": "client", "type": "client", "name": "Client", "load": {"rps": %d, "durationSeconds": %d,
                   "mix": [{"method": "GET", "path": "/api/v1/posts/list"}]}},
                  {"id": "gateway", "type": "gateway", "name": "API Gateway",
                   "routes": [{"prefix": "/api/v1/posts", "pool": "POSTS"}]},
                  {"id": "lb", "type": "loadbalancer", "name": "LB", "pool": "POSTS"},
                  {"id": "s1", "type": "server", "name": "S1", "handles": ["/api/v1/posts"]},
                  {"id": "s2", "type": "server", "name": "S2", "handles": ["/api/v1/posts"]},
                  {"id": "s3", "type": "server", "name": "S3", "handles": ["/api/v1/posts"]}],
                 "links": [{"from": "client", "to": "gateway"}, {"from": "gateway", "to": "lb"},
                           {"from": "lb", "to": "s1"}, {"from": "lb", "to": "s2"}, {"from": "lb", "to": "s3"}]}"""
                .formatted(rps, seconds);
    }
}
