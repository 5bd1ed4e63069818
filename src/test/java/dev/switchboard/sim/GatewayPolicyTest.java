package dev.switchboard.sim;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.switchboard.sim.Runs.decision;
import static dev.switchboard.sim.Runs.gatewayDesign;
import static dev.switchboard.sim.Runs.run;
import static dev.switchboard.sim.Runs.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Auth, rate limits and the decision order at the gateway, each with its exact status, headers and note. */
class GatewayPolicyTest {

    private static final String TOKENS = "\"tokens\": {\"reader\": [\"posts:read\"], \"nobody\": []}";
    private static final String AUTH_ROUTES = """
            [{"prefix": "/posts", "pool": "P", "scope": "posts:read"},
             {"prefix": "/me", "pool": "P", "auth": true},
             {"prefix": "/open", "pool": "P"}]""";

    private static String requests(String... requests) {
        return "\"intervalMs\": 0, \"requests\": [" + String.join(", ", requests) + "]";
    }

    @Test
    void givenARouteThatRequiresAuth_whenNoTokenIsSent_thenTheGatewayAnswers401WithABearerChallenge() {
        SimulationResult result = run(gatewayDesign(requests("{\"method\": \"GET\", \"path\": \"/me\"}"), TOKENS,
                AUTH_ROUTES, 1, ""));

        Frame refusal = decision(result, "r1", "gateway");
        assertEquals(401, refusal.status());
        assertEquals(Map.of("WWW-Authenticate", "Bearer realm=\"switchboard\""), refusal.headers());
        assertEquals("Route /me requires a token and the request has none: 401", refusal.note());
        assertEquals("client", refusal.to());
    }

    @Test
    void givenAnUnknownToken_whenSent_thenTheGatewayAnswers401WithInvalidToken() {
        SimulationResult result = run(gatewayDesign(requests(
                "{\"method\": \"GET\", \"path\": \"/me\", \"token\": \"forged\"}"), TOKENS, AUTH_ROUTES, 1, ""));

        Frame refusal = decision(result, "r1", "gateway");
        assertEquals(401, refusal.status());
        assertEquals(Map.of("WWW-Authenticate", "Bearer realm=\"switchboard\", error=\"invalid_token\""),
                refusal.headers());
        assertEquals("Token forged is not known to Gateway: 401", refusal.note());
    }

    @Test
    void givenAKnownTokenWithoutTheRoutesScope_whenSent_thenTheGatewayAnswers403NamingTheScope() {
        SimulationResult result = run(gatewayDesign(requests(
                "{\"method\": \"GET\", \"path\": \"/posts/1\", \"token\": \"nobody\"}"), TOKENS, AUTH_ROUTES, 1, ""));

        Frame refusal = decision(result, "r1", "gateway");
        assertEquals(403, refusal.status());
        assertEquals(Map.of("WWW-Authenticate",
                "Bearer realm=\"switchboard\", error=\"insufficient_scope\", scope=\"posts:read\""), refusal.headers());
        assertEquals("Token nobody lacks scope posts:read that route /posts requires: 403", refusal.note());
    }

    @Test
    void givenTokensWithAndWithoutTheScope_whenSentToEachRoute_thenOnlyTheRightOnesPass() {
        SimulationResult result = run(gatewayDesign(requests(
                "{\"method\": \"GET\", \"path\": \"/posts/1\", \"token\": \"reader\"}",
                "{\"method\": \"GET\", \"path\": \"/me\", \"token\": \"nobody\"}",
                "{\"method\": \"GET\", \"path\": \"/open\"}",
                "{\"method\": \"GET\", \"path\": \"/open\", \"token\": \"forged\"}"), TOKENS, AUTH_ROUTES, 1, ""));

        assertEquals(List.of(200, 200, 200, 200), statuses(result));
    }

