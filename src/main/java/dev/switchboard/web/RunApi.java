package dev.switchboard.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.run.Pacing;
import dev.switchboard.run.Run;
import dev.switchboard.run.RunRegistry;
import dev.switchboard.sim.Design;
import dev.switchboard.sim.Node;
import dev.switchboard.sim.SimulationResult;
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
        Run run = runs.create(design, SimulationApi.seed(ctx), speed, Sessions.owner(ctx));
        SimulationResult result = run.result();

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", run.id());
        body.put("events", "/api/runs/" + run.id() + "/events");
        body.put("status", run.status());
        body.put("realMsPerSimulatedMs", run.scale());
        body.put("summary", result.summary());
        if (result.metrics() != null) {
            body.put("metrics", result.metrics());
        }
        ctx.status(201).json(body);
    }

    /**
     * Body {@code {"node": "posts-2", "down": true}}: the server or load balancer goes down (or comes back) just
     * after the last frame released. Answers the new status and the run's metrics, which the incident changed.
     */
    void incident(Context ctx) {
        Run run = run(ctx);
        JsonNode body = Params.jsonObject(ctx.body(), "{\"node\": \"posts-2\", \"down\": true}");
        String node = incidentNode(body, run.design());
        JsonNode down = body.get("down");
        if (down == null || !down.isBoolean()) {
            throw ApiError.badRequest("down", "send \"down\": true to take the node down, false to bring it back");
        }

        try {
            run.incident(node, down.asBoolean());
        } catch (Run.AlreadySoException e) {
            throw new ApiError(409, "down", e.getMessage());
        } catch (IllegalStateException e) {
            throw ApiError.badRequest("incidents", e.getMessage());
        }

        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", run.status());
        answer.put("incidents", run.incidents());
        SimulationResult result = run.result();
        if (result.metrics() != null) {
            answer.put("metrics", result.metrics());
        }
        ctx.json(answer);
    }

    private static String incidentNode(JsonNode body, Design design) {
        body.fieldNames().forEachRemaining(field -> {
            if (!field.equals("node") && !field.equals("down")) {
                throw ApiError.badRequest(field, "unknown field '" + field + "'; the body is {\"node\", \"down\"}");
            }
        });
        JsonNode node = body.get("node");
        if (node == null || !node.isTextual()) {
            throw ApiError.badRequest("node", "send \"node\": the id of a server or load balancer of the design");
        }
        String id = node.asText();
        Node found = design == null ? null : design.node(id).orElse(null);
        if (found == null) {
            throw ApiError.badRequest("node", "the design has no node '" + id + "'");
        }
        if (!found.typeIs(Node.SERVER) && !found.typeIs(Node.LOAD_BALANCER)) {
            throw ApiError.badRequest("node", "'" + id + "' is a " + found.type()
                    + "; only a server or a load balancer can go down");
        }
        return id;
    }

    void status(Context ctx) {
        ctx.json(run(ctx).status());
    }

    void play(Context ctx) {
        steer(ctx, Run::play);
    }

    void pause(Context ctx) {
        steer(ctx, Run::pause);
    }

    void step(Context ctx) {
        steer(ctx, Run::step);
    }

    void restart(Context ctx) {
        steer(ctx, Run::restart);
    }

    /** Body {@code {"speed": 2}}; the query form {@code ?speed=2} is accepted too, for curl users. */
    void speed(Context ctx) {
        steer(ctx, run -> run.speed(speedFrom(ctx)));
    }

    /** Every control answers the run's status after the change, which the stream also announces. */
    private void steer(Context ctx, java.util.function.Consumer<Run> control) {
        Run run = run(ctx);
        control.accept(run);
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
