package dev.switchboard.sim;

/**
 * Segment-aware prefix matching: "/api/v1/posts" matches "/api/v1/posts", "/api/v1/posts/" and
 * "/api/v1/posts/list", never "/api/v1/postsX". A prefix written with a trailing slash behaves as without it,
 * and "/" matches every path. Matching is case-sensitive.
 */
public final class PrefixMatch {

    private PrefixMatch() {
    }

    public static boolean matches(String prefix, String normalizedPath) {
        int length = significantLength(prefix);
        if (length <= 1) {
            return true;
        }
        if (!normalizedPath.regionMatches(0, prefix, 0, length)) {
            return false;
        }
        return normalizedPath.length() == length || normalizedPath.charAt(length) == '/';
    }

    /** The prefix length without a trailing slash; "/" keeps its one character. */
    static int significantLength(String prefix) {
        int length = prefix.length();
        return length > 1 && prefix.charAt(length - 1) == '/' ? length - 1 : length;
    }

    /** The prefix as it matches: without a trailing slash, except for "/" itself. */
    static String canonical(String prefix) {
        return prefix.substring(0, significantLength(prefix));
    }
}
