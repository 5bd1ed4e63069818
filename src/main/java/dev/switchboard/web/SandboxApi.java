package dev.switchboard.web;

import dev.switchboard.sandbox.Sandbox;
import dev.switchboard.sandbox.SandboxService;
import dev.switchboard.sandbox.Share;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sandbox and share endpoints of DESIGN.md section 5, for the caller's session. */
final class SandboxApi {

    private final SandboxService sandboxes;

    SandboxApi(SandboxService sandboxes) {
        this.sandboxes = sandboxes;
    }

    void create(Context ctx) {
        Sandbox sandbox = sandboxes.create(Sessions.id(ctx), ctx.body());
        ctx.status(201).json(Map.of("id", sandbox.id(), "url", sandbox.url()));
    }

    void list(Context ctx) {
        List<Map<String, Object>> list = sandboxes.list(Sessions.id(ctx)).stream().map(SandboxApi::summary).toList();
        ctx.json(list);
    }

    /** The design document itself, so what GET returns can be PUT back or imported elsewhere unchanged. */
    void read(Context ctx) {
        Sandbox sandbox = sandboxes.open(Sessions.id(ctx), ctx.pathParam("id"));
        ctx.header("ETag", "\"" + sandbox.revision() + "\"");
        ctx.contentType("application/json").result(sandbox.document());
    }

    void save(Context ctx) {
        if (ctx.body().isBlank()) {
            throw ApiError.badRequest("body", "the request body is empty; send the design document as JSON");
        }
        Integer expected = expectedRevision(ctx.header("If-Match"));
        SandboxService.Saved saved = expected == null
                ? sandboxes.save(Sessions.id(ctx), ctx.pathParam("id"), ctx.body())
                : sandboxes.saveOver(Sessions.id(ctx), ctx.pathParam("id"), expected, ctx.body(), "If-Match");
        ctx.header("ETag", "\"" + saved.revision() + "\"");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", saved.id());
        body.put("revision", saved.revision());
        body.put("problems", saved.problems());
        ctx.json(body);
    }

    /**
     * The revision an {@code If-Match} header names, as the ETag of GET gives it ({@code "7"}); none, or {@code *},
     * means the save does not depend on what is stored.
     */
    private static Integer expectedRevision(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            int revision = Integer.parseInt(tag);
            if (revision >= 0) {
                return revision;
            }
        } catch (NumberFormatException e) {
            // Falls through to the refusal below.
        }
        throw ApiError.badRequest("If-Match", "must be the sandbox's ETag, a revision number in quotes such as"
                + " \"3\", got " + Diagram.shorten(ifMatch.strip(), 40));
    }

    void delete(Context ctx) {
        sandboxes.delete(Sessions.id(ctx), ctx.pathParam("id"));
        ctx.status(204);
    }

    void share(Context ctx) {
        Share share = sandboxes.share(Sessions.id(ctx), ctx.pathParam("id"));
        ctx.status(201).json(Map.of("url", share.url(), "code", share.code()));
    }

    void readShare(Context ctx) {
        Share share = sandboxes.findShare(ctx.pathParam("code"));
        ctx.contentType("application/json").result(share.document());
    }

    private static Map<String, Object> summary(Sandbox sandbox) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("id", sandbox.id());
        summary.put("name", sandbox.name());
        summary.put("url", sandbox.url());
        summary.put("revision", sandbox.revision());
        summary.put("updatedAt", sandbox.updatedAt().toString());
        return summary;
    }
}
