package dev.switchboard.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.run.Pacing;
import dev.switchboard.run.Run;
import dev.switchboard.run.RunRegistry;
import dev.switchboard.sim.Design;
import dev.switchboard.sim.Simulator;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live runs over HTTP: create one from a design, steer it with POSTs, and watch its frames as Server-Sent Events.
 */
final class RunApi {

    private static final Logger log = LoggerFactory.getLogger(RunApi.class);

    private final RunRegistry runs;
    private final ObjectMapper json;

    RunApi(RunRegistry runs, ObjectMapper json) {
        this.runs = runs;
        this.json = json;
    }

    void create(Context ctx) {
        Design design = SimulationApi.runnableDesign(ctx);
        double speed = speedParam(Params.single(ctx, "speed"), 1.0);
        Run run = runs.create(Simulator.run(design, SimulationApi.seed(ctx)), speed, ctx.ip());

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", run.id());
        body.put("events", "/api/runs/" + run.id() + "/events");
        body.put("status", run.status());
        body.put("realMsPerSimulatedMs", Pacing.REAL_MS_PER_SIM_MS);
        body.put("summary", run.result().summary());
        ctx.status(201).json(body);
    }

    void status(Context ctx) {
        ctx.json(run(ctx).status());
    }

    void play(Context ctx) {
        Run run = run(ctx);
        run.play();
        ctx.json(run.status());
    }

    void pause(Context ctx) {
        Run run = run(ctx);
        run.pause();
        ctx.json(run.status());
    }

    void step(Context ctx) {
        Run run = run(ctx);
        run.step();
        ctx.json(run.status());
    }

    void restart(Context ctx) {
        Run run = run(ctx);
        run.restart();
        ctx.json(run.status());
    }

    /** Body {@code {"speed": 2}}; the query form {@code ?speed=2} is accepted too, for curl users. */
    void speed(Context ctx) {
        Run run = run(ctx);
        run.speed(speedFrom(ctx));
        ctx.json(run.status());
    }

    void delete(Context ctx) {
        if (!runs.remove(ctx.pathParam("id"))) {
            throw unknownRun(ctx.pathParam("id"));
        }
        ctx.status(204);
    }

    /**
     * Runs before the stream opens, so an unknown run gets a plain 404 instead of an empty stream, and a client that
     * does not ask for an event stream learns why it got none (Javalin only streams to {@code text/event-stream}).
     */
    void requireRun(Context ctx) {
        if (!ctx.method().name().equals("GET")) {
            return;
        }
        run(ctx);
        String accept = ctx.header("Accept");
        if (accept == null || !accept.contains("text/event-stream")) {
            throw new ApiError(406, "Accept", "this is a Server-Sent Events stream: send 'Accept: text/event-stream'");
        }
    }

    void events(SseClient client) {
        Run run = run(client.ctx());
        SseRunListener listener = new SseRunListener(client, json);
        client.keepAlive();
        client.onClose(() -> run.unsubscribe(listener));
        run.subscribe(listener, lastEventId(client.ctx()));
        log.debug("A watcher joined run {}", run.id());
    }

    private Run run(Context ctx) {
        String id = ctx.pathParam("id");
        return runs.find(id).orElseThrow(() -> unknownRun(id));
    }

    private static ApiError unknownRun(String id) {
        return ApiError.notFound("id", "no run with id '" + id + "'; it may have ended after nobody watched it");
    }

    private double speedFrom(Context ctx) {
        String query = Params.single(ctx, "speed");
        if (query != null) {
            return speedParam(query, 1.0);
        }
        JsonNode body = Params.jsonObject(ctx.body(), "{\"speed\": 2}");
        body.fieldNames().forEachRemaining(field -> {
            if (!field.equals("speed")) {
                throw ApiError.badRequest(field, "unknown field '" + field + "'; the body is {\"speed\": n}");
            }
        });
        JsonNode speed = body.get("speed");
        if (speed == null || !speed.isNumber()) {
            throw ApiError.badRequest("speed", "send {\"speed\": n} with n a number from 0.25 to 4");
        }
        return checkedSpeed(speed.asDouble(), speed.asText());
    }

    private static double speedParam(String value, double fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return checkedSpeed(Double.parseDouble(value), value);
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("speed", "speed must be a number from 0.25 to 4, was '" + value + "'");
        }
    }

    private static double checkedSpeed(double speed, String asWritten) {
        if (!Pacing.isValidSpeed(speed)) {
            throw ApiError.badRequest("speed", "speed must be from 0.25 to 4, was " + asWritten);
        }
        return speed;
    }

    private static Integer lastEventId(Context ctx) {
        String header = ctx.header("Last-Event-ID");
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(header.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
