package dev.switchboard.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.switchboard.Config;
import dev.switchboard.lesson.Library;
import dev.switchboard.run.RunRegistry;
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

    public static WebServer start(Config config, Library library, RunRegistry runs) {
        ObjectMapper json = objectMapper();
        Templates templates = Templates.create(config.development());
        AcademyPages academy = new AcademyPages(library, templates, json);
        RunApi runApi = new RunApi(runs, json);

        Javalin javalin = Javalin.create(javalinConfig -> {
            configure(javalinConfig, config, json);
            routes(javalinConfig.routes, academy, new SimulationApi(), runApi);
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
    private static void routes(RoutesConfig routes, AcademyPages academy, SimulationApi simulation, RunApi run) {
        // Pages
        routes.get("/", academy::index);
        routes.get("/academy/{slug}", academy::lesson);
        routes.get("/glossary", academy::glossary);
        routes.get("/glossary/{term}", academy::term);
        routes.get("/status", academy::statusCodes);
        routes.get("/status/{code}", academy::statusCode);
        routes.get("/sandbox", academy::sandbox);

        // htmx fragments
        routes.get("/academy/{slug}/simulation", academy::simulationPanel);

        // JSON API
        routes.post("/api/simulate", simulation::simulate);
        routes.post("/api/runs", run::create);
        routes.get("/api/runs/{id}", run::status);
        routes.delete("/api/runs/{id}", run::delete);
        routes.post("/api/runs/{id}/play", run::play);
        routes.post("/api/runs/{id}/pause", run::pause);
        routes.post("/api/runs/{id}/step", run::step);
        routes.post("/api/runs/{id}/restart", run::restart);
        routes.post("/api/runs/{id}/speed", run::speed);

        // Streams
        routes.before("/api/runs/{id}/events", run::requireRun);
        routes.sse("/api/runs/{id}/events", run::events);
    }

    private static void configure(JavalinConfig javalin, Config config, ObjectMapper json) {
        javalin.jsonMapper(new JavalinJackson(json, false));
        javalin.http.maxRequestSize = MAX_BODY_BYTES;
        javalin.http.prefer405over404 = true;
        javalin.startup.showJavalinBanner = false;
        javalin.staticFiles.enableWebjars();
        if (config.development()) {
            javalin.staticFiles.add("frontend", Location.EXTERNAL);
        } else {
            javalin.staticFiles.add("/public", Location.CLASSPATH);
        }
    }

    static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }
}
