package dev.switchboard.sim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Validation of every field the document gained after version 1's first cut, each error named by its path. */
class DesignAdditionsReaderTest {

    private static final String FULL = """
            {"version": 1, "name": "everything", "nodes": [
              {"id": "c", "type": "client", "name": "C",
               "requests": [{"method": "GET", "path": "/a", "token": "t", "atMs": 5}],
               "load": {"rps": 10, "durationSeconds": 2, "arrival": "poisson",
                        "mix": [{"method": "GET", "path": "/a", "weight": 2, "token": "t"}]}},
              {"id": "g", "type": "gateway", "name": "G", "tokens": {"t": ["s:read"]},
               "rateLimit": {"capacity": 3, "refillPerSecond": 0.5}, "pools": {"P": {"strategy": "hash"}},
               "timeoutMs": 100,
               "routes": [{"prefix": "/a", "pool": "P", "auth": true, "scope": "s:read",
                           "rateLimit": {"capacity": 1, "refillPerSecond": 2}}]},
              {"id": "lb", "type": "loadbalancer", "name": "LB", "pool": "P", "strategy": "weighted", "weight": 2,
               "down": false, "queue": 10},
              {"id": "s", "type": "server", "name": "S", "capacity": 2, "queue": 3, "service": "exponential",
               "weight": 5, "down": true, "latencyMs": 7}],
             "links": [{"from": "c", "to": "g", "latencyMs": 0}, {"from": "g", "to": "lb"},
                       {"from": "lb", "to": "s", "latencyMs": 25}]}""";

    @Test
    void givenADocumentUsingEveryAddition_whenRead_thenEveryValueIsKeptAndItRunsWithoutProblems() {
        Design design = DesignReader.read(FULL);

        Node gateway = design.node("g").orElseThrow();
        assertEquals(Map.of("t", List.of("s:read")), gateway.tokens());
        assertEquals(new RateLimit(3, new BigDecimal("0.5")), gateway.rateLimit());
        assertEquals("hash", gateway.poolStrategy("P"));
        assertEquals(new Route("/a", "P", null, true, "s:read", new RateLimit(1, new BigDecimal("2"))),
                gateway.routes().get(0));
        assertEquals(new Load(10, 2, "poisson", List.of(new Load.MixEntry("GET", "/a", 2L, "t"))),
                design.node("c").orElseThrow().load());
        Node server = design.node("s").orElseThrow();
        assertEquals(List.of(2L, 3L, 5L), List.of(server.capacity(), server.queue(), server.weight()));
        assertTrue(server.startsDown());
        assertEquals(25L, design.links().get(2).latencyMs());
        assertEquals(List.of(), DesignProblems.find(design));
    }

    @Test
    void givenADocumentUsingEveryAddition_whenWrittenBack_thenTheJsonIsTheSame() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();

