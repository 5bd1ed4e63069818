package dev.switchboard;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The application's settings, read from environment variables with embedded defaults, so a fresh machine runs
 * the app with no setup at all.
 *
 * @param port        {@code PORT}, default 7070; 0 picks a free port (tests)
 * @param dataDir     {@code DATA_DIR}, default {@code ./data}
 * @param databaseUrl {@code DATABASE_URL}; when absent an embedded H2 file in the data directory is used
 * @param lessonsDir  {@code LESSONS_DIR}; when absent the lessons packaged with the app are used
 * @param development true under {@code mvn exec:java}: templates and browser code are read from the source tree
 * @param runIdleTimeout how long a run nobody watches is kept (a page that is open keeps watching its run)
 */
public record Config(int port, Path dataDir, String databaseUrl, Path lessonsDir, boolean development, Duration runIdleTimeout,
                     int maxRuns) {

    public static Config fromEnvironment(Map<String, String> env) {
        boolean development = Boolean.getBoolean("switchboard.dev");
        String lessons = env.getOrDefault("LESSONS_DIR", development ? "lessons" : null);
        return new Config(
                parsePort(env.getOrDefault("PORT", "7070")),
                Path.of(env.getOrDefault("DATA_DIR", "data")).toAbsolutePath(),
                env.get("DATABASE_URL"),
                lessons == null ? null : Path.of(lessons).toAbsolutePath(),
                development,
                Duration.ofMinutes(2),
                2_000);
    }

    public Config withPort(int newPort) {
        return new Config(newPort, dataDir, databaseUrl, lessonsDir, development, runIdleTimeout, maxRuns);
    }

    public Config withRunIdleTimeout(Duration timeout) {
        return new Config(port, dataDir, databaseUrl, lessonsDir, development, timeout, maxRuns);
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value.strip());
            if (port < 0 || port > 65_535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PORT must be a number from 0 to 65535, was '" + value + "'");
        }
    }
}
