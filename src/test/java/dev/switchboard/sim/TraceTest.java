package dev.switchboard.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.switchboard.sim.Runs.decision;
import static dev.switchboard.sim.Runs.gatewayDesign;
import static dev.switchboard.sim.Runs.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The why of each frame: what a gateway's and a load balancer's traces hold, and how they look as JSON. */
class TraceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String ROUTES = """
            [{"prefix": "/api", "pool": "P"},
             {"prefix": "/api/posts", "pool": "P", "methods": ["GET"], "scope": "posts:read",
              "rateLimit": {"capacity": 3, "refillPerSecond": 1}},
             {"prefix": "/apiX", "pool": "P"}]""";

    private static SimulationResult lessonWithTrace() {
        return run(gatewayDesign("\"requests\": [{\"method\": \"GET\", \"path\": \"/api//posts/1\", \"token\": \"abc\"}]",
                "\"tokens\": {\"abc\": [\"posts:read\"]}, \"rateLimit\": {\"capacity\": 5, \"refillPerSecond\": 1}, "
                        + "\"pools\": {\"P\": {\"strategy\": \"weighted\"}}", ROUTES, 2, "\"weight\": 2"));
    }

    @Test
    void givenAForwardedRequest_whenTheGatewayDecides_thenItsTraceHoldsRoutesPoliciesPoolAndPick() {
        Trace trace = decision(lessonWithTrace(), "r1", "gateway").trace();

        assertEquals("/api/posts/1", trace.path());
        assertEquals("path normalised from /api//posts/1 to /api/posts/1", trace.pathNote());
        assertEquals(List.of(
                new Trace.RouteCheck("/api", "P", true, "matches /api/posts/1 on whole segments"),
                new Trace.RouteCheck("/api/posts", "P", true, "matches /api/posts/1 on whole segments"),
                new Trace.RouteCheck("/apiX", "P", false, "does not match /api/posts/1")), trace.routes());
        assertEquals("/api/posts", trace.chosen());
        assertEquals("the longest of the 2 matching prefixes wins, whatever their order", trace.chosenWhy());
        assertEquals(List.of(
                new Trace.PolicyVerdict("methods", true, "GET is allowed (GET, HEAD)"),
                new Trace.PolicyVerdict("auth", true, "token abc has scope posts:read"),
                new Trace.PolicyVerdict("rateLimit", true, "4 of 5 tokens left (capacity 5, refill 1/s)"),
                new Trace.PolicyVerdict("routeRateLimit", true, "2 of 3 tokens left (capacity 3, refill 1/s)")),
                trace.policies());
        assertEquals("P", trace.pool());
        assertEquals("weighted", trace.strategy());
        assertEquals(List.of(new Trace.PoolMember("s1", "Server 1", true, 2, 0),
                new Trace.PoolMember("s2", "Server 2", true, 2, 0)), trace.members());
        assertEquals("s1", trace.pick());
        assertEquals("smooth weighted round robin: each healthy member's current weight grows by its weight, Server 1"
                + " has the highest (2) and gives back the total weight of the healthy members", trace.pickWhy());
        assertEquals("forwarded to s1", trace.decision());
    }

    @Test
    void givenARefusedRequest_whenTheGatewayAnswers_thenTheTraceStopsAtThePolicyThatRefused() {
        SimulationResult result = run(gatewayDesign(
                "\"requests\": [{\"method\": \"GET\", \"path\": \"/api/posts\", \"token\": \"zzz\"}]",
                "\"tokens\": {\"abc\": [\"posts:read\"]}", ROUTES, 1, ""));

        Trace trace = decision(result, "r1", "gateway").trace();

        assertEquals(List.of(new Trace.PolicyVerdict("methods", true, "GET is allowed (GET, HEAD)"),
                new Trace.PolicyVerdict("auth", false, "token zzz is not known to Gateway")), trace.policies());
        assertNull(trace.pool());
        assertNull(trace.pick());
        assertEquals("answered 401", trace.decision());
    }

    @Test
    void givenAPathThatSharesCharactersButNotSegments_whenNoRouteMatches_thenEachRouteSaysWhy() {
        SimulationResult result = run(gatewayDesign("\"requests\": [{\"method\": \"GET\", \"path\": \"/apiXY\"}]",
                "", ROUTES, 1, ""));

        Trace trace = decision(result, "r1", "gateway").trace();

        assertEquals("does not match: /apiXY shares its first characters but not whole segments",
                trace.routes().get(0).why());
        assertNull(trace.chosen());
        assertEquals("no route matches /apiXY", trace.chosenWhy());
        assertEquals("answered 404", trace.decision());
    }

    @Test
    void givenFramesThatDecideNothing_whenWritten_thenTheyHaveNoTrace() throws Exception {
        SimulationResult result = lessonWithTrace();

        for (Frame frame : result.frames()) {
            boolean decides = frame.from().equals("gateway") && frame.kind().equals(Frame.REQUEST);
            assertEquals(decides, frame.trace() != null, frame.toString());
        }
        JsonNode clientFrame = JSON.readTree(JSON.writeValueAsString(result.frames().get(0)));
        assertFalse(clientFrame.has("trace"));
    }

    @Test
    void givenAGatewayFrame_whenWritten_thenTheTraceIsJsonTheBrowserCanRead() throws Exception {
        Frame frame = decision(lessonWithTrace(), "r1", "gateway");

        JsonNode trace = JSON.readTree(JSON.writeValueAsString(frame)).get("trace");

        assertEquals(List.of("path", "pathNote", "routes", "chosen", "chosenWhy", "policies", "pool", "strategy",
                "members", "pick", "pickWhy", "decision"), names(trace));
        assertEquals(List.of("prefix", "pool", "matched", "why"), names(trace.get("routes").get(0)));
        assertEquals(List.of("policy", "passed", "detail"), names(trace.get("policies").get(0)));
        assertEquals(List.of("node", "name", "healthy", "weight", "active"), names(trace.get("members").get(0)));
    }

    @Test
    void givenALoadBalancerFrame_whenItPicks_thenItsTraceHasThePoolAndThePickOnly() {
        SimulationResult result = run("""
                {"version": 1, "nodes": [
                  {"id": "client", "type": "client", "name": "Client", "intervalMs": 0,
                   "requests": [{"method": "GET", "path": "/x"}, {"method": "GET", "path": "/x"}]},
                  {"id": "lb", "type": "loadbalancer", "name": "LB", "strategy": "least-connections"},
                  {"id": "a", "type": "server", "name": "A"}, {"id": "b", "type": "server", "name": "B"}],
                 "links": [{"from": "client", "to": "lb"}, {"from": "lb", "to": "a"}, {"from": "lb", "to": "b"}]}""");

        Trace trace = decision(result, "r2", "lb").trace();

        assertNull(trace.routes());
        assertNull(trace.policies());
        assertEquals(List.of(new Trace.PoolMember("a", "A", true, 1, 1), new Trace.PoolMember("b", "B", true, 1, 0)),
                trace.members());
        assertEquals("b", trace.pick());
        assertEquals("least connections: B has the fewest active requests per weight (0 / 1), ties go to the earlier"
                + " member", trace.pickWhy());
    }

    private static List<String> names(JsonNode json) {
        List<String> names = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
