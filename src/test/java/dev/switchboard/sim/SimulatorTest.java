package dev.switchboard.sim;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimulatorTest {

    @Test
    void givenTheLessonDesign_whenRun_thenItGivesTwelveFramesWithExactTimesRoutesAndStatuses() {
        Design lesson = Designs.lesson();

        List<Frame> frames = Simulator.run(lesson, 7).frames();

        assertEquals(List.of(
                "1 0 r1 request client>gateway null",
                "2 15 r1 request gateway>posts null",
                "3 45 r1 response posts>gateway 200",
                "4 60 r1 response gateway>client 200",
                "5 100 r2 request client>gateway null",
                "6 115 r2 request gateway>users null",
                "7 145 r2 response users>gateway 200",
                "8 160 r2 response gateway>client 200",
                "9 200 r3 request client>gateway null",
                "10 215 r3 request gateway>posts null",
                "11 245 r3 response posts>gateway 200",
                "12 260 r3 response gateway>client 200"), outline(frames));
    }

    @Test
    void givenTheLessonDesign_whenRun_thenEveryFrameExplainsItselfInPlainWords() {
        Design lesson = Designs.lesson();

        List<Frame> frames = Simulator.run(lesson, 7).frames();

        assertEquals("Client sends GET /api/v1/posts/list to API Gateway", frames.get(0).note());
        assertEquals("Longest matching prefix /api/v1/posts → POST_SERVICE; round robin picks Post Server (1 of 1)",
                frames.get(1).note());
        assertEquals("Post Server handles /api/v1/posts: 200", frames.get(2).note());
        assertEquals("API Gateway returns 200 from Post Server to Client", frames.get(3).note());
        assertEquals("Longest matching prefix /api/v1/users → USER_SERVICE; round robin picks User Server (1 of 1)",
                frames.get(5).note());
    }

    @Test
    void givenTheLessonDesign_whenRun_thenEveryFrameTravelsOneHopWithTheRequestMethodAndPath() {
        List<Frame> frames = Simulator.run(Designs.lesson(), 7).frames();

        for (Frame frame : frames) {
            assertEquals(Simulator.HOP_MS, frame.duration());
            assertEquals("GET", frame.method());
            assertNull(frame.headers());
        }
        assertEquals("/api/v1/users/profile", frames.get(6).path());
    }

    @Test
    void givenTheLessonDesign_whenRun_thenTheSummaryCountsRequestsFramesStatusesAndOutcomes() {
        Summary summary = Simulator.run(Designs.lesson(), 7).summary();

        assertEquals(3, summary.requests());
        assertEquals(12, summary.frames());
        assertEquals(270, summary.durationMs());
        assertEquals(Map.of(200, 3), summary.statuses());
        assertEquals(new RequestOutcome("r2", "client", "GET", "/api/v1/users/profile", 200, "users", 4, 100, 170),
                summary.outcomes().get(1));
    }

    @Test
    void givenTheSameDesignAndSeed_whenRunTwice_thenTheFramesAreEqual() {
        Design lesson = Designs.lesson();

        SimulationResult first = Simulator.run(lesson, 99);
        SimulationResult second = Simulator.run(lesson, 99);

        assertEquals(first, second);
    }

    @Test
    void givenAnIntervalOfZero_whenRun_thenAllRequestsLeaveAtTimeZeroInOrder() {
        Design design = Designs.lessonWithClient("\"intervalMs\": 0, ", LESSON_REQUESTS);

        List<Frame> frames = Simulator.run(design, 1).frames();

        assertEquals(List.of("1 0 r1 request client>gateway null", "2 0 r2 request client>gateway null",
                "3 0 r3 request client>gateway null"), outline(frames).subList(0, 3));
        assertEquals(12, frames.size());
        assertEquals(60, frames.get(frames.size() - 1).time());
    }

    @Test
    void givenAnInterval_whenRun_thenRequestKLeavesAtKTimesTheInterval() {
        Design design = Designs.lessonWithClient("\"intervalMs\": 250, ", LESSON_REQUESTS);

        SimulationResult result = Simulator.run(design, 1);

        List<Long> sentAt = result.summary().outcomes().stream().map(RequestOutcome::sentAt).toList();
        assertEquals(List.of(0L, 250L, 500L), sentAt);
    }

    @Test
    void givenLatencyOverrides_whenRun_thenEachNodeWaitsItsOwnLatencyBeforeSending() {
        Design design = DesignReader.read(Designs.LESSON
                .replace("\"name\": \"API Gateway\",", "\"name\": \"API Gateway\", \"latencyMs\": 0,")
                .replace("\"name\": \"Post Server\",", "\"name\": \"Post Server\", \"latencyMs\": 100,"));

        List<Frame> frames = Simulator.run(design, 1).frames();

        List<Frame> first = frames.stream().filter(frame -> frame.requestId().equals("r1")).toList();
        assertEquals(List.of(
                "1 0 r1 request client>gateway null",
                "2 10 r1 request gateway>posts null",
                "5 120 r1 response posts>gateway 200",
                "6 130 r1 response gateway>client 200"), outline(first));
    }

    @Test
    void givenARouteThatOnlyAllowsGet_whenAPostArrives_thenTheGatewayAnswers405WithAnAllowHeader() {
        Design design = DesignReader.read(Designs.LESSON
                .replace("\"pool\": \"USER_SERVICE\"}", "\"pool\": \"USER_SERVICE\", \"methods\": [\"GET\"]}")
                .replace("{\"method\": \"GET\", \"path\": \"/api/v1/users/profile\"}",
                        "{\"method\": \"POST\", \"path\": \"/api/v1/users/profile\"}"));

        List<Frame> frames = Simulator.run(design, 1).frames();

        Frame refusal = frames.get(5);
        assertEquals("6 115 r2 response gateway>client 405", outline(List.of(refusal)).get(0));
        assertEquals(Map.of("Allow", "GET, HEAD"), refusal.headers());
        assertEquals("Route /api/v1/users allows GET, HEAD; POST is not allowed: 405", refusal.note());
        assertEquals(10, frames.size());
    }

    @Test
    void givenARouteListingMethods_whenHeadArrivesWhereGetIsAllowed_thenItIsForwarded() {
        Design design = DesignReader.read(Designs.LESSON
                .replace("\"pool\": \"USER_SERVICE\"}", "\"pool\": \"USER_SERVICE\", \"methods\": [\"POST\", \"GET\"]}")
                .replace("{\"method\": \"GET\", \"path\": \"/api/v1/users/profile\"}",
                        "{\"method\": \"HEAD\", \"path\": \"/api/v1/users/profile\"}"));

        RequestOutcome head = Simulator.run(design, 1).summary().outcomes().get(1);

        assertEquals(200, head.status());
        assertEquals("users", head.answeredBy());
    }

    @Test
    void givenAMethodListWithoutGet_whenRefused_thenTheAllowHeaderListsTheRouteOrderWithoutHead() {
        Design design = DesignReader.read(Designs.LESSON
                .replace("\"pool\": \"USER_SERVICE\"}",
                        "\"pool\": \"USER_SERVICE\", \"methods\": [\"PUT\", \"POST\"]}"));

        Frame refusal = Simulator.run(design, 1).frames().get(5);

        assertEquals(Map.of("Allow", "PUT, POST"), refusal.headers());
    }

    @Test
    void givenAPathThatNeedsNormalising_whenRouted_thenTheNoteSaysSoAndTheServerGetsTheNormalisedPath() {
        Design design = Designs.lessonWithClient("", "[{\"method\": \"GET\", \"path\": \"//api/v1//posts/./x?p=1\"}]");

        List<Frame> frames = Simulator.run(design, 1).frames();

        assertTrue(frames.get(1).note().endsWith("; path normalised from //api/v1//posts/./x to /api/v1/posts/x"),
                frames.get(1).note());
        assertEquals("/api/v1/posts/x?p=1", frames.get(1).path());
        assertEquals("//api/v1//posts/./x?p=1", frames.get(3).path());
    }

    @Test
    void givenRequestsTheGatewayStops_whenRun_thenEachNoteGivesTheReasonAndStatus() {
        Design design = Designs.lessonWithClient("", """
                [{"method": "GET", "path": "/api/v1/comments/1"},
                 {"method": "GET", "path": "/api/v1/posts%2Flist"},
                 {"method": "GET", "path": "/../x"}]""");

        List<Frame> frames = Simulator.run(design, 1).frames();

        assertEquals("No route matches /api/v1/comments/1: 404", frames.get(1).note());
        assertEquals("Encoded slash %2F is not allowed in a path: 400", frames.get(3).note());
        assertEquals("Path /../x climbs above the root: 400", frames.get(5).note());
        assertEquals("gateway>client", frames.get(1).from() + ">" + frames.get(1).to());
    }

    @Test
    void givenAServerThatDoesNotHandleThePath_whenItAnswers_thenTheNoteSaysItIsThisSimulatorsRule() {
        Design design = DesignReader.read(Designs.LESSON.replace("\"prefix\": \"/api/v1/posts\", \"pool\": "
                + "\"POST_SERVICE\"", "\"prefix\": \"/api/v1/posts\", \"pool\": \"USER_SERVICE\""));

        List<Frame> frames = Simulator.run(design, 1).frames();

        assertTrue(frames.get(2).note().startsWith("User Server does not handle /api/v1/posts/list: 405"));
        assertTrue(frames.get(2).note().contains("this simulator's rule"));
        assertEquals("API Gateway returns 405 from User Server to Client", frames.get(3).note());
    }

    @Test
    void givenAPoolWithoutServers_whenRouted_thenTheGatewayAnswers503NamingThePool() {
        Design lesson = Designs.lesson();
        Design withoutUsers = new Design(1, lesson.name(), lesson.nodes(), lesson.links().subList(0, 2));

        Frame refusal = Simulator.run(withoutUsers, 1).frames().get(5);

        assertEquals("Pool USER_SERVICE has no server linked to API Gateway: 503", refusal.note());
        assertEquals(503, refusal.status());
    }

    @Test
    void givenTwoClients_whenTheySendAtTheSameTimes_thenIdsFollowSendingOrderWithTiesToTheEarlierClient() {
        Design design = twoClients(100);

        Summary summary = Simulator.run(design, 1).summary();

        List<String> outcomes = summary.outcomes().stream().map(o -> o.client() + ":" + o.requestId()).toList();
        assertEquals(List.of("a:r1", "a:r3", "b:r2", "b:r4"), outcomes);
    }

    @Test
    void givenTwoClientsSendingAllAtOnce_whenRun_thenTheEarlierClientsRequestsAllGoFirst() {
        Design design = twoClients(0);

        List<Frame> frames = Simulator.run(design, 1).frames();

        assertEquals(List.of("1 0 r1 request a>g null", "2 0 r2 request a>g null", "3 0 r3 request b>g null",
                "4 0 r4 request b>g null"), outline(frames).subList(0, 4));
    }

    @Test
    void givenAClientWithoutALink_whenRun_thenItSendsNothingAndTheOthersStillRun() {
        Design design = DesignReader.read(Designs.LESSON.replace("{\"from\": \"client\", \"to\": \"gateway\"},", ""));

        SimulationResult result = Simulator.run(design, 1);

        assertEquals(0, result.frames().size());
        assertEquals(0, result.summary().requests());
    }

    @Test
    void givenAClientLinkedStraightToAServer_whenRun_thenTheServerAnswersItself() {
        Design design = DesignReader.read(Designs.LESSON.replace("{\"from\": \"client\", \"to\": \"gateway\"}",
                "{\"from\": \"client\", \"to\": \"users\"}"));

        List<RequestOutcome> outcomes = Simulator.run(design, 1).summary().outcomes();

        assertEquals(List.of(405, 200, 405), outcomes.stream().map(RequestOutcome::status).toList());
        assertEquals(2, outcomes.get(0).frames());
    }

    @Test
    void givenAnyRun_whenFramesAreEmitted_thenSeqStrictlyIncreasesAndTimeNeverGoesBack() {
        Design busy = twoClients(5);

        List<Frame> frames = Simulator.run(busy, 3).frames();

        for (int i = 1; i < frames.size(); i++) {
            assertEquals(frames.get(i - 1).seq() + 1, frames.get(i).seq());
            assertTrue(frames.get(i - 1).time() <= frames.get(i).time());
        }
    }

    @Test
    void givenTheStreamingForm_whenRun_thenTheSinkGetsTheSameFramesAndTheCountIsReturned() {
        List<Frame> streamed = new ArrayList<>();

        long count = Simulator.stream(Designs.lesson(), 7, streamed::add);

        assertEquals(12, count);
        assertEquals(Simulator.run(Designs.lesson(), 7).frames(), streamed);
    }

    private static final String LESSON_REQUESTS = """
            [{"method": "GET", "path": "/api/v1/posts/list"},
             {"method": "GET", "path": "/api/v1/users/profile"},
             {"method": "GET", "path": "/api/v1/posts/list"}]""";

    private static Design twoClients(long interval) {
        return DesignReader.read("""
                {"version": 1, "nodes": [
                  {"id": "a", "type": "client", "name": "Phone", "intervalMs": %d,
                   "requests": [{"method": "GET", "path": "/x"}, {"method": "GET", "path": "/x"}]},
                  {"id": "b", "type": "client", "name": "Laptop", "intervalMs": %d,
                   "requests": [{"method": "GET", "path": "/x"}, {"method": "GET", "path": "/x"}]},
                  {"id": "g", "type": "gateway", "name": "Gateway", "routes": [{"prefix": "/", "pool": "P"}]},
                  {"id": "s", "type": "server", "name": "Server", "pool": "P"}],
                 "links": [{"from": "a", "to": "g"}, {"from": "b", "to": "g"}, {"from": "g", "to": "s"}]}
                """.formatted(interval, interval));
    }

    /** One line per frame with the fields that tell the story: seq, time, request, kind, hop and status. */
    private static List<String> outline(List<Frame> frames) {
        return frames.stream()
                .map(f -> f.seq() + " " + f.time() + " " + f.requestId() + " " + f.kind() + " " + f.from() + ">"
                        + f.to() + " " + f.status())
                .toList();
    }
}
