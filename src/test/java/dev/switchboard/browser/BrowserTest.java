package dev.switchboard.browser;

import dev.switchboard.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What every browser test stands on: the real app, started once for the class, and a fresh headless Chromium for
 * each test (so no cookie or page state leaks between tests). A subclass's own {@code @BeforeEach} runs after this
 * one, with {@link #browser} ready.
 */
@Tag("browser")
abstract class BrowserTest {

    static TestApp app;
    ChromeDriver browser;

    @BeforeAll
    static void startApp() {
        app = TestApp.start();
    }

    @AfterAll
    static void stopApp() {
        app.close();
    }

    @BeforeEach
    void startBrowser() {
        browser = Browser.start(1400, 1000);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }
}
