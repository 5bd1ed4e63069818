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
        SandboxService.Saved saved = sandboxes.save(Sessions.id(ctx), ctx.pathParam("id"), ctx.body());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", saved.id());
        body.put("revision", saved.revision());
        body.put("problems", saved.problems());
        ctx.json(body);
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