        assertEquals(json.readTree(FULL), json.readTree(json.writeValueAsString(DesignReader.read(FULL))));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "\"load\": {\"rps\": 0, \"durationSeconds\": 1, \"mix\": [{\"method\": \"GET\", \"path\": \"/a\"}]}|nodes[0].load.rps",
        "\"load\": {\"rps\": 100001, \"durationSeconds\": 1, \"mix\": [{\"method\": \"GET\", \"path\": \"/a\"}]}|nodes[0].load.rps",
        "\"load\": {\"rps\": 1, \"durationSeconds\": 3601, \"mix\": [{\"method\": \"GET\", \"path\": \"/a\"}]}|nodes[0].load.durationSeconds",
        "\"load\": {\"rps\": 1, \"durationSeconds\": 1, \"arrival\": \"bursty\", \"mix\": [{\"method\": \"GET\", \"path\": \"/a\"}]}|nodes[0].load.arrival",
        "\"load\": {\"rps\": 1, \"durationSeconds\": 1, \"mix\": []}|nodes[0].load.mix",
        "\"load\": {\"rps\": 1, \"durationSeconds\": 1}|nodes[0].load.mix",
        "\"load\": {\"rps\": 1, \"durationSeconds\": 1, \"mix\": [{\"method\": \"GET\", \"path\": \"a\"}]}|nodes[0].load.mix[0].path",
        "\"load\": {\"rps\": 1, \"durationSeconds\": 1, \"mix\": [{\"method\": \"GET\", \"path\": \"/a\", \"weight\": 0}]}|nodes[0].load.mix[0].weight",
        "\"load\": {\"rps\": 1, \"durationSeconds\": 1, \"burst\": 2, \"mix\": [{\"method\": \"GET\", \"path\": \"/a\"}]}|nodes[0].load.burst",
        "\"load\": {\"rps\": 100000, \"durationSeconds\": 101, \"mix\": [{\"method\": \"GET\", \"path\": \"/a\"}]}|nodes[0].load",
        "\"requests\": [{\"method\": \"GET\", \"path\": \"/a\", \"token\": \"a b\"}]|nodes[0].requests[0].token",
        "\"requests\": [{\"method\": \"GET\", \"path\": \"/a\", \"atMs\": 50}, {\"method\": \"GET\", \"path\": \"/a\", \"atMs\": 10}]|nodes[0].requests[1]",
        "\"routes\": []|nodes[0].routes"})
    void givenABadClientSetting_whenRead_thenTheErrorNamesItsField(String fields, String field) {
        assertError("{\"id\": \"c\", \"type\": \"client\", \"name\": \"C\", " + fields + "}", field);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "\"tokens\": {\"t\": \"read\"}|nodes[0].tokens.t",
        "\"tokens\": {\"t\": [\"has space\"]}|nodes[0].tokens.t[0]",
        "\"tokens\": []|nodes[0].tokens",
        "\"rateLimit\": {\"capacity\": 0, \"refillPerSecond\": 1}|nodes[0].rateLimit.capacity",
        "\"rateLimit\": {\"capacity\": 1, \"refillPerSecond\": 0}|nodes[0].rateLimit.refillPerSecond",
        "\"rateLimit\": {\"capacity\": 1, \"refillPerSecond\": 0.0001}|nodes[0].rateLimit.refillPerSecond",
        "\"rateLimit\": {\"capacity\": 1}|nodes[0].rateLimit.refillPerSecond",
        "\"rateLimit\": {\"capacity\": 1, \"refillPerSecond\": 1, \"window\": 1}|nodes[0].rateLimit.window",
        "\"pools\": {\"P\": {\"strategy\": \"fastest\"}}|nodes[0].pools.P.strategy",
        "\"pools\": {\"Q\": {\"strategy\": \"hash\"}}|nodes[0].pools.Q",
        "\"timeoutMs\": 0|nodes[0].timeoutMs",
        "\"capacity\": 2|nodes[0].capacity"})
    void givenABadGatewaySetting_whenRead_thenTheErrorNamesItsField(String fields, String field) {
        assertError("{\"id\": \"g\", \"type\": \"gateway\", \"name\": \"G\", \"routes\": [{\"prefix\": \"/\", \"pool\":"
                + " \"P\"}], " + fields + "}", field);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"prefix\": \"/\", \"pool\": \"P\", \"auth\": \"yes\"}|nodes[0].routes[0].auth",
        "{\"prefix\": \"/\", \"pool\": \"P\", \"auth\": false, \"scope\": \"s\"}|nodes[0].routes[0].scope",
        "{\"prefix\": \"/\", \"pool\": \"P\", \"scope\": \"\"}|nodes[0].routes[0].scope",
        "{\"prefix\": \"/\", \"pool\": \"P\", \"rateLimit\": 5}|nodes[0].routes[0].rateLimit"})
    void givenABadRouteSetting_whenRead_thenTheErrorNamesItsField(String route, String field) {
        assertError("{\"id\": \"g\", \"type\": \"gateway\", \"name\": \"G\", \"routes\": [" + route + "]}", field);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "\"type\": \"server\", \"capacity\": 0|nodes[0].capacity",
        "\"type\": \"server\", \"queue\": 3|nodes[0].queue",
        "\"type\": \"server\", \"capacity\": 1, \"queue\": -1|nodes[0].queue",
        "\"type\": \"server\", \"service\": \"normal\"|nodes[0].service",
        "\"type\": \"server\", \"weight\": 0|nodes[0].weight",
        "\"type\": \"server\", \"down\": \"yes\"|nodes[0].down",
        "\"type\": \"server\", \"strategy\": \"hash\"|nodes[0].strategy",
        "\"type\": \"loadbalancer\", \"strategy\": \"fastest\"|nodes[0].strategy",
        "\"type\": \"loadbalancer\", \"handles\": [\"/a\"]|nodes[0].handles",
        "\"type\": \"loadbalancer\", \"service\": \"fixed\"|nodes[0].service",
        "\"type\": \"balancer\"|nodes[0].type"})
    void givenABadServerOrBalancerSetting_whenRead_thenTheErrorNamesItsField(String fields, String field) {
        assertError("{\"id\": \"n\", \"name\": \"N\", " + fields + "}", field);
    }

    @Test
    void givenALinkLatencyOutOfRange_whenRead_thenTheLinkFieldIsNamed() {
        InvalidDesignException invalid = assertThrows(InvalidDesignException.class, () -> DesignReader.read("""
                {"version": 1, "nodes": [{"id": "a", "type": "server", "name": "A"},
                                         {"id": "b", "type": "server", "name": "B"}],
                 "links": [{"from": "a", "to": "b", "latencyMs": -1}]}"""));

        assertEquals("links[0].latencyMs", invalid.errors().get(0).field());
    }

    @Test
    void givenAFieldOfTwoTypesOnAThird_whenRead_thenTheMessageNamesBothTypes() {
        InvalidDesignException invalid = assertThrows(InvalidDesignException.class, () -> DesignReader.read(
                "{\"version\": 1, \"nodes\": [{\"id\": \"c\", \"type\": \"client\", \"name\": \"C\", \"weight\": 2}]}"));

        assertEquals(List.of(new FieldError("nodes[0].weight",
                "weight is only allowed on server nodes and loadbalancer nodes")), invalid.errors());
    }

    @Test
    void givenALoadBalancerLinkedToAGateway_whenChecked_thenTheLinkIsAProblemButClientToBalancerIsNot() {
        Design design = DesignReader.read("""
                {"version": 1, "nodes": [
                  {"id": "c", "type": "client", "name": "C", "load": {"rps": 1, "durationSeconds": 1,
                   "mix": [{"method": "GET", "path": "/"}]}},
                  {"id": "lb", "type": "loadbalancer", "name": "LB"},
                  {"id": "g", "type": "gateway", "name": "G"}],
                 "links": [{"from": "c", "to": "lb"}, {"from": "lb", "to": "g"}]}""");

        List<FieldError> problems = DesignProblems.find(design);

        assertEquals(1, problems.size(), problems::toString);
        assertEquals("links[1]", problems.get(0).field());
    }

    private static void assertError(String node, String field) {
        InvalidDesignException invalid = assertThrows(InvalidDesignException.class,
                () -> DesignReader.read("{\"version\": 1, \"nodes\": [" + node + "]}"));
        assertTrue(invalid.errors().stream().anyMatch(error -> error.field().equals(field)),
                () -> "no error on " + field + " in " + invalid.errors());
    }
}
