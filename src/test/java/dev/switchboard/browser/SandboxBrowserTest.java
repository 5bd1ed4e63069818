package dev.switchboard.browser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sandbox in headless Chromium: the API gateway lesson's step-by-step, sharing, undo and redo, escaping. */
@Tag("browser")
class SandboxBrowserTest extends BrowserTest {

    private SandboxPage sandbox;

    @BeforeEach
    void openANewSandbox() {
        sandbox = new SandboxPage(browser);
        sandbox.open(app.url("/sandbox"));
    }

    @Test
    void theLessonsStepByStepRoutesTheRequestToTheUserServerAndTheBonusRoutesEachPathToItsServer() {
        buildTheLessonsArchitecture();

        sandbox.clickOnCanvas("client-1");
        sandbox.waitForFrames(4);
        assertEquals(List.of("200"), sandbox.answers());
        assertEquals(List.of("User Server → API Gateway"), sandbox.serverAnswers());

        addThePostServerBonus();

        sandbox.clickOnCanvas("client-1");
        sandbox.waitForFrames(8);
        assertEquals(List.of("200", "200"), sandbox.answers());
        assertEquals(List.of("User Server → API Gateway", "Post Server → API Gateway"), sandbox.serverAnswers());
    }

    @Test
    void aCanvasEditRightAfterAnInspectorEditKeepsBoth() {
        sandbox.add("client", "Client");
        browser.findElement(By.cssSelector("#inspector input[name=name]"))
                .sendKeys(Keys.chord(Keys.CONTROL, "a"), "Mobile App");

        browser.findElement(By.cssSelector("[data-add=server]")).click();

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(driver -> sandbox.nodeCount() == 2);
        sandbox.waitForSaved();
        assertOutlineHas("Mobile App", "Server");
        String state = browser.findElement(By.cssSelector("[data-save-state]")).getText();
        assertFalse(state.startsWith("Not saved"), state);
    }

    @Test
    void twoTabsNeverOverwriteEachOther() {
        sandbox.waitForSaved();
        String firstTab = browser.getWindowHandle();
        String url = browser.getCurrentUrl();
        browser.switchTo().newWindow(WindowType.TAB);
        SandboxPage secondTab = new SandboxPage(browser);
        secondTab.open(url);
        secondTab.add("server", "Server");
        secondTab.waitForSaved();

        // An edit on the canvas of the stale tab is made again on top of what the other tab saved.
        browser.switchTo().window(firstTab);
        browser.findElement(By.cssSelector("[data-add=client]")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(driver -> sandbox.nodeCount() == 2);
        sandbox.waitForSaved();
        assertOutlineHas("Server", "Client");

        // Undo puts back a whole earlier document, which would drop the other tab's newer work: it is refused.
        String secondHandle = browser.getWindowHandles().stream().filter(handle -> !handle.equals(firstTab))
                .findFirst().orElseThrow();
        browser.switchTo().window(secondHandle);
        browser.findElement(By.cssSelector("[data-add=loadbalancer]")).click();
        wait.until(driver -> secondTab.nodeCount() == 3);
        secondTab.waitForSaved();
        browser.switchTo().window(firstTab);
        browser.findElement(By.cssSelector("[data-undo]")).click();

        WebElement saveState = browser.findElement(By.cssSelector("[data-save-state]"));
        wait.until(driver -> saveState.getText().startsWith("Not saved: the sandbox changed"));
        wait.until(driver -> sandbox.nodeCount() == 3);
        sandbox.waitForSaved();
        assertOutlineHas("Server", "Client", "Load Balancer");
    }

    private void assertOutlineHas(String... names) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(driver -> {
            String outline = driver.findElement(By.id("outline")).getText();
            return java.util.Arrays.stream(names).allMatch(outline::contains);
        });
    }

    @Test
    void aSharedLinkShowsTheSameDesignAndPlaysTheSameFramesInAnotherSession() {
        buildTheLessonsArchitecture();
        sandbox.fastest();
        browser.findElement(By.cssSelector("[data-run]")).click();
        sandbox.waitForFrames(4);
        List<String> original = sandbox.eventLines();

        browser.findElement(By.cssSelector("[data-share]")).click();
        WebElement link = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-share-link]")));
        String shareUrl = link.getAttribute("href");
        assertTrue(shareUrl.matches(".*/s/[A-Za-z0-9_-]{22}$"), shareUrl);

