package dev.switchboard.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/** The same design and seed always give the same result: every case runs twice and the results are compared. */
class DeterminismTest {

    private static final Map<String, String> DESIGNS = new LinkedHashMap<>();

    static {
        DESIGNS.put("lesson", Designs.LESSON);
        DESIGNS.put("every policy", Runs.gatewayDesign("""
                "intervalMs": 3, "requests": [{"method": "GET", "path": "/a", "token": "t"},
                  {"method": "GET", "path": "/a"}, {"method": "POST", "path": "/a", "token": "t"},
                  {"method": "GET", "path": "/a", "token": "u"}, {"method": "GET", "path": "/a", "token": "t"}]""",
                "\"tokens\": {\"t\": [\"s\"], \"u\": []}, \"timeoutMs\": 40, \"rateLimit\": {\"capacity\": 2,"
                        + " \"refillPerSecond\": 0.5}, \"pools\": {\"P\": {\"strategy\": \"random\"}}",
                "[{\"prefix\": \"/a\", \"pool\": \"P\", \"methods\": [\"GET\"], \"scope\": \"s\"}]", 3,
                "\"service\": \"exponential\", \"capacity\": 1, \"queue\": 1"));
        for (String strategy : Balancing.STRATEGIES) {
            DESIGNS.put("traffic through " + strategy, """
                    {"version": 1, "nodes": [
                      {"id": "c", "type": "client", "name": "C", "load": {"rps": 400, "durationSeconds": 3,
                       "arrival": "poisson", "mix": [{"method": "GET", "path": "/x", "weight": 2},
                                                     {"method": "GET", "path": "/y"}]}},
                      {"id": "g", "type": "gateway", "name": "G", "timeoutMs": 60,
                       "routes": [{"prefix": "/", "pool": "P"}]},
                      {"id": "lb", "type": "loadbalancer", "name": "LB", "pool": "P", "strategy": "%s"},
                      {"id": "a", "type": "server", "name": "A", "weight": 3, "service": "exponential",
                       "capacity": 2, "queue": 5},
                      {"id": "b", "type": "server", "name": "B", "service": "exponential", "capacity": 1}],
                     "links": [{"from": "c", "to": "g"}, {"from": "g", "to": "lb"}, {"from": "lb", "to": "a"},
                               {"from": "lb", "to": "b"}]}""".formatted(strategy));
        }
        DESIGNS.put("loop", """
                {"version": 1, "nodes": [
                  {"id": "c", "type": "client", "name": "C", "requests": [{"method": "GET", "path": "/x"}]},
                  {"id": "l1", "type": "loadbalancer", "name": "L1"}, {"id": "l2", "type": "loadbalancer", "name": "L2"}],
                 "links": [{"from": "c", "to": "l1"}, {"from": "l1", "to": "l2"}, {"from": "l2", "to": "l1"}]}""");
    }

    @TestFactory
    Stream<DynamicTest> givenEachCase_whenRunTwiceWithTheSameSeed_thenTheResultsAreEqual() {
        Map<String, JsonNode> cases = new LinkedHashMap<>();
        DESIGNS.forEach((name, json) -> cases.put(name, read(json)));
        for (JsonNode entry : load().get("cases")) {
            cases.put("case " + entry.get("id").asText(), entry.get("design"));
        }
        List<DynamicTest> tests = new ArrayList<>();
        cases.forEach((name, json) -> tests.add(dynamicTest(name, () -> {
            Design design = DesignReader.read(json);
            List<Incident> incidents = List.of();
            if (design.node("a").isPresent()) {
                incidents = List.of(new Incident(1500, "a", true), new Incident(2200, "a", false));
            }

            SimulationResult first = Simulator.run(design, 7, incidents);
            SimulationResult second = Simulator.run(DesignReader.read(json), 7, incidents);

            assertEquals(first, second);
        })));
        return tests.stream();
    }

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode load() {
        try (InputStream in = DeterminismTest.class.getResourceAsStream("/cases/gateway-routing.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
