package dev.switchboard.browser;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Headless Debian Chromium driven by its own chromedriver. Both paths are given, so Selenium Manager never runs and
 * nothing is downloaded; caches and profiles stay under {@code target/}.
 */
final class Browser {

    private static final String CHROMIUM = System.getProperty("switchboard.chromium", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("switchboard.chromedriver", "/usr/bin/chromedriver");

    private Browser() {
    }

    static ChromeDriver start(int width, int height) {
        Path scratch = scratchDirectory();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .withEnvironment(Map.of(
                        "XDG_CACHE_HOME", scratch.resolve("cache").toString(),
                        "XDG_CONFIG_HOME", scratch.resolve("config").toString(),
                        "TMPDIR", scratch.resolve("tmp").toString()))
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=" + width + "," + height,
                "--user-data-dir=" + scratch.resolve("profile"));
        return new ChromeDriver(service, options);
    }

    private static Path scratchDirectory() {
        try {
            Path root = Files.createDirectories(Path.of("target", "browser"));
            Path scratch = Files.createTempDirectory(root, "chromium-").toAbsolutePath();
            for (String child : new String[] {"cache", "config", "tmp", "profile"}) {
                Files.createDirectories(scratch.resolve(child));
            }
            return scratch;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
