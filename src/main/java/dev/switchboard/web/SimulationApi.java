package dev.switchboard.web;

import dev.switchboard.sim.Design;
import dev.switchboard.sim.DesignProblems;
import dev.switchboard.sim.DesignReader;
import dev.switchboard.sim.FieldError;
import dev.switchboard.sim.InvalidDesignException;
import dev.switchboard.sim.Node;
import dev.switchboard.sim.Simulator;
import io.javalin.http.Context;

import java.util.List;

/** {@code POST /api/simulate}: a design document in, all its frames and a summary out. */
final class SimulationApi {

    /**
     * Generated requests one simulation over HTTP may hold: about a second of work, so no request holds the server
     * for long. Bigger runs are for the benchmark, which streams their frames instead of keeping them.
     */
    static final long MAX_HTTP_LOAD_REQUESTS = 200_000;

    /** One-second metric windows over all nodes a simulation here may produce: its answer stays a few MB at most. */
    static final long MAX_METRIC_WINDOWS = 100_000;

    void simulate(Context ctx) {
        Design design = runnableDesign(ctx);
        ctx.json(Simulator.run(design, seed(ctx)));
    }

    /** Reads the body as a design document that is valid and can run, or refuses it with every problem named. */
    static Design runnableDesign(Context ctx) {
        String body = ctx.body();
        if (body.isBlank()) {
            throw ApiError.badRequest("body", "the request body is empty; send a design document as JSON");
        }
        Design design = DesignReader.read(body);
        List<FieldError> problems = DesignProblems.find(design);
        if (!problems.isEmpty()) {
            throw new InvalidDesignException(problems);
        }
        checkLoad(design);
        return design;
    }

    private static void checkLoad(Design design) {
        loadProblem(design).ifPresent(problem -> {
            throw ApiError.badRequest(problem.field(), problem.message());
        });
    }

    /**
     * Why the design's generated traffic is too big to simulate while someone waits, naming the client's load:
     * too many requests, or too many one-second metric windows (simulated seconds, plus the minute a traffic run
     * may take to drain, times the nodes measured). Empty when it is fine.
     */
    static java.util.Optional<FieldError> loadProblem(Design design) {
        long total = 0;
        for (int i = 0; i < design.nodes().size(); i++) {
            Node node = design.nodes().get(i);
            if (node.load() == null) {
                continue;
            }
            total += node.load().expectedRequests();
            String field = "nodes[" + i + "].load";
            if (total > MAX_HTTP_LOAD_REQUESTS) {
                return java.util.Optional.of(new FieldError(field, "the load would send " + total
                        + " requests; a simulation here may send at most " + MAX_HTTP_LOAD_REQUESTS
                        + " (lower rps or durationSeconds)"));
            }
            long windows = (node.load().durationSeconds() + 60) * design.nodes().size();
            if (windows > MAX_METRIC_WINDOWS) {
                return java.util.Optional.of(new FieldError(field + ".durationSeconds", "a " + node.load()
                        .durationSeconds() + "-second run of " + design.nodes().size() + " nodes would measure "
                        + windows + " node-seconds; at most " + MAX_METRIC_WINDOWS + " here (shorten the run)"));
            }
        }
        return java.util.Optional.empty();
    }

    static long seed(Context ctx) {
        String seed = Params.single(ctx, "seed");
        if (seed == null) {
            return 0;
        }
        try {
            return Long.parseLong(seed);
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("seed", "seed must be a whole number, was '" + seed + "'");
        }
    }
}
