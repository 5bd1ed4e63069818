package dev.switchboard.browser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The API gateway lesson in headless Chromium, against the real app: play, pause, step, checkpoint, reset. */
@Tag("browser")
class LessonBrowserTest extends BrowserTest {

    private WebDriverWait wait;

    @BeforeEach
    void openLesson() {
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(app.url("/academy/api-gateways"));
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-counter]"), "frame 0 of 12"));
    }

    @Test
    void playShowsAllTwelveFramesAndThreeAnswersFromTheRightServers() {
        fastest();

        click("toggle");
        waitForCounter("frame 12 of 12");

        List<WebElement> rows = eventRows();
        assertEquals(12, rows.size());
        List<String> answers = rows.stream()
                .filter(row -> row.getAttribute("class").contains("event-response"))
                .filter(row -> row.findElement(By.className("event-hop")).getText().endsWith("→ Client"))
                .map(row -> row.findElement(By.className("badge")).getText())
                .toList();
        assertEquals(List.of("200", "200", "200"), answers);
        assertEquals(List.of("Post Server → API Gateway", "User Server → API Gateway",
                "Post Server → API Gateway"), serverAnswers());
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-action=toggle]"), "Play"));
    }

    @Test
    void pauseStopsTheCounter() {
        click("toggle");
        wait.until(driver -> frameCount() >= 2);

        click("toggle");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-action=toggle]"), "Play"));
        int paused = frameCount();
        sleep(1500);

        assertEquals(paused, frameCount());
        assertTrue(paused < 12);
    }

    @Test
    void stepAdvancesExactlyOneFrameAndTheKeyboardDoesToo() {
        click("step");
        waitForCounter("frame 1 of 12");
        click("step");
        waitForCounter("frame 2 of 12");
        sleep(800);
        assertEquals(2, eventRows().size());

        browser.findElement(By.tagName("body")).sendKeys(Keys.ARROW_RIGHT);
        waitForCounter("frame 3 of 12");
        assertEquals(3, eventRows().size());
    }

    @Test
    void misconfigureRoutesEndsThePostsRequestsIn405AtTheUserServerAndResetBringsBackThe200s() {
        browser.findElement(By.cssSelector("[data-checkpoint-box=misconfigure-routes] [data-apply]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".sim-banner"),
                "Checkpoint applied: Misconfigure Routes"));
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-counter]"), "frame 0 of 12"));
        String table = browser.findElement(By.id("routing-table-gateway")).getText();
        assertTrue(table.contains("after Misconfigure Routes") && !table.contains("POST_SERVICE"), table);
        fastest();

        click("toggle");
        waitForCounter("frame 12 of 12");

        assertEquals(List.of("User Server → API Gateway", "User Server → API Gateway",
                "User Server → API Gateway"), serverAnswers());
        assertEquals(List.of("405", "200", "405"), clientAnswers());
        WebElement errorRow = browser.findElements(By.cssSelector(".event.s4xx")).get(0);
        assertTrue(errorRow.getText().contains("User Server does not handle /api/v1/posts/list"),
                errorRow.getText());
        WebElement result = browser.findElement(By.cssSelector("[data-checkpoint-result]"));
        wait.until(ExpectedConditions.visibilityOf(result));
        assertTrue(result.getText().contains("405"), result.getText());

        browser.findElement(By.cssSelector("[data-checkpoint-box=misconfigure-routes] [data-reset]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".sim-banner"),
                "The lesson's design"));
        assertTrue(browser.findElement(By.id("routing-table-gateway")).getText().contains("POST_SERVICE"));
        assertEquals("4", browser.findElement(By.cssSelector("[data-action=speed]")).getAttribute("value"),
                "the chosen speed survives Apply and Reset");
        click("toggle");
        waitForCounter("frame 12 of 12");
        assertEquals(List.of("200", "200", "200"), clientAnswers());
    }

    @Test
    void aPredictionIsGradedAgainstWhatTheCheckpointProduced() {
        WebElement box = browser.findElement(By.cssSelector("[data-checkpoint-box=misconfigure-routes]"));
        new Select(box.findElement(By.cssSelector("[data-predict-status]"))).selectByValue("404");
        new Select(box.findElement(By.cssSelector("[data-predict-node]"))).selectByVisibleText("API Gateway");

        box.findElement(By.cssSelector("[data-apply]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".sim-banner"),
                "Checkpoint applied"));
        fastest();
        click("toggle");
        waitForCounter("frame 12 of 12");

        WebElement grade = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-prediction-grade]")));
        assertTrue(grade.getText().contains("the status was 405, not 404"), grade.getText());
        assertTrue(grade.getText().contains("the answer came from User Server, not API Gateway"), grade.getText());
        assertTrue(grade.getAttribute("class").contains("wrong"));
    }

    @Test
    void glossaryAndStatusLinksLeadToPagesThatExist() {
        List<String> links = browser.findElements(By.cssSelector(".lesson-text a[href^='/glossary/'], "
                        + ".lesson-text a[href^='/status/']")).stream()
                .map(link -> link.getAttribute("href")).distinct().toList();
        assertFalse(links.isEmpty());

        for (String link : links) {
            browser.get(link);
            assertFalse(browser.getTitle().startsWith("Not found"), link);
        }
    }

    @Test
    void aTrafficLessonsPanelKeepsItsEventListInViewBesideTheCharts() {
        browser.manage().window().setSize(new Dimension(1400, 900));
        browser.get(app.url("/academy/capacity-and-queues"));
        fastest();
        click("toggle");

        wait.until(driver -> {
            String windows = driver.findElement(By.cssSelector("[data-traffic]")).getAttribute("data-windows");
            return windows != null && Integer.parseInt(windows) >= 2;
        });

        WebElement events = browser.findElement(By.cssSelector(".lesson-sim .events"));
        assertTrue(events.getSize().getHeight() >= 150, "the event list has room: " + events.getSize());
        Object reachable = ((JavascriptExecutor) browser).executeScript(
                "const panel = document.querySelector('.lesson-sim > .sim');"
                        + "return getComputedStyle(panel).overflowY === 'auto' || panel.scrollHeight <= panel.clientHeight;");
        assertEquals(Boolean.TRUE, reachable, "whatever does not fit in the panel can be scrolled to");
    }

    private void fastest() {
        new Select(browser.findElement(By.cssSelector("[data-action=speed]"))).selectByValue("4");
    }

    private void click(String action) {
        browser.findElement(By.cssSelector("[data-action=" + action + "]")).click();
    }

    private void waitForCounter(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBe(By.cssSelector("[data-counter]"), text));
    }

    private int frameCount() {
        String counter = browser.findElement(By.cssSelector("[data-counter]")).getText();
        return Integer.parseInt(counter.split(" ")[1]);
    }

    private List<WebElement> eventRows() {
        return browser.findElements(By.cssSelector("[data-events] > li"));
    }

    /** The hop of each response frame leaving a server, in order. */
    private List<String> serverAnswers() {
        return eventRows().stream()
                .filter(row -> row.getAttribute("class").contains("event-response"))
                .map(row -> row.findElement(By.className("event-hop")).getText())
                .filter(hop -> hop.endsWith("→ API Gateway"))
                .toList();
    }

    /** The status of each response that reaches the client, in order. */
    private List<String> clientAnswers() {
        return eventRows().stream()
                .filter(row -> row.findElement(By.className("event-hop")).getText().endsWith("→ Client"))
                .map(row -> row.findElement(By.className("badge")).getText())
                .toList();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
