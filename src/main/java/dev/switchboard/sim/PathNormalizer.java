package dev.switchboard.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * Normalises a request path once, the way the gateway in DESIGN.md section 4 does before routing: strip the query,
 * decode escapes of unreserved characters, reject encoded slashes and backslashes and malformed escapes, fold
 * repeated slashes, resolve dot segments and reject a path that climbs above the root.
 * Decoding happens before dot segments are resolved, so "/%2E%2E/" climbs just like "/../" does.
 */
public final class PathNormalizer {

    private static final String HEX = "0123456789ABCDEF";

    private PathNormalizer() {
    }

    public static NormalizedPath normalize(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return NormalizedPath.rejected("A path must start with /, got '" + rawPath + "'");
        }
        int questionMark = rawPath.indexOf('?');
        String path = questionMark < 0 ? rawPath : rawPath.substring(0, questionMark);
        String query = questionMark < 0 ? null : rawPath.substring(questionMark + 1);

        if (alreadyNormal(path)) {
            return NormalizedPath.accepted(path, query);
        }
        return normalizeSlowly(path, query);
    }

    /** Most paths need no work; checking that is far cheaper than rebuilding them. */
    private static boolean alreadyNormal(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%') {
                return false;
            }
            if (c == '/' && i + 1 < path.length() && (path.charAt(i + 1) == '/' || path.charAt(i + 1) == '.')) {
                return false;
            }
        }
        return true;
    }

    private static NormalizedPath normalizeSlowly(String path, String query) {
        StringBuilder decoded = new StringBuilder(path.length());
        String rejection = decodeEscapes(path, decoded);
        if (rejection != null) {
            return NormalizedPath.rejected(rejection);
        }

        String resolved = resolveSegments(decoded.toString());
        if (resolved == null) {
            return NormalizedPath.rejected("Path " + path + " climbs above the root");
        }
        return NormalizedPath.accepted(resolved, query);
    }

    /** Writes the decoded path into {@code out}; returns a rejection reason, or null when every escape is fine. */
    private static String decodeEscapes(String path, StringBuilder out) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            int high = i + 1 < path.length() ? hexDigit(path.charAt(i + 1)) : -1;
            int low = i + 2 < path.length() ? hexDigit(path.charAt(i + 2)) : -1;
            if (high < 0 || low < 0) {
                return "Malformed escape " + path.substring(i, Math.min(i + 3, path.length()))
                        + " in the path (% must be followed by two hex digits)";
            }
            String forbidden = forbiddenEscape(high * 16 + low, path.substring(i, i + 3));
            if (forbidden != null) {
                return forbidden;
            }
            appendDecodedOrKept(high * 16 + low, out);
            i += 2;
        }
        return null;
    }

    /**
     * An ASCII hex digit's value, or -1. Deliberately not {@link Character#digit}: that accepts full-width and other
     * Unicode digits, so "%２e" would decode to "." and let a path escape the route it seems to ask for.
     */
    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static String forbiddenEscape(int value, String written) {
        if (value == '/') {
            return "Encoded slash " + written + " is not allowed in a path";
        }
        if (value == '\\') {
            return "Encoded backslash " + written + " is not allowed in a path";
        }
        return null;
    }

    /** Unreserved characters mean the same encoded or not, so they are decoded; every other escape is kept. */
    private static void appendDecodedOrKept(int value, StringBuilder out) {
        char c = (char) value;
        if (isUnreserved(c)) {
            out.append(c);
            return;
        }
        out.append('%').append(HEX.charAt(value >> 4)).append(HEX.charAt(value & 0xF));
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    /** Folds empty segments and resolves "." and ".."; null when ".." would climb above the root. */
    private static String resolveSegments(String path) {
        List<String> kept = new ArrayList<>();
        String[] segments = path.split("/", -1);
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.equals("..")) {
                if (kept.isEmpty()) {
                    return null;
                }
                kept.remove(kept.size() - 1);
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                kept.add(segment);
            }
        }
        return join(kept, endsAsDirectory(segments));
    }

    /** "/a/b/", "/a/b/." and "/a/b/c/.." all name a directory, so the result keeps its trailing slash. */
    private static boolean endsAsDirectory(String[] segments) {
        String last = segments[segments.length - 1];
        return last.isEmpty() || last.equals(".") || last.equals("..");
    }

    private static String join(List<String> segments, boolean trailingSlash) {
        if (segments.isEmpty()) {
            return "/";
        }
        StringBuilder joined = new StringBuilder();
        for (String segment : segments) {
            joined.append('/').append(segment);
        }
        if (trailingSlash) {
            joined.append('/');
        }
        return joined.toString();
    }
}
