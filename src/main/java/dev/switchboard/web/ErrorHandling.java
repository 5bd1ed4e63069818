package dev.switchboard.web;

import dev.switchboard.run.TooManyRunsException;
import dev.switchboard.sandbox.SandboxException;
import dev.switchboard.sim.InvalidDesignException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error answer is decided here. The JSON API always answers {@code {"errors": [{"field", "message"}]}} with a
 * fitting status; pages answer with the site's own error page. Only a bug reaches the 500 branch, and it is logged.
 */
final class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    private ErrorHandling() {
    }

    static void register(RoutesConfig routes, Templates templates) {
        routes.exception(InvalidDesignException.class, (e, ctx) -> ctx.status(400).json(new ErrorBody(e.errors())));
        routes.exception(ApiError.class, (e, ctx) -> ctx.status(e.status()).json(ErrorBody.of(e.field(),
                e.getMessage())));
        routes.exception(TooManyRunsException.class, (e, ctx) -> ctx.status(429).header("Retry-After", "60")
                .json(ErrorBody.of("runs", e.getMessage())));
        routes.exception(AcademyPages.PageNotFound.class, (e, ctx) -> page(ctx, templates, 404, "Not found",
                e.getMessage()));
        routes.exception(SandboxException.class, (e, ctx) -> sandbox(ctx, templates, e));
        routes.exception(HttpResponseException.class, (e, ctx) -> framework(ctx, templates, e));
        routes.exception(Exception.class, (e, ctx) -> unexpected(ctx, templates, e));
    }

    /** Javalin's own refusals: unknown paths, wrong methods, bodies over the size limit. */
    private static void framework(Context ctx, Templates templates, HttpResponseException e) {
        String allowed = e.getStatus() == 405 ? allowedMethods(e) : null;
        if (allowed != null) {
            // HTTP asks a 405 to say what would work; the simulated gateways do the same.
            ctx.header("Allow", allowed);
        }
        String reason = switch (e.getStatus()) {
            case 404 -> "there is nothing at " + ctx.path();
            case 405 -> ctx.method() + " is not allowed on " + ctx.path()
                    + (allowed == null ? "" : " (allowed: " + allowed + ")");
            case 413 -> "the body is larger than " + WebServer.MAX_BODY_BYTES / 1024 + " KiB";
            default -> e.getMessage();
        };
        if (isApi(ctx)) {
            String field = e.getStatus() == 413 ? "body" : e.getStatus() == 405 ? "method" : "path";
            ctx.status(e.getStatus()).json(ErrorBody.of(field, reason));
            return;
        }
        page(ctx, templates, e.getStatus(), e.getStatus() == 404 ? "Not found" : "Request refused",
                "Sorry, " + reason + ".");
    }

    /** The methods Javalin found for the path, as an Allow header value; null when it did not say. */
    private static String allowedMethods(HttpResponseException e) {
        String listed = e.getDetails().getOrDefault("availableMethods", e.getDetails().get("Available methods"));
        if (listed == null || listed.isBlank()) {
            return null;
        }
        return String.join(", ", listed.strip().split("[,\\s]+"));
    }

    private static void sandbox(Context ctx, Templates templates, SandboxException e) {
        int status = e instanceof SandboxException.Forbidden ? 403 : e instanceof SandboxException.TooMany ? 429
                : e instanceof SandboxException.Conflict ? 412 : 404;
        if (isApi(ctx)) {
            ctx.status(status).json(ErrorBody.of(e.field(), e.getMessage()));
            return;
        }
        String heading = switch (status) {
            case 403 -> "Not your sandbox";
            case 429 -> "Too many sandboxes";
            case 412 -> "Changed meanwhile";
            default -> "Not found";
        };
        page(ctx, templates, status, heading, status == 403
                ? "This sandbox belongs to someone else. Ask them for a share link instead."
                : "Sorry, " + e.getMessage() + ".");
    }

    private static void unexpected(Context ctx, Templates templates, Exception e) {
        String where = describe(ctx);
        if (where == null) {
            // The request is already over (its client left, or the server is stopping): nobody to answer.
            log.debug("Failure after a request ended: {}", e.toString());
            return;
        }
        log.error("Unexpected failure on {}", where, e);
        if (isApi(ctx)) {
            ctx.status(500).json(ErrorBody.of("", "an unexpected error occurred; it has been logged"));
            return;
        }
        page(ctx, templates, 500, "Something went wrong", "An unexpected error occurred; it has been logged.");
    }

    private static void page(Context ctx, Templates templates, int status, String heading, String text) {
        Pages.Message message = new Pages.Message(heading, heading, text, "/", "Back to the Academy");
        ctx.status(status).html(templates.render("message.jte", message));
    }

    private static String describe(Context ctx) {
        try {
            return ctx.method() + " " + ctx.path();
        } catch (RuntimeException requestGone) {
            return null;
        }
    }

    private static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/");
    }
}
