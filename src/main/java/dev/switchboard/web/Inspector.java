package dev.switchboard.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.sandbox.Sandbox;
import dev.switchboard.sandbox.SandboxException;
import dev.switchboard.sandbox.SandboxService;
import dev.switchboard.sim.Design;
import dev.switchboard.sim.FieldError;
import dev.switchboard.sim.InvalidDesignException;
import dev.switchboard.sim.Link;
import dev.switchboard.sim.Node;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The sandbox inspector, server-rendered for htmx: shows the selected node's settings and saves each change. A
 * change is written into the design and judged by the design's own validation; when it fails, the form comes back
 * with the typed values and the reason beside each field, and nothing is saved.
 */
final class Inspector {

    /** Tells the page (canvas, outline, problems) that the saved design changed. */
    static final String CHANGED_EVENT = "{\"sandbox-changed\": {\"source\": \"inspector\"}}";

    private final SandboxService sandboxes;
    private final Templates templates;
    private final ObjectMapper json;

    Inspector(SandboxService sandboxes, Templates templates, ObjectMapper json) {
        this.sandboxes = sandboxes;
        this.templates = templates;
        this.json = json;
    }

    void show(Context ctx) {
        Sandbox sandbox = sandboxes.open(Sessions.id(ctx), ctx.pathParam("id"));
        Design design = SandboxService.design(sandbox.document());
        String nodeId = ctx.queryParam("node");
        Node node = nodeId == null || nodeId.isEmpty() ? null : design.node(nodeId).orElse(null);
        render(ctx, view(sandbox.id(), design, node == null ? null : NodeForm.of(node), Map.of(), List.of(), null));
    }

    /** Attempts at an inspector save when the sandbox keeps changing underneath it (another tab saving). */
    private static final int SAVE_ATTEMPTS = 3;

    void update(Context ctx) {
        String session = Sessions.id(ctx);
        for (int attempt = 1; ; attempt++) {
            try {
                updateOnce(ctx, session);
                return;
            } catch (SandboxException.Conflict e) {
                // The form names one node's fields, so applying it again to the newer document is the right merge.
                if (attempt == SAVE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** Reads the sandbox, applies the form and saves over exactly the revision it read. */
    private void updateOnce(Context ctx, String session) {
        Sandbox sandbox = sandboxes.open(session, ctx.pathParam("id"));
        Design design = SandboxService.design(sandbox.document());
        Node saved = design.node(ctx.pathParam("node")).orElseThrow(() -> ApiError.notFound("node",
                "no node '" + ctx.pathParam("node") + "' in this sandbox"));
        String operation = Objects.requireNonNullElse(ctx.formParam("op"), "");

        ObjectNode document = parse(sandbox.document());
        NodeForm form = NodeForm.fromForm(ctx, saved).apply(operation);
        boolean deleted = edit(document, saved.id(), form, operation, ctx.formParam("linkTarget"));
        try {
            SandboxService.Saved result = sandboxes.saveOver(session, sandbox.id(), sandbox.revision(),
                    document.toString(), "node");
            Node after = deleted ? null : result.design().node(saved.id()).orElse(null);
            ctx.header("HX-Trigger", CHANGED_EVENT);
            render(ctx, view(sandbox.id(), result.design(), after == null ? null : NodeForm.of(after), Map.of(),
                    List.of(), deleted ? saved.name() + " was deleted." : "Saved."));
        } catch (InvalidDesignException e) {
            render(ctx, refused(sandbox.id(), design, form, indexOf(design, saved.id()), e.errors()));
        }
    }

    /** Applies the form (and a link or delete operation) to the document; true when the node was deleted. */
    private static boolean edit(ObjectNode document, String nodeId, NodeForm form, String operation,
                                String linkTarget) {
        ArrayNode nodes = (ArrayNode) document.get("nodes");
        ArrayNode links = (ArrayNode) document.withArray("links");
        if (operation.equals("delete")) {
            removeWhere(nodes, node -> node.path("id").asText().equals(nodeId));
            removeWhere(links, link -> link.path("from").asText().equals(nodeId)
                    || link.path("to").asText().equals(nodeId));
            return true;
        }
        for (JsonNode node : nodes) {
            if (node.path("id").asText().equals(nodeId)) {
                form.writeInto((ObjectNode) node);
            }
        }
        if (operation.equals("link") && linkTarget != null && !linkTarget.isEmpty()) {
            links.addObject().put("from", nodeId).put("to", linkTarget);
        }
        if (operation.startsWith("unlink:")) {
            String target = operation.substring("unlink:".length());
            removeWhere(links, link -> link.path("from").asText().equals(nodeId)
                    && link.path("to").asText().equals(target));
        }
        return false;
    }

    private Pages.InspectorView refused(String sandboxId, Design design, NodeForm form, int index,
                                        List<FieldError> errors) {
        String prefix = "nodes[" + index + "].";
        Map<String, String> byField = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        for (FieldError error : errors) {
            if (error.field().startsWith(prefix)) {
                byField.putIfAbsent(error.field().substring(prefix.length()), error.message());
            } else {
                general.add(error.message());
            }
        }
        return view(sandboxId, design, form, byField, general, null);
    }

    private static Pages.InspectorView view(String sandboxId, Design design, NodeForm form,
                                            Map<String, String> errors, List<String> generalErrors, String notice) {
        List<String> pools = design.nodes().stream().map(Node::pool).filter(Objects::nonNull).distinct().toList();
        List<Pages.Choice> outgoing = new ArrayList<>();
        List<Pages.Choice> targets = new ArrayList<>();
        if (form != null) {
            List<String> linked = design.links().stream().filter(link -> link.from().equals(form.id()))
                    .map(Link::to).toList();
            for (Node node : design.nodes()) {
                Pages.Choice choice = new Pages.Choice(node.id(), node.name() + " (" + node.type() + ")");
                if (linked.contains(node.id())) {
                    outgoing.add(choice);
                } else if (!node.id().equals(form.id())) {
                    targets.add(choice);
                }
            }
        }
        return new Pages.InspectorView(sandboxId, form, pools, outgoing, targets, errors, generalErrors, notice);
    }

    private void render(Context ctx, Pages.InspectorView view) {
        ctx.html(templates.render("sandbox/inspector.jte", view));
    }

    private ObjectNode parse(String document) {
        try {
            return (ObjectNode) json.readTree(document);
        } catch (Exception e) {
            throw new IllegalStateException("A stored sandbox document is not JSON", e);
        }
    }

    private static int indexOf(Design design, String nodeId) {
        List<Node> nodes = design.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).id().equals(nodeId)) {
                return i;
            }
        }
        return -1;
    }

    private static void removeWhere(ArrayNode array, java.util.function.Predicate<JsonNode> condition) {
        for (int i = array.size() - 1; i >= 0; i--) {
            if (condition.test(array.get(i))) {
                array.remove(i);
            }
        }
    }
}
