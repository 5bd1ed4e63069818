package dev.switchboard.web;

import io.javalin.http.Context;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Checks every JSON API request before its handler: the client must accept JSON, a declared body over the limit is
 * refused at once (rather than read until a timeout), and a body must be declared as JSON and be UTF-8. The second rule also keeps other web sites from
 * posting to the API with a plain form, since browsers send those only as text or form data.
 */
final class ApiGate {

    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");
    private static final long DRAIN_LIMIT_BYTES = 4 * 1024 * 1024;

    private ApiGate() {
    }

    static void check(Context ctx) {
        if (!ctx.path().endsWith("/events") && !acceptsJson(ctx.header("Accept"))) {
            throw new ApiError(406, "Accept", "this API answers with JSON: accept 'application/json', not '"
                    + Diagram.shorten(ctx.header("Accept"), 80) + "'");
        }
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
        if (hasBody) {
            requireUtf8(ctx.bodyAsBytes());
        }
    }

    /**
     * JSON travels as UTF-8. Bytes that are not would otherwise be read as replacement characters and saved that
     * way, silently changing what the client sent; a byte-order mark is refused with its own reason, since it is
     * invisible in any message that quotes the body.
     */
    private static void requireUtf8(byte[] body) {
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            throw new ApiError(400, "body", "the body starts with a byte-order mark; send UTF-8 JSON without one");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(body);
        try {
            decoder.decode(bytes);
        } catch (CharacterCodingException e) {
            throw new ApiError(400, "body", "the body is not valid UTF-8 (at byte " + bytes.position() + ")");
        }
    }

    /** No Accept header, or one that takes JSON (directly, by a wildcard or as a +json type). */
    private static boolean acceptsJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].strip().toLowerCase(Locale.ROOT);
            boolean refused = false;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip().toLowerCase(Locale.ROOT).replace(" ", "");
                refused |= parameter.matches("q=0(\\.0*)?");
            }
            boolean json = type.equals("*/*") || type.equals("application/*") || type.equals("application/json")
                    || type.endsWith("+json");
            if (json && !refused) {
                return true;
            }
        }
        return false;
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
