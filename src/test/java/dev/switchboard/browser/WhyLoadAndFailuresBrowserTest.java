package dev.switchboard.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The why of a frame, the charts of a traffic run and a server going down mid-run, on a lesson, a shared design
 * and the sandbox, in headless Chromium.
 */
@Tag("browser")
class WhyLoadAndFailuresBrowserTest extends BrowserTest {

    /** Four requests a second for five seconds over two slow servers: busy enough to colour, slow enough to see. */
    private static final String TRAFFIC = """
            {"version": 1, "name": "Two busy servers", "nodes": [
              {"id": "client", "type": "client", "name": "Client",
               "load": {"rps": 4, "durationSeconds": 5, "mix": [{"method": "GET", "path": "/x"}]}},
              {"id": "lb", "type": "loadbalancer", "name": "Balancer"},
              {"id": "a", "type": "server", "name": "Server A", "capacity": 1, "latencyMs": 300},
              {"id": "b", "type": "server", "name": "Server B", "capacity": 1, "latencyMs": 300}],
             "links": [{"from": "client", "to": "lb"}, {"from": "lb", "to": "a"}, {"from": "lb", "to": "b"}]}""";

    /** Six requests 100 ms apart, round robin over three servers. */
    private static final String THREE_SERVERS = """
            {"version": 1, "name": "Three servers", "nodes": [
              {"id": "client", "type": "client", "name": "Client", "requests": [%s]},
              {"id": "lb", "type": "loadbalancer", "name": "Balancer"},
              {"id": "a", "type": "server", "name": "A"}, {"id": "b", "type": "server", "name": "B"},
              {"id": "c", "type": "server", "name": "C"}],
             "links": [{"from": "client", "to": "lb"}, {"from": "lb", "to": "a"}, {"from": "lb", "to": "b"},
                       {"from": "lb", "to": "c"}]}""".formatted(String.join(", ",
            Collections.nCopies(6, "{\"method\": \"GET\", \"path\": \"/x\"}")));

