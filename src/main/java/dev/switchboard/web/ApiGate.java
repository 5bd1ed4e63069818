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

    private ApiGate() {
    }

    static void check(Context ctx) {
        if (!WITH_BODY.contains(ctx.method().name())) {
            return;
        }
        long declared = ctx.contentLength();
        if (declared > WebServer.MAX_BODY_BYTES) {
            throw new ApiError(413, "body", "the body is larger than " + WebServer.MAX_BODY_BYTES / 1024 + " KiB");
        }
        boolean hasBody = declared > 0 || "chunked".equalsIgnoreCase(ctx.header("Transfer-Encoding"));
        if (hasBody && !isJson(ctx.header("Content-Type"))) {
            throw new ApiError(415, "Content-Type", "send the body as JSON with 'Content-Type: application/json'"
                    + (ctx.header("Content-Type") == null ? "" : ", not '" + ctx.header("Content-Type") + "'"));
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
