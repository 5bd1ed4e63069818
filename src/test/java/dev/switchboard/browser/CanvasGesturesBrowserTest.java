package dev.switchboard.browser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The mouse gestures of the canvas: connect two nodes by dragging the handle of one onto the other, and move one. */
@Tag("browser")
class CanvasGesturesBrowserTest extends BrowserTest {

    private SandboxPage sandbox;

    @BeforeEach
    void openANewSandbox() {
        sandbox = new SandboxPage(browser);
        sandbox.open(app.url("/sandbox"));
    }

    @Test
    void draggingTheHandleOfOneNodeOntoAnotherConnectsThem() {
        sandbox.add("client", "Client");
        sandbox.add("server", "Server");
        WebElement canvas = browser.findElement(By.id("canvas"));

        new Actions(browser).moveToElement(canvas, offsetX("client-1", canvas), offsetY("client-1", canvas))
                .perform();
        WebElement handle = new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(driver -> driver.findElement(By.cssSelector(".connect-handle")).isDisplayed()
                        ? driver.findElement(By.cssSelector(".connect-handle")) : null);
        int handleX = handle.getRect().getX() + 9 - canvas.getRect().getX() - canvas.getRect().getWidth() / 2;
        int handleY = handle.getRect().getY() + 9 - canvas.getRect().getY() - canvas.getRect().getHeight() / 2;
        new Actions(browser).moveToElement(canvas, handleX, handleY).clickAndHold()
                .moveToElement(canvas, offsetX("server-1", canvas) - 10, offsetY("server-1", canvas))
                .moveToElement(canvas, offsetX("server-1", canvas), offsetY("server-1", canvas))
                .release().perform();

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> sandbox.linkCount() == 1);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver ->
                driver.findElement(By.id("outline")).getText().contains("Client → Server"));
    }

    @Test
    void draggingANodeMovesItAndTheNewPlaceIsSaved() {
        sandbox.add("server", "Server");
        WebElement canvas = browser.findElement(By.id("canvas"));
        int x = offsetX("server-1", canvas);
        int y = offsetY("server-1", canvas);

        new Actions(browser).moveToElement(canvas, x, y).clickAndHold().moveByOffset(40, 30)
                .moveByOffset(40, 30).release().perform();

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> {
            String saved = app.get("/api/sandboxes/" + sandboxId()).body();
            return saved.isEmpty() || !saved.contains("\"y\" : 100") && !saved.contains("\"y\":100");
        });
        sandbox.waitForSaved();
        assertTrue(sandbox.nodeCount() == 1);
    }

    private String sandboxId() {
        String url = browser.getCurrentUrl();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private int offsetX(String nodeId, WebElement canvas) {
        Map<String, Object> point = sandbox.renderedPosition(nodeId);
        return ((Number) point.get("x")).intValue() - canvas.getRect().getWidth() / 2;
    }

    private int offsetY(String nodeId, WebElement canvas) {
        Map<String, Object> point = sandbox.renderedPosition(nodeId);
        return ((Number) point.get("y")).intValue() - canvas.getRect().getHeight() / 2;
    }
}
