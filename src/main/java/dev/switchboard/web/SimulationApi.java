package dev.switchboard.web;

import dev.switchboard.sim.Design;
import dev.switchboard.sim.DesignProblems;
import dev.switchboard.sim.DesignReader;
import dev.switchboard.sim.FieldError;
import dev.switchboard.sim.InvalidDesignException;
import dev.switchboard.sim.Simulator;
import io.javalin.http.Context;

import java.util.List;

/** {@code POST /api/simulate}: a design document in, all its frames and a summary out. */
final class SimulationApi {

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
        return design;
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