        ChromeDriver friend = Browser.start(1400, 1000);
        try {
            friend.get(shareUrl);
            WebDriverWait wait = new WebDriverWait(friend, Duration.ofSeconds(30));
            String drawing = friend.findElement(By.cssSelector("svg.diagram-landscape")).getText();
            assertTrue(drawing.contains("User Server") && drawing.contains("API Gateway"), drawing);
            new org.openqa.selenium.support.ui.Select(friend.findElement(By.cssSelector("[data-action=speed]")))
                    .selectByValue("4");
            friend.findElement(By.cssSelector("[data-action=toggle]")).click();
            wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-counter]"), "frame 4 of 4"));
            List<String> shared = friend.findElements(By.cssSelector("[data-events] > li .event-line")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(original, shared);

            friend.findElement(By.cssSelector("[data-make-copy]")).click();
            wait.until(ExpectedConditions.urlMatches(".*/sandbox/[A-Za-z0-9_-]{22}$"));
            SandboxPage copy = new SandboxPage(friend);
            wait.until(driver -> copy.nodeCount() == 3);
        } finally {
            friend.quit();
        }
    }

    @Test
    void undoAndRedoTakeBackAndReplayChangesFromButtonsAndKeys() {
        sandbox.add("client", "Client");
        sandbox.add("server", "Server");
        assertEquals(2, sandbox.nodeCount());

        browser.findElement(By.cssSelector("[data-undo]")).click();
        waitForNodes(1);
        browser.findElement(By.cssSelector("[data-redo]")).click();
        waitForNodes(2);

        sandbox.select("Server");
        sandbox.rename("Renamed");
        browser.findElement(By.id("canvas")).click();
        browser.findElement(By.tagName("body")).sendKeys(Keys.chord(Keys.CONTROL, "z"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver ->
                driver.findElement(By.id("outline")).getText().contains("Server · server"));
        browser.findElement(By.tagName("body")).sendKeys(Keys.chord(Keys.CONTROL, Keys.SHIFT, "z"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver ->
                driver.findElement(By.id("outline")).getText().contains("Renamed · server"));
    }

    @Test
    void theKeyboardAddsAndDeletesNodesOnTheCanvas() {
        WebElement canvas = browser.findElement(By.id("canvas"));
        canvas.click();
        canvas.sendKeys("c");
        waitForNodes(1);
        canvas.sendKeys("g");
        waitForNodes(2);

        canvas.sendKeys(Keys.DELETE);

        waitForNodes(1);
    }

    @Test
    void anInvalidValueIsShownInlineAndNotSaved() {
        sandbox.add("client", "Client");
        WebElement path = browser.findElement(By.cssSelector("#inspector input[name=path]"));
        path.click();
        path.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        path.sendKeys("no-leading-slash", Keys.TAB);

        WebElement error = new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#inspector .field-error")));
        assertTrue(error.getText().contains("/"), error.getText());
        String saved = app.get("/api/sandboxes/" + sandboxId()).body();
        assertTrue(saved.isEmpty() || !saved.contains("no-leading-slash"));
        assertEquals("true", browser.findElement(By.cssSelector("#inspector input[name=path]"))
                .getAttribute("aria-invalid"));
    }

    @Test
    void namesContainingHtmlAreShownAsTextAndNeverRun() {
        String hostile = "<img src=x onerror=\"window.__pwned=1\">";
        buildTheLessonsArchitecture();
        sandbox.select("User Server");
        sandbox.rename(hostile);

        sandbox.clickOnCanvas("client-1");
        sandbox.waitForFrames(4);

        assertTrue(browser.findElement(By.id("outline")).getText().contains(hostile + " · server"));
        assertTrue(String.join("\n", sandbox.serverAnswers()).contains(hostile));
        assertNull(((JavascriptExecutor) browser).executeScript("return window.__pwned;"));
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
    }

    @Test
    void anInvalidImportShowsItsErrorsAndChangesNothingWhileAValidOneReplacesTheDesign() throws Exception {
        sandbox.add("client", "Client");
        java.nio.file.Path broken = java.nio.file.Files.createTempFile(java.nio.file.Path.of("target"), "broken-",
                ".json");
        java.nio.file.Files.writeString(broken, "{\"version\": 1, \"nodes\": [{\"id\": \"x\", \"type\": \"toaster\","
                + " \"name\": \"X\"}]}");

        browser.findElement(By.cssSelector("[data-import]")).sendKeys(broken.toAbsolutePath().toString());

        WebElement errors = new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-import-errors]")));
        assertTrue(errors.getText().contains("nodes[0].type"), errors.getText());
        assertEquals(1, sandbox.nodeCount());

        java.nio.file.Path good = java.nio.file.Files.createTempFile(java.nio.file.Path.of("target"), "good-",
                ".json");
        java.nio.file.Files.writeString(good, java.nio.file.Files.readString(
                java.nio.file.Path.of("lessons", "api-gateways", "design.json")));
        browser.findElement(By.cssSelector("[data-import]")).sendKeys(good.toAbsolutePath().toString());
        waitForNodes(4);
    }

    @Test
    void theLessonsExerciseSolvedFromScratchTicksEveryGoalAndTheIndexShowsTheLessonDone() {
        sandbox.open(app.url("/academy/api-gateways/exercise"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("goals"), "GET /api/v1/users/me"));
        assertTrue(browser.findElement(By.id("exercise-title")).getText().contains("API gateway"));

        buildTheLessonsArchitecture();
        sandbox.clickOnCanvas("client-1");
        sandbox.waitForFrames(4);

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#goals .goals-complete")));
        assertEquals(4, browser.findElements(By.cssSelector("#goals .goal-met")).size());
        assertEquals(0, browser.findElements(By.cssSelector("#goals .goal-missed")).size());

        browser.get(app.url("/"));
        WebElement card = browser.findElement(By.cssSelector("a[href='/academy/api-gateways']"));
        assertTrue(card.getText().contains("Done"), card.getText());
    }

    @Test
    void anUnfinishedExerciseCrossesTheGoalsItMissesWithTheReason() {
        sandbox.open(app.url("/academy/api-gateways/exercise"));
        sandbox.add("client", "Client");
        sandbox.setRequestPath(0, "/api/v1/users/me");
        sandbox.add("server", "Server");
        sandbox.select("Client");
        sandbox.connectTo("Server (server)");
        sandbox.waitForSaved();

        browser.findElement(By.cssSelector("[data-run]")).click();
        sandbox.waitForFrames(2);

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#goals .goal-missed")));
        String goals = browser.findElement(By.id("goals")).getText();
        assertTrue(goals.contains("GET /api/v1/users/me was answered 200 by Server"), goals);
        assertTrue(goals.contains("expected an answer from User Server"), goals);
        assertTrue(goals.contains("expected it to pass through a gateway"), goals);
    }

    /** The API gateway lesson's step-by-step, exactly, through the palette and the inspector. */
    private void buildTheLessonsArchitecture() {
        sandbox.add("client", "Client");
        sandbox.setRequestPath(0, "/api/v1/users/me");

        sandbox.add("gateway", "API Gateway");
        sandbox.select("Client");
        sandbox.connectTo("API Gateway (gateway)");

        sandbox.add("server", "Server");
        sandbox.rename("User Server");

        sandbox.select("API Gateway");
        sandbox.connectTo("User Server (server)");
        sandbox.addRoute("/api/v1/users", "USER_SERVICE");

        sandbox.select("User Server");
        sandbox.setPool("USER_SERVICE");
        sandbox.waitForSaved();
    }

    private void addThePostServerBonus() {
        sandbox.add("server", "Server 2");
        sandbox.rename("Post Server");
        sandbox.setPool("POST_SERVICE");

        sandbox.select("API Gateway");
        sandbox.connectTo("Post Server (server)");
        sandbox.addRoute("/api/v1/posts", "POST_SERVICE");

        sandbox.select("Client");
        sandbox.addRequest("/api/v1/posts/list");
        sandbox.waitForSaved();
    }

    private void waitForNodes(int count) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> sandbox.nodeCount() == count);
    }

    private String sandboxId() {
        String url = browser.getCurrentUrl();
        return url.substring(url.lastIndexOf('/') + 1);
    }
}
