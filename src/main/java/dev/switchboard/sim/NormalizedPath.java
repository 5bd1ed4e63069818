package dev.switchboard.sim;

/**
 * The path a gateway routes on. {@code query} is what followed the first '?', or null when there was none.
 * {@code rejection} is null when the path is usable, else a plain reason such as
 * "Encoded slash %2F is not allowed in a path"; a rejected path has a null {@code path}.
 */
public record NormalizedPath(String path, String query, String rejection) {

    public static NormalizedPath accepted(String path, String query) {
        return new NormalizedPath(path, query, null);
    }

    public static NormalizedPath rejected(String reason) {
        return new NormalizedPath(null, null, reason);
    }

    public boolean ok() {
        return rejection == null;
    }

    /** The normalised path with its query string put back, as the gateway forwards it. */
    public String pathWithQuery() {
        return query == null ? path : path + '?' + query;
    }
}
