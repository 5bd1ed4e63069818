package dev.switchboard.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.lesson.Goal;
import dev.switchboard.lesson.GoalEvaluator;
import dev.switchboard.lesson.GoalResult;
import dev.switchboard.lesson.Lesson;
import dev.switchboard.lesson.Library;
import dev.switchboard.sandbox.Sandbox;
import dev.switchboard.sandbox.SandboxService;
import dev.switchboard.sandbox.Share;
import dev.switchboard.sim.Design;
import dev.switchboard.sim.DesignProblems;
import dev.switchboard.sim.FieldError;
import dev.switchboard.sim.Node;
import dev.switchboard.sim.Simulator;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The sandbox pages: the editor, its outline fragment, export, and the read-only shared design. */
final class SandboxPages {

    private static final Pattern NODE_FIELD = Pattern.compile("^nodes\\[(\\d+)]");

    private final SandboxService sandboxes;
    private final Library library;
    private final Templates templates;
    private final ObjectMapper json;

    SandboxPages(SandboxService sandboxes, Library library, Templates templates, ObjectMapper json) {
        this.sandboxes = sandboxes;
        this.library = library;
        this.templates = templates;
        this.json = json;
    }

    /** The visitor's most recent sandbox, or a fresh one on a first visit. */
    void latest(Context ctx) {
        String session = Sessions.id(ctx);
        List<Sandbox> mine = sandboxes.list(session);
        Sandbox sandbox = mine.isEmpty() ? sandboxes.create(session, null) : mine.get(0);
        ctx.redirect(sandbox.url(), HttpStatus.SEE_OTHER);
    }

    void create(Context ctx) {
        Sandbox sandbox = sandboxes.create(Sessions.id(ctx), null);
        ctx.redirect(sandbox.url(), HttpStatus.SEE_OTHER);
    }

    void editor(Context ctx) {
        String session = Sessions.id(ctx);
        Sandbox sandbox = sandboxes.open(session, ctx.pathParam("id"));
        List<Pages.Choice> all = sandboxes.list(session).stream()
                .map(other -> new Pages.Choice(other.id(), other.name())).toList();
        int nodes = SandboxService.design(sandbox.document()).nodes().size();
        Pages.ExerciseView exercise = exerciseOf(sandbox).map(lesson -> new Pages.ExerciseView(lesson.title(),
                lesson.url(), lesson.exercise().title(), lesson.exercise().instructionsHtml())).orElse(null);
        ctx.html(templates.render("sandbox/editor.jte", new Pages.SandboxPage(sandbox.id(), sandbox.name(), all,
                nodes, exercise)));
    }

    /**
     * The exercise's goals, ticked or crossed against the saved design when {@code ?evaluate} is given (after each
     * run: the simulation is deterministic, so this is the run the learner just watched).
     */
    void goals(Context ctx) {
        String session = Sessions.id(ctx);
        Sandbox sandbox = sandboxes.open(session, ctx.pathParam("id"));
        Lesson lesson = exerciseOf(sandbox).orElseThrow(() -> ApiError.notFound("id",
                "sandbox '" + sandbox.id() + "' is not an exercise"));
        List<Goal> goals = lesson.exercise().goals();
        List<GoalResult> results = ctx.queryParam("evaluate") == null ? List.of()
                : evaluate(goals, SandboxService.design(sandbox.document()));
        boolean complete = GoalEvaluator.allMet(results);
        if (complete) {
            sandboxes.markCompleted(session, lesson.slug());
        }
        ctx.html(templates.render("sandbox/goals.jte", new Pages.GoalsView(sandbox.id(),
                goals.stream().map(Goal::text).toList(), results, complete, lesson.title())));
    }

    /** What keeps the design from running here: its own problems, or traffic too big to simulate on request. */
    private static List<FieldError> runProblems(Design design) {
        List<FieldError> problems = new java.util.ArrayList<>(DesignProblems.find(design));
        SimulationApi.loadProblem(design).ifPresent(problems::add);
        return problems;
    }

    private static List<GoalResult> evaluate(List<Goal> goals, Design design) {
        List<FieldError> problems = runProblems(design);
        if (!problems.isEmpty()) {
            String why = "The design cannot run yet: " + problems.get(0).message();
            return goals.stream().map(goal -> new GoalResult(goal.text(), false, why)).toList();
        }
        return GoalEvaluator.evaluate(goals, design, Simulator.run(design, 0));
    }

    private java.util.Optional<Lesson> exerciseOf(Sandbox sandbox) {
        return sandbox.isExercise() ? library.lesson(sandbox.exercise()).filter(lesson -> lesson.exercise() != null)
                : java.util.Optional.empty();
    }

    void outline(Context ctx) {
        ctx.html(templates.render("sandbox/outline.jte", outlineOf(ctx)));
    }

    void problems(Context ctx) {
        ctx.html(templates.render("sandbox/problems.jte", outlineOf(ctx)));
    }

    private Pages.Outline outlineOf(Context ctx) {
        Sandbox sandbox = sandboxes.open(Sessions.id(ctx), ctx.pathParam("id"));
        Design design = SandboxService.design(sandbox.document());
        List<Pages.Choice> nodes = design.nodes().stream()
                .map(node -> new Pages.Choice(node.id(), node.name() + " · " + node.type())).toList();
        List<Pages.Choice> links = design.links().stream()
                .map(link -> new Pages.Choice(link.from(), name(design, link.from()) + " → " + name(design, link.to())))
                .toList();
        List<Pages.Problem> problems = runProblems(design).stream().map(problem -> problem(design, problem))
                .toList();
        return new Pages.Outline(sandbox.id(), nodes, links, problems);
    }

    void export(Context ctx) {
        Sandbox sandbox = sandboxes.open(Sessions.id(ctx), ctx.pathParam("id"));
        String fileName = sandbox.name().replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("(^-|-$)", "");
        ctx.header("Content-Disposition", "attachment; filename=\"" + (fileName.isEmpty() ? "design" : fileName)
                + ".json\"");
        ctx.contentType("application/json").result(sandbox.document());
    }

    void shared(Context ctx) {
        Share share = sandboxes.findShare(ctx.pathParam("code"));
        Design design = SandboxService.design(share.document());
        Pages.SimulationPanel panel = Panels.of(design, json, "Shared design · read-only", null, null);
        ctx.html(templates.render("sandbox/shared.jte", new Pages.SharedDesign(share.code(), share.name(), panel)));
    }

    void copyShare(Context ctx) {
        Sandbox copy = sandboxes.copyOfShare(Sessions.id(ctx), ctx.pathParam("code"));
        ctx.redirect(copy.url(), HttpStatus.SEE_OTHER);
    }

    private static Pages.Problem problem(Design design, FieldError problem) {
        Matcher node = NODE_FIELD.matcher(problem.field());
        String nodeId = node.find() ? design.nodes().get(Integer.parseInt(node.group(1))).id() : null;
        return new Pages.Problem(nodeId, problem.message());
    }

    private static String name(Design design, String id) {
        return design.node(id).map(Node::name).orElse(id);
    }
}
