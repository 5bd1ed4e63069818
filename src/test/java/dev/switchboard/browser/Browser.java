package dev.switchboard.browser;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Headless Debian Chromium driven by its own chromedriver. Both paths are given, so Selenium Manager never runs and
 * nothing is downloaded; caches and the profile stay under {@code target/}.
 *
 * <p>Chromium's temporary directory is the exception: Chromium puts its singleton Unix socket there, and a socket
 * path may not exceed 107 bytes. Under {@code target/} of a checkout at a longer path (CI clones to one) Chromium
 * exits at start, so that directory lives in the system's temp directory and is removed when the browser quits.
 */
final class Browser {

    private static final String CHROMIUM = System.getProperty("switchboard.chromium", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("switchboard.chromedriver", "/usr/bin/chromedriver");

    /** Room left for Chromium's own {@code org.chromium.Chromium.XXXXXX/SingletonSocket} under its temp directory. */
    private static final int LONGEST_TEMP_DIRECTORY = 107 - "/org.chromium.Chromium.XXXXXX/SingletonSocket".length();

    private Browser() {
    }

    static ChromeDriver start(int width, int height) {
        Path scratch = scratchDirectory();
        Path shortTemp = shortTempDirectory();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .withEnvironment(Map.of(
                        "XDG_CACHE_HOME", scratch.resolve("cache").toString(),
                        "XDG_CONFIG_HOME", scratch.resolve("config").toString(),
                        "TMPDIR", shortTemp.toString()))
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=" + width + "," + height,
                "--user-data-dir=" + scratch.resolve("profile"));
        try {
            return new TidyChromeDriver(service, options, shortTemp);
        } catch (RuntimeException e) {
            TidyChromeDriver.deleteQuietly(shortTemp);
            throw e;
        }
    }

    private static Path scratchDirectory() {
        try {
            Path root = Files.createDirectories(Path.of("target", "browser"));
            Path scratch = Files.createTempDirectory(root, "chromium-").toAbsolutePath();
            for (String child : new String[] {"cache", "config", "profile"}) {
                Files.createDirectories(scratch.resolve(child));
            }
            return scratch;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path shortTempDirectory() {
        try {
            Path temp = Files.createTempDirectory("sb-").toAbsolutePath();
            if (temp.toString().length() > LONGEST_TEMP_DIRECTORY) {
                throw new IllegalStateException("Chromium cannot start with its temp directory at " + temp
                        + ": the path leaves no room for its socket; set java.io.tmpdir to a shorter directory");
            }
            return temp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A driver that removes Chromium's temp directory once the browser has quit. */
    private static final class TidyChromeDriver extends ChromeDriver {

        private final Path temp;

        TidyChromeDriver(ChromeDriverService service, ChromeOptions options, Path temp) {
            super(service, options);
            this.temp = temp;
        }

        @Override
        public void quit() {
            try {
                super.quit();
            } finally {
                deleteQuietly(temp);
            }
        }

        private static void deleteQuietly(Path directory) {
            try (Stream<Path> paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // Leftovers in the system temp directory are harmless; a failed test must not hide behind this.
            }
        }
    }
}
