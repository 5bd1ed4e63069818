package dev.switchboard.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.sandbox.Sandbox;
import dev.switchboard.sandbox.SandboxService;
import dev.switchboard.sandbox.Share;
import dev.switchboard.sim.Design;
import dev.switchboard.sim.DesignProblems;
import dev.switchboard.sim.FieldError;
import dev.switchboard.sim.Node;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The sandbox pages: the editor, its outline fragment, export, and the read-only shared design. */
final class SandboxPages {

    private static final Pattern NODE_FIELD = Pattern.compile("^nodes\\[(\\d+)]");

    private final SandboxService sandboxes;
    private final Templates templates;
    private final ObjectMapper json;

    SandboxPages(SandboxService sandboxes, Templates templates, ObjectMapper json) {
        this.sandboxes = sandboxes;
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
        ctx.html(templates.render("sandbox/editor.jte", new Pages.SandboxPage(sandbox.id(), sandbox.name(), all,
                nodes)));
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
        List<Pages.Problem> problems = DesignProblems.find(design).stream()
                .map(problem -> problem(design, problem)).toList();
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
