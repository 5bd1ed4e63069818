package dev.switchboard.bench;

import dev.switchboard.sim.Design;
import dev.switchboard.sim.FrameSink;
import dev.switchboard.sim.Frame;
import dev.switchboard.sim.Link;
import dev.switchboard.sim.Node;
import dev.switchboard.sim.RequestSpec;
import dev.switchboard.sim.Route;
import dev.switchboard.sim.Simulator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Measures engine throughput in frames per second on the lesson design with a client sending a million requests.
 * Not a unit test: wall-clock figures vary by machine, so nothing asserts them. Run it with
 * {@code mvn -B -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.switchboard.bench.EngineBenchmark}.
 */
public final class EngineBenchmark {

    private static final int REQUESTS = 1_000_000;
    private static final int WARM_UPS = 3;
    private static final int MEASURED = 5;
    private static final long SEED = 42;

    private EngineBenchmark() {
    }

    public static void main(String[] args) {
        Design design = lessonDesign(REQUESTS);

        for (int i = 0; i < WARM_UPS; i++) {
            runOnce(design);
        }
        double[] framesPerSecond = new double[MEASURED];
        long frames = 0;
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            frames = runOnce(design);
            framesPerSecond[i] = frames / ((System.nanoTime() - start) / 1e9);
        }

        report(frames, framesPerSecond);
    }

    private static long runOnce(Design design) {
        CountingSink sink = new CountingSink();
        long frames = Simulator.stream(design, SEED, sink);
        if (frames != sink.count) {
            throw new IllegalStateException("the engine reported " + frames + " frames but emitted " + sink.count);
        }
        return frames;
    }

    private static void report(long frames, double[] framesPerSecond) {
        double[] sorted = framesPerSecond.clone();
        Arrays.sort(sorted);
        Runtime runtime = Runtime.getRuntime();
        long heapUsed = runtime.totalMemory() - runtime.freeMemory();
        // The figure after a collection is what the run holds on to: the design only, since no frames are kept.
        System.gc();
        long heapRetained = runtime.totalMemory() - runtime.freeMemory();

        System.out.printf("Engine throughput: %,d requests, %,d frames per run, %d warm-up and %d measured runs%n",
                REQUESTS, frames, WARM_UPS, MEASURED);
        System.out.printf("  median %,.0f frames/s, best %,.0f frames/s%n", sorted[MEASURED / 2],
                sorted[MEASURED - 1]);
        System.out.printf("  heap used after the last run: %,d MB, after a GC: %,d MB (max heap %,d MB)%n",
                heapUsed >> 20, heapRetained >> 20, runtime.maxMemory() >> 20);
    }

    /** The lesson design of DESIGN.md section 3, its client cycling the three lesson requests 1 ms apart. */
    static Design lessonDesign(int requests) {
        List<RequestSpec> lessonRequests = List.of(
                new RequestSpec("GET", "/api/v1/posts/list"),
                new RequestSpec("GET", "/api/v1/users/profile"),
                new RequestSpec("GET", "/api/v1/posts/list"));
        List<RequestSpec> sent = new ArrayList<>(requests);
        for (int i = 0; i < requests; i++) {
            sent.add(lessonRequests.get(i % lessonRequests.size()));
        }

        List<Node> nodes = List.of(
                Node.basic("client", "client", "Client", sent, 1L, null, null, null, null),
                Node.basic("gateway", "gateway", "API Gateway", null, null,
                        List.of(new Route("/api/v1/posts", "POST_SERVICE", null),
                                new Route("/api/v1/users", "USER_SERVICE", null)), null, null, null),
                Node.basic("posts", "server", "Post Server", null, null, null, "POST_SERVICE",
                        List.of("/api/v1/posts"), null),
                Node.basic("users", "server", "User Server", null, null, null, "USER_SERVICE",
                        List.of("/api/v1/users"), null));
        List<Link> links = List.of(new Link("client", "gateway"), new Link("gateway", "posts"),
                new Link("gateway", "users"));
        return new Design(1, "Engine benchmark", nodes, links);
    }

    /** Counts frames and keeps none, as a streaming consumer of a huge run would. */
    private static final class CountingSink implements FrameSink {

        private long count;

        @Override
        public void accept(Frame frame) {
            count++;
        }
    }
}
