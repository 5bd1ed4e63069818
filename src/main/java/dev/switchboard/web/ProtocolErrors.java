package dev.switchboard.web;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Requests the server refuses before Javalin sees them (a URI or header too long, a malformed path) are answered
 * in the API's own shape for API paths, instead of Jetty's HTML page, so a client always reads the same errors.
 */
final class ProtocolErrors extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws java.io.IOException {
        if (!isApi(request)) {
            super.generateResponse(request, response, code, message, cause, callback);
            return;
        }
        String reason = switch (code) {
            case 414 -> "the address is too long";
            case 431 -> "the request headers are too large";
            case 400 -> message == null || message.equalsIgnoreCase("Bad Request") || message.startsWith("Ambiguous")
                    ? "the request could not be read: its address has a bad %-escape or an encoded '..' or '/'"
                    + " (such as %2e%2e or %2f), or its request line or headers are broken"
                    : "the request could not be read: " + message;
            default -> message == null ? "the request was refused" : message;
        };
        String body = "{\"errors\":[{\"field\":\"request\",\"message\":" + quoted(reason) + "}]}";
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }

    /**
     * An API path; or, when the request line could not even be read (Jetty then names it "/badMessage"), any
     * client that did not ask for a web page.
     */
    private static boolean isApi(Request request) {
        HttpURI uri = request.getHttpURI();
        String path = uri == null ? null : uri.getPath();
        if (path == null || path.equals("/badMessage")) {
            String accept = request.getHeaders().get(HttpHeader.ACCEPT);
            return accept == null || !accept.contains("text/html");
        }
        return path.startsWith("/api/");
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
