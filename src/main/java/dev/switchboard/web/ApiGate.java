package dev.switchboard.web;

import io.javalin.http.Context;

import java.util.Locale;
import java.util.Set;

/**
 * Checks every JSON API request before its handler: a declared body over the limit is refused at once (rather than
 * read until a timeout), and a body must be declared as JSON. The second rule also keeps other web sites from
 * posting to the API with a plain form, since browsers send those only as text or form data.
 */
final class ApiGate {

    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");
    private static final long DRAIN_LIMIT_BYTES = 4 * 1024 * 1024;

    private ApiGate() {
    }

    static void check(Context ctx) {
        if (!WITH_BODY.contains(ctx.method().name())) {
            return;
        }
        long declared = ctx.contentLength();
        if (declared > WebServer.MAX_BODY_BYTES) {
            drainModestBody(ctx, declared);
            throw new ApiError(413, "body", "the body is larger than " + WebServer.MAX_BODY_BYTES / 1024 + " KiB");
        }
        boolean hasBody = declared > 0 || "chunked".equalsIgnoreCase(ctx.header("Transfer-Encoding"));
        if (hasBody && !isJson(ctx.header("Content-Type"))) {
            throw new ApiError(415, "Content-Type", "send the body as JSON with 'Content-Type: application/json'"
                    + (ctx.header("Content-Type") == null ? "" : ", not '" + ctx.header("Content-Type") + "'"));
        }
    }

    /**
     * A client still sending a body it declared may miss an answer given over it (the connection is reset under
     * it), so a body of a few MiB is read and thrown away first. A larger declared body, or one that never comes,
     * is not waited for.
     */
    private static void drainModestBody(Context ctx, long declared) {
        if (declared > DRAIN_LIMIT_BYTES) {
            return;
        }
        byte[] buffer = new byte[64 * 1024];
        try (java.io.InputStream body = ctx.req().getInputStream()) {
            long left = declared;
            while (left > 0) {
                int read = body.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    return;
                }
                left -= read;
            }
        } catch (java.io.IOException gone) {
            // The client stopped sending: the 413 is still the answer.
        }
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }
}
