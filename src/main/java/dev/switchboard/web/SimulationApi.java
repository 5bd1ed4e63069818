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

    /** Names the client whose load takes the design's generated requests over the cap. */
    private static void checkLoad(Design design) {
        long total = 0;
        for (int i = 0; i < design.nodes().size(); i++) {
            Node node = design.nodes().get(i);
            total += node.load() == null ? 0 : node.load().expectedRequests();
            if (total > MAX_HTTP_LOAD_REQUESTS) {
                throw ApiError.badRequest("nodes[" + i + "].load", "the load would send " + total
                        + " requests; a simulation here may send at most " + MAX_HTTP_LOAD_REQUESTS
                        + " (lower rps or durationSeconds)");
            }
        }
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
