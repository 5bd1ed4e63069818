package dev.switchboard.sim;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class TrafficHorizonTest {

    @Test
    void anOverloadedTrafficRunStopsAMinuteAfterItsClientsStopSendingSoItsMetricsStayBounded() {
        Design overloaded = DesignReader.read("""
                {"version": 1, "nodes": [
                  {"id": "c", "type": "client", "name": "C",
                   "load": {"rps": 50, "durationSeconds": 600, "mix": [{"method": "GET", "path": "/"}]}},
                  {"id": "s", "type": "server", "name": "S", "capacity": 1, "latencyMs": 60000}],
                 "links": [{"from": "c", "to": "s"}]}""");

        SimulationResult result = Simulator.run(overloaded, 0);

        assertTrue(result.summary().durationMs() <= 660_000, "stopped at " + result.summary().durationMs());
        result.metrics().nodes().forEach(node -> assertTrue(node.windows().size() <= 661,
                node.node() + " has " + node.windows().size() + " windows"));
    }
}
