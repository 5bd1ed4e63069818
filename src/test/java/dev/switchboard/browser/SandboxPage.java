package dev.switchboard.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** What a learner does in the sandbox, as small steps a test reads like the lesson's step-by-step. */
final class SandboxPage {

    private final ChromeDriver browser;
    private final WebDriverWait wait;

    SandboxPage(ChromeDriver browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    void open(String url) {
        browser.get(url);
        wait.until(driver -> nodeCount() >= 0);
    }

    /** Adds a component with its palette button and waits until the inspector shows it. */
    void add(String type, String expectedName) {
        int before = nodeCount();
        browser.findElement(By.cssSelector("[data-add=" + type + "]")).click();
        wait.until(driver -> nodeCount() == before + 1);
        waitForInspector(expectedName);
    }

    void select(String name) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[@id='outline']//button[starts-with(normalize-space(.), '" + name + " · ')]")));
        button.click();
        waitForInspector(name);
    }

    void rename(String newName) {
        type(By.cssSelector("#inspector input[name=name]"), newName);
        waitForInspector(newName);
    }

    void setRequestPath(int index, String path) {
        type(By.cssSelector("#inspector input[name=path]"), index, path);
    }

    void addRequest(String path) {
        int before = browser.findElements(By.cssSelector("#inspector input[name=path]")).size();
        clickInInspector("Add request");
        wait.until(driver -> driver.findElements(By.cssSelector("#inspector input[name=path]")).size() == before + 1);
        setRequestPath(before, path);
    }

    void addRoute(String prefix, String pool) {
        int before = browser.findElements(By.cssSelector("#inspector input[name=prefix]")).size();
        clickInInspector("Add route");
        wait.until(driver -> driver.findElements(By.cssSelector("#inspector input[name=prefix]")).size() == before + 1);
        type(By.cssSelector("#inspector input[name=prefix]"), before, prefix);
        type(By.cssSelector("#inspector input[name=routePool]"), before, pool);
    }

    void setPool(String pool) {
        type(By.cssSelector("#inspector input[name=pool]"), pool);
    }

    void connectTo(String targetName) {
        WebElement target = browser.findElement(By.cssSelector("#inspector select[name=linkTarget]"));
        new Select(target).selectByVisibleText(targetName);
        clickInInspector("Connect");
        wait.until(driver -> driver.findElement(By.id("inspector")).getText().contains("→ " + targetName));
    }

    /** Clicks a node where it is drawn on the canvas, as a learner clicks the client to simulate. */
    void clickOnCanvas(String nodeId) {
        WebElement canvas = browser.findElement(By.id("canvas"));
        Map<String, Object> point = renderedPosition(nodeId);
        int x = ((Number) point.get("x")).intValue() - canvas.getRect().getWidth() / 2;
        int y = ((Number) point.get("y")).intValue() - canvas.getRect().getHeight() / 2;
        new Actions(browser).moveToElement(canvas, x, y).click().perform();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> renderedPosition(String nodeId) {
        return (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(
                "const cy = document.getElementById('canvas')._cyreg.cy;"
                        + "const p = cy.getElementById(arguments[0]).renderedPosition(); return {x: p.x, y: p.y};",
                nodeId);
    }

    int nodeCount() {
        Object count = ((JavascriptExecutor) browser).executeScript(
                "const c = document.getElementById('canvas');"
                        + "return c && c._cyreg && c._cyreg.cy ? c._cyreg.cy.nodes('[type]').length : -1;");
        return ((Number) count).intValue();
    }

    int linkCount() {
        Object count = ((JavascriptExecutor) browser).executeScript(
                "return document.getElementById('canvas')._cyreg.cy.edges().not('.eh-ghost-edge').length;");
        return ((Number) count).intValue();
    }

    /** Waits until the canvas shows the revision the server holds: every save has come back to the page. */
    void waitForSaved() {
        wait.until(driver -> {
            Object caughtUp = ((JavascriptExecutor) driver).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "const root = document.querySelector('[data-sandbox]');"
                            + "fetch('/api/sandboxes/' + root.dataset.sandbox).then(r => done("
                            + "(r.headers.get('ETag') || '').replaceAll('\"', '') === root.dataset.revision));");
            return Boolean.TRUE.equals(caughtUp);
        });
    }

    void waitForFrames(int total) {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .withMessage(() -> "player shows '" + text("[data-player] [data-counter]") + "', error '"
                        + text("[data-player] [data-error]") + "', problems '" + text("#problems") + "'")
                .until(ExpectedConditions.textToBe(By.cssSelector("[data-player] [data-counter]"),
                        "frame " + total + " of " + total));
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    void fastest() {
        new Select(browser.findElement(By.cssSelector("[data-player] [data-action=speed]"))).selectByValue("4");
    }

    /** Each response that reached the client: "status from node", in order. */
    List<String> answers() {
        return rows().stream()
                .filter(row -> row.findElement(By.className("event-hop")).getText().endsWith("→ Client"))
                .map(row -> row.findElement(By.className("badge")).getText())
                .toList();
    }

    /** The hops of the response frames leaving a server, in order. */
    List<String> serverAnswers() {
        return rows().stream()
                .filter(row -> row.getAttribute("class").contains("event-response"))
                .map(row -> row.findElement(By.className("event-hop")).getText())
                .filter(hop -> !hop.endsWith("→ Client"))
                .toList();
    }

    List<String> eventLines() {
        return rows().stream().map(row -> row.findElement(By.className("event-line")).getText()).toList();
    }

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("[data-events] > li"));
    }

    void clickInInspector(String buttonText) {
        waitForQuiet();
        WebElement button = browser.findElement(By.xpath(
                "//*[@id='inspector']//button[normalize-space(.)='" + buttonText + "']"));
        String before = inspectorMarker();
        button.click();
        wait.until(driver -> !inspectorMarker().equals(before));
    }

    void waitForInspector(String heading) {
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#inspector h2"), heading));
    }

    /** Types into a field and leaves it, which fires the change that saves it, then waits for the new form. */
    private void type(By field, String text) {
        type(field, 0, text);
    }

    private void type(By field, int index, String text) {
        for (int attempt = 1; ; attempt++) {
            waitForQuiet();
            String before = inspectorMarker();
            try {
                WebElement input = browser.findElements(field).get(index);
                input.click();
                input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
                input.sendKeys(text, Keys.TAB);
                wait.until(driver -> !inspectorMarker().equals(before));
                break;
            } catch (org.openqa.selenium.StaleElementReferenceException replacedMeanwhile) {
                // The inspector was swapped for a newer one between finding the field and typing: type again.
                if (attempt == 3) {
                    throw replacedMeanwhile;
                }
            }
        }
        wait.until(driver -> driver.findElements(field).size() > index
                && text.equals(driver.findElements(field).get(index).getAttribute("value")));
    }

    /** Waits until no htmx request is in flight, so the inspector in the page is the latest one. */
    private void waitForQuiet() {
        wait.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return document.querySelector('.htmx-request') === null;")));
    }

    /** Changes whenever htmx swaps a new inspector in: the form element is a new one each time. */
    private String inspectorMarker() {
        Object marker = ((JavascriptExecutor) browser).executeScript(
                "const form = document.querySelector('#inspector > *');"
                        + "if (!form) return 'none'; if (!form.dataset.seen) form.dataset.seen = String(Math.random());"
                        + "return form.dataset.seen;");
        return String.valueOf(marker);
    }
}
