package dev.switchboard.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.switchboard.sim.Runs.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Generated load: arrivals, the weighted mix, metrics per node in one-second windows, and sampled frames. */
class TrafficTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A client with the given load straight into a server with the given fields. */
    private static String direct(String load, String serverFields) {
        return """
                {"version": 1, "nodes": [
                  {"id": "client", "type": "client", "name": "Client", "load": %s},
                  {"id": "s", "type": "server", "name": "S", %s}],
                 "links": [{"from": "client", "to": "s"}]}""".formatted(load, serverFields);
    }

    private static final String TEN_A_SECOND = """
            {"rps": 10, "durationSeconds": 10, "mix": [{"method": "GET", "path": "/x"}]}""";

    private static Metrics.NodeMetrics node(SimulationResult result, String id) {
        return result.metrics().nodes().stream().filter(n -> n.node().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void givenAConstantLoad_whenRun_thenRequestKLeavesAtFloorOfKTimesAThousandOverRps() {
        SimulationResult result = run(direct("""
                {"rps": 3, "durationSeconds": 2, "mix": [{"method": "GET", "path": "/x"}]}""", "\"latencyMs\": 1"));

        assertEquals(List.of(0L, 333L, 666L, 1000L, 1333L, 1666L), result.summary().outcomes().stream()
                .map(RequestOutcome::sentAt).toList());
        assertEquals(6, result.summary().requests());
    }

    @Test
    void givenAnEvenLoadIntoAServerWithCapacity_whenRun_thenEachWindowHasExactCountsLatenciesAndUtilisation() {
        SimulationResult result = run(direct(TEN_A_SECOND, "\"latencyMs\": 20, \"capacity\": 1"));

        Metrics.NodeMetrics server = node(result, "s");
        assertEquals(10, server.windows().size());
        assertEquals(new Metrics.Window(3000, 10, 10, 10.0, 20L, 20L, 20L, 20.0, 0.0, Map.of(), 0, 0.0, 0.2),
                server.windows().get(3));
        Metrics.Window client = node(result, "client").windows().get(0);
        assertEquals(40L, client.p99());
        assertNull(client.utilisation());
        assertNull(client.meanWaitMs());
        assertEquals(100, server.totals().completions());
        assertEquals(1000, result.metrics().windowMs());
    }

    @Test
    void givenMoreLoadThanAServerCanTake_whenRun_thenItsQueueFillsItIsFullyBusyAndTheRestGet503() {
        SimulationResult result = run(direct("""
                {"rps": 100, "durationSeconds": 5, "mix": [{"method": "GET", "path": "/x"}]}""",
                "\"latencyMs\": 20, \"capacity\": 1, \"queue\": 10"));

        Metrics.Window second = node(result, "s").windows().get(2);
        assertEquals(1.0, second.utilisation());
        assertEquals(10, second.queueMax());
        assertEquals(50, second.completions() - second.errors().get(503));
        assertTrue(second.p99() >= 200, second.toString());
        assertTrue(result.summary().statuses().get(503) > 200, result.summary().statuses().toString());
    }

    @Test
    void givenAWeightedMix_whenManyRequestsAreDrawn_thenTheSharesFollowTheWeightsAndTokensTravel() {
        SimulationResult result = run(Runs.gatewayDesign("""
                "load": {"rps": 1000, "durationSeconds": 1, "mix": [
                  {"method": "GET", "path": "/a", "weight": 3}, {"method": "GET", "path": "/b", "token": "t"}]}""",
                "\"tokens\": {\"t\": []}", "[{\"prefix\": \"/a\", \"pool\": \"P\"}, {\"prefix\": \"/b\", \"pool\":"
                        + " \"P\", \"auth\": true}]", 1, ""));

        long toA = result.summary().outcomes().stream().filter(o -> o.path().equals("/a")).count();
        assertEquals(1000, result.summary().requests());
        assertTrue(toA > 700 && toA < 800, "about three quarters go to /a: " + toA);
        assertEquals(Map.of(200, 1000), result.summary().statuses());
    }

    @Test
    void givenAPoissonLoad_whenRun_thenTheCountIsNearRpsTimesDurationAndTheGapsVary() {
        SimulationResult result = run(direct("""
                {"rps": 1000, "durationSeconds": 10, "arrival": "poisson", "mix": [{"method": "GET", "path": "/x"}]}""",
                "\"latencyMs\": 0"));

        int requests = result.summary().requests();
        assertTrue(Math.abs(requests - 10_000) < 400, "10,000 expected, give or take three deviations: " + requests);
        long sameMillisecond = result.summary().outcomes().stream().map(RequestOutcome::sentAt).distinct().count();
        assertTrue(sameMillisecond < result.summary().outcomes().size(), "some arrivals share a millisecond");
    }

    @Test
    void givenALongTrafficRun_whenSampled_thenTheFirstSecondIsWholeThenEveryKthRequestKeepsItsFrames() {
        SimulationResult result = run(direct("""
                {"rps": 1000, "durationSeconds": 10, "mix": [{"method": "GET", "path": "/x"}]}""",
                "\"latencyMs\": 1"));

        Summary summary = result.summary();
        assertEquals(10_000, summary.requests());
        assertEquals(new Summary.Sampling(1900, 20_000, 10, 1000), summary.sampling());
        assertEquals(1900, summary.outcomes().size());
        assertEquals(1900 * 2, summary.frames());
        assertEquals(Map.of(200, 10_000), summary.statuses());
        assertEquals("r1010", summary.outcomes().get(1000).requestId());
        for (int i = 1; i < result.frames().size(); i++) {
            assertEquals(i + 1, result.frames().get(i).seq());
        }
    }

    @Test
    void givenAScriptedDesign_whenRun_thenThereAreNoMetricsAndNoSamplingInTheJson() throws Exception {
        JsonNode json = JSON.readTree(JSON.writeValueAsString(Simulator.run(Designs.lesson(), 1)));

        assertFalse(json.has("metrics"));
        assertFalse(json.get("summary").has("sampling"));
    }

    @Test
    void givenATrafficRun_whenWritten_thenMetricsAreJsonPerNodeWithWindows() throws Exception {
        JsonNode json = JSON.readTree(JSON.writeValueAsString(run(direct(TEN_A_SECOND,
                "\"latencyMs\": 20, \"capacity\": 1"))));

        JsonNode server = json.at("/metrics/nodes/1");
        assertEquals("s", server.get("node").asText());
        assertEquals(0.2, server.at("/windows/0/utilisation").asDouble());
        assertEquals(20, server.at("/windows/0/p95").asInt());
        assertTrue(server.at("/windows/0/errors").isObject());
        assertFalse(json.at("/metrics/nodes/0/windows/0").has("utilisation"));
        assertEquals(10, json.at("/summary/sampling/requestsKept").asInt() / 10);
    }
}
