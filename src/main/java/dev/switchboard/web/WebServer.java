package dev.switchboard.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.switchboard.Config;
import dev.switchboard.lesson.Library;
import dev.switchboard.run.RunRegistry;
import dev.switchboard.sandbox.SandboxService;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;

/** Configures Javalin: JSON, static files, the route table and error handling. */
public final class WebServer {

    /** Design documents and other bodies larger than this are refused with 413. */
    public static final long MAX_BODY_BYTES = 256 * 1024;

    private final Javalin javalin;

    private WebServer(Javalin javalin) {
        this.javalin = javalin;
    }

    public static WebServer start(Config config, Library library, RunRegistry runs, SandboxService sandboxes) {
        ObjectMapper json = objectMapper();
        Templates templates = Templates.create(config.development());
        Handlers handlers = new Handlers(new AcademyPages(library, sandboxes, templates, json), new SimulationApi(),
                new RunApi(runs, json), new SandboxPages(sandboxes, library, templates, json),
                new Inspector(sandboxes, templates, json), new SandboxApi(sandboxes));

        Javalin javalin = Javalin.create(javalinConfig -> {
            configure(javalinConfig, config, json);
            routes(javalinConfig.routes, handlers);
            ErrorHandling.register(javalinConfig.routes, templates);
        });
        javalin.start(config.port());
        return new WebServer(javalin);
    }

    public int port() {
        return javalin.port();
    }

    public void stop() {
        javalin.stop();
    }

    /** The application's table of contents: pages, fragments, JSON endpoints and streams. */
    private static void routes(RoutesConfig routes, Handlers h) {
        // Pages
        routes.get("/", h.academy()::index);
        routes.get("/academy", ctx -> ctx.redirect("/"));
        routes.get("/academy/{slug}", h.academy()::lesson);
        routes.get("/academy/{slug}/exercise", h.academy()::exercise);
        routes.get("/glossary", h.academy()::glossary);
        routes.get("/glossary/{term}", h.academy()::term);
        routes.get("/status", h.academy()::statusCodes);
        routes.get("/status/{code}", h.academy()::statusCode);
        routes.get("/sandbox", h.sandboxPages()::latest);
        routes.post("/sandbox", h.sandboxPages()::create);
        routes.get("/sandbox/{id}", h.sandboxPages()::editor);
        routes.get("/sandbox/{id}/export", h.sandboxPages()::export);
        routes.get("/s/{code}", h.sandboxPages()::shared);
        routes.post("/s/{code}/copy", h.sandboxPages()::copyShare);

        // htmx fragments
        routes.get("/academy/{slug}/simulation", h.academy()::simulationPanel);
        routes.get("/sandbox/{id}/inspector", h.inspector()::show);
        routes.post("/sandbox/{id}/inspector/{node}", h.inspector()::update);
        routes.get("/sandbox/{id}/outline", h.sandboxPages()::outline);
        routes.get("/sandbox/{id}/problems", h.sandboxPages()::problems);
        routes.get("/sandbox/{id}/goals", h.sandboxPages()::goals);

        // JSON API
        routes.before("/api/*", ApiGate::check);
        routes.post("/api/simulate", h.simulation()::simulate);
        routes.post("/api/runs", h.runs()::create);
        routes.get("/api/runs/{id}", h.runs()::status);
        routes.delete("/api/runs/{id}", h.runs()::delete);
        routes.post("/api/runs/{id}/play", h.runs()::play);
        routes.post("/api/runs/{id}/pause", h.runs()::pause);
        routes.post("/api/runs/{id}/step", h.runs()::step);
        routes.post("/api/runs/{id}/restart", h.runs()::restart);
        routes.post("/api/runs/{id}/speed", h.runs()::speed);
        routes.post("/api/runs/{id}/incidents", h.runs()::incident);
        routes.post("/api/sandboxes", h.sandboxApi()::create);
        routes.get("/api/sandboxes", h.sandboxApi()::list);
        routes.get("/api/sandboxes/{id}", h.sandboxApi()::read);
        routes.put("/api/sandboxes/{id}", h.sandboxApi()::save);
        routes.delete("/api/sandboxes/{id}", h.sandboxApi()::delete);
        routes.post("/api/sandboxes/{id}/share", h.sandboxApi()::share);
        routes.get("/api/shares/{code}", h.sandboxApi()::readShare);

        // Streams
        routes.before("/api/runs/{id}/events", h.runs()::requireRun);
        routes.sse("/api/runs/{id}/events", h.runs()::events);
    }

    private record Handlers(AcademyPages academy, SimulationApi simulation, RunApi runs, SandboxPages sandboxPages,
                            Inspector inspector, SandboxApi sandboxApi) {
    }

    private static void configure(JavalinConfig javalin, Config config, ObjectMapper json) {
        javalin.jsonMapper(new JavalinJackson(json, false));
        javalin.http.maxRequestSize = MAX_BODY_BYTES;
        javalin.http.prefer405over404 = true;
        javalin.startup.showJavalinBanner = false;
        javalin.jetty.modifyServer(server -> server.setErrorHandler(new ProtocolErrors()));
        javalin.staticFiles.enableWebjars();
        if (config.development()) {
            javalin.staticFiles.add("frontend", Location.EXTERNAL);
        }
        javalin.staticFiles.add("/public", Location.CLASSPATH);
    }

    static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }
}