    @Test
    void givenABucketOfThreeRefillingOnePerSecond_whenFiveArriveAtOnceAndASixthASecondLater_thenTheyGet200x3Then429x2Then200() {
        String limit = "\"rateLimit\": {\"capacity\": 3, \"refillPerSecond\": 1}";
        String five = "{\"method\": \"GET\", \"path\": \"/open\"}";
        SimulationResult result = run(gatewayDesign(requests(five, five, five, five, five,
                "{\"method\": \"GET\", \"path\": \"/open\", \"atMs\": 1000}"), limit, AUTH_ROUTES, 1, ""));

        assertEquals(List.of(200, 200, 200, 429, 429, 200), statuses(result));
        Frame refusal = decision(result, "r4", "gateway");
        assertEquals(Map.of("Retry-After", "1", "RateLimit-Limit", "3", "RateLimit-Remaining", "0",
                "RateLimit-Reset", "3"), refusal.headers());
        assertEquals(List.of("Retry-After", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"),
                List.copyOf(refusal.headers().keySet()));
        assertEquals("Client has no token left in Gateway's rate limit (capacity 3, refill 1/s); retry after 1 s: 429",
                refusal.note());
    }

    @Test
    void givenASlowRefill_whenTheBucketIsEmpty_thenRetryAfterIsTheWaitForOneTokenRoundedUpToWholeSeconds() {
        String limit = "\"rateLimit\": {\"capacity\": 1, \"refillPerSecond\": 0.4}";
        String one = "{\"method\": \"GET\", \"path\": \"/open\"}";
        SimulationResult result = run(gatewayDesign(requests(one, one,
                "{\"method\": \"GET\", \"path\": \"/open\", \"atMs\": 2499}",
                "{\"method\": \"GET\", \"path\": \"/open\", \"atMs\": 2500}"), limit, AUTH_ROUTES, 1, ""));

        assertEquals(List.of(200, 429, 429, 200), statuses(result));
        assertEquals("3", decision(result, "r2", "gateway").headers().get("Retry-After"));
        assertEquals("1", decision(result, "r3", "gateway").headers().get("Retry-After"));
    }

    @Test
    void givenARouteRateLimit_whenItsBucketIsEmpty_thenItRefusesWithItsOwnLimitAndOtherRoutesStillPass() {
        String routes = """
                [{"prefix": "/slow", "pool": "P", "rateLimit": {"capacity": 1, "refillPerSecond": 1}},
                 {"prefix": "/open", "pool": "P"}]""";
        String slow = "{\"method\": \"GET\", \"path\": \"/slow\"}";
        SimulationResult result = run(gatewayDesign(requests(slow, slow, "{\"method\": \"GET\", \"path\": \"/open\"}"),
                "", routes, 1, ""));

        assertEquals(List.of(200, 429, 200), statuses(result));
        assertEquals("1", decision(result, "r2", "gateway").headers().get("RateLimit-Limit"));
    }

    @Test
    void givenTwoClients_whenBothSendAtOnce_thenEachHasItsOwnBucket() {
        SimulationResult result = run("""
                {"version": 1, "nodes": [
                  {"id": "a", "type": "client", "name": "A", "intervalMs": 0,
                   "requests": [{"method": "GET", "path": "/x"}, {"method": "GET", "path": "/x"}]},
                  {"id": "b", "type": "client", "name": "B", "requests": [{"method": "GET", "path": "/x"}]},
                  {"id": "g", "type": "gateway", "name": "G", "rateLimit": {"capacity": 1, "refillPerSecond": 1},
                   "routes": [{"prefix": "/", "pool": "P"}]},
                  {"id": "s", "type": "server", "name": "S", "pool": "P"}],
                 "links": [{"from": "a", "to": "g"}, {"from": "b", "to": "g"}, {"from": "g", "to": "s"}]}""");

        assertEquals(List.of(200, 429, 200), statuses(result));
    }

    @Test
    void givenARequestThatBreaksSeveralRules_whenDecided_thenTheEarliestRuleInTheOrderAnswers() {
        String routes = """
                [{"prefix": "/posts", "pool": "EMPTY", "methods": ["GET"], "auth": true}]""";
        String gateway = TOKENS + ", \"rateLimit\": {\"capacity\": 1, \"refillPerSecond\": 1}";
        SimulationResult result = run(gatewayDesign(requests(
                "{\"method\": \"GET\", \"path\": \"/posts/%2F\"}",
                "{\"method\": \"POST\", \"path\": \"/nothing\"}",
                "{\"method\": \"POST\", \"path\": \"/posts\"}",
                "{\"method\": \"GET\", \"path\": \"/posts\"}",
                "{\"method\": \"GET\", \"path\": \"/posts\", \"token\": \"reader\"}",
                "{\"method\": \"GET\", \"path\": \"/posts\", \"token\": \"reader\"}"), gateway, routes, 1, ""));

        assertEquals(List.of(400, 404, 405, 401, 503, 429), statuses(result));
    }

    @Test
    void givenAPoolWhoseServersAreAllDown_whenRouted_thenTheGatewayAnswers503() {
        SimulationResult result = run(gatewayDesign(requests("{\"method\": \"GET\", \"path\": \"/open\"}"), "",
                AUTH_ROUTES, 2, "\"down\": true"));

        Frame refusal = decision(result, "r1", "gateway");
        assertEquals(503, refusal.status());
        assertEquals("Pool P has no healthy server: 503", refusal.note());
        assertNull(refusal.headers());
    }
}
