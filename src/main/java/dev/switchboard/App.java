package dev.switchboard;

import dev.switchboard.lesson.Library;
import dev.switchboard.lesson.LibraryLoader;
import dev.switchboard.lesson.Lint;
import dev.switchboard.run.RunRegistry;
import dev.switchboard.sandbox.Database;
import dev.switchboard.sandbox.SandboxService;
import dev.switchboard.sandbox.SandboxStore;
import dev.switchboard.web.WebServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Entry point: reads the configuration, wires the parts and starts the web server. */
public final class App implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(App.class);

    /** Enough for a class behind one school router, each learner with a lesson and a sandbox open. */
    private static final int MAX_RUNS_PER_CLIENT = 200;
    /** A sandbox opened and never changed is removed after this long; it is made again, the same, if needed. */
    private static final Duration UNTOUCHED_SANDBOX_AGE = Duration.ofDays(7);

    private final RunRegistry runs;
    private final Database database;
    private final WebServer web;
    private final ScheduledExecutorService housekeeping;

    private App(RunRegistry runs, Database database, WebServer web, ScheduledExecutorService housekeeping) {
        this.runs = runs;
        this.database = database;
        this.web = web;
        this.housekeeping = housekeeping;
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("lint")) {
            Path lessons = Path.of(args.length > 1 ? args[1] : "lessons");
            System.exit(Lint.run(lessons, System.out));
        }
        Config config = Config.fromEnvironment(System.getenv());
        App app = start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "shutdown"));
    }

    public static App start(Config config) {
        createDataDir(config.dataDir());
        Library library = new LibraryLoader().load(lessonsRoot(config));
        RunRegistry runs = new RunRegistry(config.runIdleTimeout(), config.maxRuns(), MAX_RUNS_PER_CLIENT);
        Database database = Database.open(config.dataDir(), config.databaseUrl());
        SandboxService sandboxes = new SandboxService(new SandboxStore(database.dataSource()), Clock.systemUTC());
        WebServer web = WebServer.start(config, library, runs, sandboxes);
        ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "housekeeping");
            thread.setDaemon(true);
            return thread;
        });
        housekeeping.scheduleWithFixedDelay(() -> sweep(sandboxes), 1, 60, TimeUnit.MINUTES);

        log.info("Switchboard is running: open http://localhost:{}/ (data directory {})", web.port(),
                config.dataDir());
        return new App(runs, database, web, housekeeping);
    }

    /** A failed sweep is logged and tried again next time; it must not stop the schedule. */
    private static void sweep(SandboxService sandboxes) {
        try {
            sandboxes.sweepUntouched(UNTOUCHED_SANDBOX_AGE);
        } catch (RuntimeException e) {
            log.warn("Could not remove untouched sandboxes; will try again in an hour", e);
        }
    }

    public int port() {
        return web.port();
    }

    @Override
    public void close() {
        // Runs first: their event streams are closed while the server can still finish them cleanly.
        runs.close();
        housekeeping.shutdownNow();
        web.stop();
        database.close();
    }

    private static void createDataDir(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDir, e);
        }
    }

    /** The lessons folder on disk when configured, otherwise the copy packaged on the classpath (in the jar). */
    private static Path lessonsRoot(Config config) {
        if (config.lessonsDir() != null) {
            return config.lessonsDir();
        }
        try {
            URI uri = App.class.getResource("/lessons").toURI();
            if (!"jar".equals(uri.getScheme())) {
                return Path.of(uri);
            }
            return jarFileSystem(uri).provider().getPath(uri);
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("The packaged lessons are missing from the classpath", e);
        }
    }

    private static java.nio.file.FileSystem jarFileSystem(URI uri) {
        try {
            return FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException notOpenYet) {
            try {
                return FileSystems.newFileSystem(uri, Map.of());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot open the application jar to read lessons", e);
            }
        }
    }
}
