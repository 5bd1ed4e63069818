package dev.switchboard.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.lesson.Checkpoint;
import dev.switchboard.lesson.Lesson;
import dev.switchboard.lesson.LessonBlock;
import dev.switchboard.lesson.Library;
import dev.switchboard.lesson.ReferenceEntry;
import dev.switchboard.sim.Design;
import dev.switchboard.sim.Route;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import dev.switchboard.sandbox.Sandbox;
import dev.switchboard.sandbox.SandboxService;

import java.util.List;

/** The server-rendered pages of the Academy: the index, lessons, their simulation panel, glossary and codes. */
final class AcademyPages {

    private final Library library;
    private final SandboxService sandboxes;
    private final Templates templates;
    private final ObjectMapper json;

    AcademyPages(Library library, SandboxService sandboxes, Templates templates, ObjectMapper json) {
        this.library = library;
        this.sandboxes = sandboxes;
        this.templates = templates;
        this.json = json;
    }

    void index(Context ctx) {
        Pages.Index index = new Pages.Index(library.lessons(), sandboxes.completedLessons(Sessions.id(ctx)));
        ctx.html(templates.render("academy/index.jte", index));
    }

    /** "Try it yourself": the session's sandbox for this lesson's exercise, made from its start on first use. */
    void exercise(Context ctx) {
        Lesson lesson = lesson(ctx.pathParam("slug"));
        if (lesson.exercise() == null) {
            throw new PageNotFound("The lesson " + lesson.title() + " has no exercise yet.");
        }
        Sandbox sandbox = sandboxes.exercise(Sessions.id(ctx), lesson.slug(), lesson.exercise().start());
        ctx.redirect(sandbox.url(), HttpStatus.SEE_OTHER);
    }

    void lesson(Context ctx) {
        Lesson lesson = lesson(ctx.pathParam("slug"));
        List<Lesson> course = library.lessons();
        int at = course.indexOf(lesson);
        Lesson previous = at > 0 ? course.get(at - 1) : null;
        Lesson next = at + 1 < course.size() ? course.get(at + 1) : null;

        Pages.LessonView view = new Pages.LessonView(lesson, panel(lesson, null), previous, next);
        ctx.html(templates.render("academy/lesson.jte", view));
    }

    /** The htmx fragment behind a checkpoint's Apply (with {@code ?checkpoint=}) and Reset (without). */
    void simulationPanel(Context ctx) {
        Lesson lesson = lesson(ctx.pathParam("slug"));
        String checkpointId = ctx.queryParam("checkpoint");
        Checkpoint checkpoint = checkpointId == null || checkpointId.isEmpty() ? null
                : lesson.checkpoint(checkpointId).orElseThrow(() -> new PageNotFound(
                        "The lesson " + lesson.title() + " has no checkpoint '" + checkpointId + "'."));
        ctx.html(templates.render("academy/simulationFragment.jte",
                new Pages.SimulationFragment(panel(lesson, checkpoint), routingTables(lesson, checkpoint))));
    }

    /** The routing tables the lesson's text shows, as they read in the design now on screen. */
    private static List<LessonBlock.RoutingTable> routingTables(Lesson lesson, Checkpoint checkpoint) {
        Design design = checkpoint == null ? lesson.design() : checkpoint.design();
        String note = checkpoint == null ? null : "after " + checkpoint.title();
        return lesson.blocks().stream()
                .filter(block -> block instanceof LessonBlock.RoutingTable)
                .map(block -> (LessonBlock.RoutingTable) block)
                .map(table -> design.node(table.gatewayId())
                        .map(gateway -> new LessonBlock.RoutingTable(gateway.id(), gateway.name(),
                                gateway.routes() == null ? List.<Route>of() : gateway.routes(), note))
                        .orElse(table))
                .toList();
    }

    void glossary(Context ctx) {
        ctx.html(templates.render("reference/index.jte", new Pages.ReferenceIndex("Glossary",
                "Short definitions of the terms the lessons use.", "/glossary/", library.terms())));
    }

    void term(Context ctx) {
        ReferenceEntry term = library.term(ctx.pathParam("term")).orElseThrow(() -> new PageNotFound(
                "The glossary has no entry called '" + ctx.pathParam("term") + "'."));
        ctx.html(templates.render("reference/entry.jte", new Pages.Reference("Glossary", "/glossary", term)));
    }

    void statusCodes(Context ctx) {
        ctx.html(templates.render("reference/index.jte", new Pages.ReferenceIndex("Status codes",
                "Every status the simulator can answer with: when it happens here, and what real gateways do.",
                "/status/", library.statusCodes())));
    }

    void statusCode(Context ctx) {
        ReferenceEntry code = library.statusCode(ctx.pathParam("code")).orElseThrow(() -> new PageNotFound(
                "There is no page for status code '" + ctx.pathParam("code") + "'."));
        ctx.html(templates.render("reference/entry.jte", new Pages.Reference("Status codes", "/status", code)));
    }

    private Lesson lesson(String slug) {
        return library.lesson(slug).orElseThrow(() -> new PageNotFound(
                "There is no lesson called '" + slug + "'."));
    }

    private Pages.SimulationPanel panel(Lesson lesson, Checkpoint checkpoint) {
        Design design = checkpoint == null ? lesson.design() : checkpoint.design();
        return Panels.of(design, json, "The lesson's design",
                checkpoint == null ? null : checkpoint.id(), checkpoint == null ? null : checkpoint.title());
    }

    /** A page that does not exist; answered with the site's 404 page. */
    static final class PageNotFound extends RuntimeException {
        PageNotFound(String message) {
            super(message);
        }
    }
}
