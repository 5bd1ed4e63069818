package dev.switchboard.web;

import dev.switchboard.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The server-rendered pages and fragments over real HTTP, from the lessons packaged on the classpath. */
class AcademyPagesTest {

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theIndexListsTheApiGatewayLesson() {
        HttpResponse<String> index = app.get("/");

        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("href=\"/academy/api-gateways\""));
        assertTrue(index.body().contains("API Gateways"));
    }

    @Test
    void theAcademyAddressLeadsToTheIndex() {
        HttpResponse<String> academy = app.get("/academy");

        assertEquals(302, academy.statusCode());
        assertEquals("/", academy.headers().firstValue("Location").orElse(null));
    }

    @Test
    void theLessonPageHasTheTextTheRoutingTableTheCheckpointAndThePanel() {
        String page = app.get("/academy/api-gateways").body();

        assertTrue(page.contains("<h1 id=\"lesson-title\">API Gateways</h1>"));
        assertTrue(page.contains("Routing table of API Gateway"));
        assertTrue(page.contains("<code>/api/v1/posts</code>") && page.contains("<code>POST_SERVICE</code>"));
        assertTrue(page.contains("data-checkpoint-box=\"misconfigure-routes\""));
        assertTrue(page.contains("frame 0 of 12"));
        assertTrue(page.contains("Press Play to send 3 requests through API Gateway."));
        assertTrue(page.contains("data-node=\"posts\"") && page.contains("data-from=\"gateway\""));
        assertFalse(page.contains("Checkpoint applied"));
    }

    @Test
    void theCheckpointFragmentCarriesTheMisconfiguredDesignAndSaysItIsApplied() {
        HttpResponse<String> fragment = app.get("/academy/api-gateways/simulation?checkpoint=misconfigure-routes");

        assertEquals(200, fragment.statusCode());
        assertFalse(fragment.body().contains("<html"), "a fragment, not a page");
        assertTrue(fragment.body().contains("Checkpoint applied: <strong>Misconfigure Routes</strong>"));
        assertTrue(fragment.body().contains("data-checkpoint=\"misconfigure-routes\""));
        String postsRoute = "&#34;prefix&#34;:&#34;/api/v1/posts&#34;,&#34;pool&#34;:&#34;USER_SERVICE&#34;";
        assertTrue(fragment.body().contains(postsRoute), "the posts route now points at USER_SERVICE");
        assertTrue(fragment.body().contains("id=\"routing-table-gateway\" hx-swap-oob=\"true\""),
                "the text's routing table is redrawn out of band");
        assertTrue(fragment.body().contains("(after Misconfigure Routes)"));
    }

    @Test
    void theResetFragmentCarriesTheLessonsDesign() {
        String fragment = app.get("/academy/api-gateways/simulation").body();

        assertTrue(fragment.contains("The lesson&#39;s design") || fragment.contains("The lesson's design"));
        assertTrue(fragment.contains("&#34;prefix&#34;:&#34;/api/v1/posts&#34;,&#34;pool&#34;:&#34;POST_SERVICE&#34;"));
    }

    @Test
    void anUnknownCheckpointGetsA404() {
        assertEquals(404, app.get("/academy/api-gateways/simulation?checkpoint=nope").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/glossary", "/glossary/microservices", "/glossary/load-balancer",
            "/glossary/api-gateway", "/status", "/status/200", "/status/400", "/status/404", "/status/405",
            "/status/503", "/css/app.css", "/js/player.js", "/js/lesson.js", "/js/diagram-stage.js",
            "/favicon.svg"})
    void everyLinkedPageAndAssetExists(String path) {
        assertEquals(200, app.get(path).statusCode(), path);
    }

    @Test
    void theHtmxLibraryIsServedFromItsWebJar() {
        String page = app.get("/").body();
        String htmx = page.substring(page.indexOf("/webjars/"), page.indexOf("htmx.min.js") + "htmx.min.js".length());

        assertEquals(200, app.get(htmx).statusCode());
    }

    @Test
    void aStatusPageExplainsOurRuleAndRealGateways() {
        String page = app.get("/status/405").body();

        assertTrue(page.contains("Method Not Allowed"));
        assertTrue(page.contains("real gateways") || page.contains("Real gateways"));
    }

    @Test
    void unknownGlossaryTermsAndStatusCodesGetTheSite404Page() {
        HttpResponse<String> term = app.get("/glossary/blockchain");
        HttpResponse<String> code = app.get("/status/418");

        assertEquals(404, term.statusCode());
        assertEquals(404, code.statusCode());
        assertTrue(term.body().contains("<html"), "a page, not JSON");
    }
}