    /** The sandbox's Cytoscape instance, as scripts in the page reach it. */
    private static final String CANVAS = "const cy = document.getElementById('canvas')._cyreg.cy;";

    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @Test
    void aGatewayFrameOpensWithTheKeyboardAndSaysWhyInWords() {
        browser.get(app.url("/academy/api-gateways"));
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-counter]"), "frame 0 of 12"));
        click("step");
        click("step");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-counter]"), "frame 2 of 12"));

        WebElement row = browser.findElement(By.cssSelector("[data-events] > li.has-trace"));
        WebElement summary = row.findElement(By.className("event-summary"));
        assertEquals("API Gateway → Post Server", row.findElement(By.className("event-hop")).getText());
        summary.sendKeys(Keys.ENTER);

        wait.until(ExpectedConditions.attributeToBe(summary, "aria-expanded", "true"));
        String trace = row.findElement(By.className("trace")).getText();
        assertTrue(trace.contains("Path: /api/v1/posts/list"), trace);
        assertTrue(trace.contains("Matched: /api/v1/posts → POST_SERVICE"), trace);
        assertTrue(trace.contains("No match: /api/v1/users → USER_SERVICE"), trace);
        assertTrue(trace.contains("Post Server: healthy, 0 active"), trace);
        assertTrue(trace.contains("Decision: forwarded to posts"), trace);

        summary.sendKeys(Keys.SPACE);
        wait.until(ExpectedConditions.attributeToBe(summary, "aria-expanded", "false"));
        assertEquals("frame 2 of 12", browser.findElement(By.cssSelector("[data-counter]")).getText(),
                "Space on the row opens and closes it; it does not play");
    }

    @Test
    void aTrafficRunShowsChartsThatMoveAndServersColouredByLoad() {
        browser.get(app.url(share(TRAFFIC)));
        fastest();
        click("toggle");

        wait.until(driver -> windows() >= 1);
        String firstCaption = caption("throughput");
        int firstPoints = points("throughput");
        wait.until(driver -> windows() >= 3);

        assertTrue(points("throughput") > firstPoints, "the throughput chart gained points");
        assertNotEquals(firstCaption, caption("throughput"));
        assertTrue(caption("utilisation").contains("Server A"), caption("utilisation"));
        WebElement server = browser.findElement(By.cssSelector(".diagram-landscape .node[data-node=a]"));
        assertTrue(server.getAttribute("data-load") != null, "the server is filled by its load");
        assertTrue(server.findElement(By.className("node-load")).getText().endsWith("%"));
    }

    @Test
    void theChartsSayWhichSecondTheyShowAndFollowTheWindowsWidth() {
        browser.get(app.url(share(TRAFFIC)));
        fastest();
        click("toggle");
        wait.until(driver -> windows() >= 1);
        assertTrue(caption("throughput").startsWith("Throughput, 0–1 s: "), caption("throughput"));
        int wide = plotWidth("throughput");

        browser.manage().window().setSize(new Dimension(720, 1000));

        wait.until(driver -> plotWidth("throughput") < wide);
        assertTrue(plotWidth("throughput") <= chartElement("throughput").getSize().getWidth(),
                "the chart fits its column after the window narrowed");
    }

    @Test
    void whenTheRunEndsTheChartsAddTheWholeRunsFigures() {
        browser.get(app.url(share(TRAFFIC)));
        fastest();
        click("toggle");
        WebElement totals = new WebDriverWait(browser, Duration.ofSeconds(45)).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-totals]")));

        String text = totals.getText();
        assertTrue(text.startsWith("Whole run: Client: 20 answered, p99 "), text);
        assertTrue(text.contains("Server A busy ") && text.contains("Server B busy "), text);
        click("restart");
        wait.until(ExpectedConditions.invisibilityOf(totals));
    }

    /** The width uPlot drew its canvas at, in CSS pixels. */
    private int plotWidth(String chart) {
        return chartElement(chart).findElement(By.cssSelector(".uplot")).getSize().getWidth();
    }

    @Test
    void aServerTakenDownMidRunIsAvoidedByTheFramesThatFollow() {
        browser.get(app.url(share(THREE_SERVERS)));
        WebElement takeDown = browser.findElement(By.cssSelector("[data-incident=b]"));
        assertTrue(!takeDown.isEnabled(), "no run yet, nothing to take down");
        click("step");
        click("step");
        click("step");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-counter]"), "frame 3 of"));

        wait.until(ExpectedConditions.elementToBeClickable(takeDown)).click();

        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-incident=b]"), "Bring back"));
        wait.until(ExpectedConditions.attributeContains(
                By.cssSelector(".diagram-landscape .node[data-node=b]"), "class", "down"));
        fastest();
        click("toggle");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-counter]"), "frame 24 of 24"));
        List<String> laterHops = browser.findElements(By.cssSelector("[data-events] > li")).stream().skip(3)
                .map(row -> row.findElement(By.className("event-hop")).getText()).toList();
        assertEquals(6 * 4 - 3, laterHops.size());
        assertTrue(laterHops.stream().noneMatch(hop -> hop.equals("Balancer → B")), laterHops.toString());
    }

    @Test
    void inTheSandboxADownServerIsDrawnDownOnTheCanvasAndAvoided() {
        browser.get(app.url("/"));
        String url = (String) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/api/sandboxes', {method: 'POST', headers: {'Content-Type': 'application/json'},"
                + " body: arguments[0]}).then((r) => r.json()).then((body) => done(body.url));", THREE_SERVERS);
        browser.get(app.url(url));
        wait.until(driver -> browser.executeScript(CANVAS + "return cy.nodes('[type]').length;")
                .equals(5L));
        click("step");
        click("step");
        click("step");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-counter]"), "frame 3 of"));

        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-incident=b]"))).click();

        wait.until(driver -> Boolean.TRUE.equals(browser.executeScript(CANVAS
                + "const b = cy.getElementById('b'); return b.hasClass('down') && b.data('downText') === 'DOWN';")));
        fastest();
        click("toggle");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-counter]"), "frame 24 of 24"));
        List<String> laterHops = browser.findElements(By.cssSelector("[data-events] > li")).stream().skip(3)
                .map(row -> row.findElement(By.className("event-hop")).getText()).toList();
        assertTrue(laterHops.stream().noneMatch(hop -> hop.equals("Balancer → B")), laterHops.toString());
    }

    private String share(String design) {
        HttpClient visitor = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String id = parse(send(visitor, "/api/sandboxes", design)).get("id").asText();
        return parse(send(visitor, "/api/sandboxes/" + id + "/share", "")).get("url").asText();
    }

    private static String send(HttpClient client, String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(201, response.statusCode(), response.body());
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return TestApp.JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int windows() {
        String windows = browser.findElement(By.cssSelector("[data-traffic]")).getAttribute("data-windows");
        return windows == null ? 0 : Integer.parseInt(windows);
    }

    private int points(String chart) {
        return Integer.parseInt(chartElement(chart).getAttribute("data-points"));
    }

    private String caption(String chart) {
        return chartElement(chart).findElement(By.tagName("figcaption")).getText();
    }

    private WebElement chartElement(String chart) {
        return browser.findElement(By.cssSelector("[data-chart=" + chart + "]"));
    }

    private void fastest() {
        new Select(browser.findElement(By.cssSelector("[data-action=speed]"))).selectByValue("4");
    }

    private void click(String action) {
        browser.findElement(By.cssSelector("[data-action=" + action + "]")).click();
    }
}
