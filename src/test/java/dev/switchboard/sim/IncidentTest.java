package dev.switchboard.sim;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.switchboard.sim.Runs.answeredBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Servers going down and coming back during a run: the past stays as it was, the balancers route around. */
class IncidentTest {

    private static final String TEN = String.join(", ", java.util.Collections.nCopies(10,
            "{\"method\": \"GET\", \"path\": \"/x\"}"));

    private static Design balanced(String strategy, String clientFields) {
        return DesignReader.read("""
                {"version": 1, "nodes": [
                  {"id": "client", "type": "client", "name": "Client", %s},
                  {"id": "lb", "type": "loadbalancer", "name": "LB", "strategy": "%s"},
                  {"id": "a", "type": "server", "name": "A"}, {"id": "b", "type": "server", "name": "B"},
                  {"id": "c", "type": "server", "name": "C"}],
                 "links": [{"from": "client", "to": "lb"}, {"from": "lb", "to": "a"}, {"from": "lb", "to": "b"},
                           {"from": "lb", "to": "c"}]}""".formatted(clientFields, strategy));
    }

    @Test
    void givenAServerGoingDownAndBack_whenRun_thenRoundRobinSkipsItWhileDownAndTakesItBackAfter() {
        Design design = balanced("round-robin", "\"requests\": [" + TEN + "]");

        SimulationResult result = Simulator.run(design, 1, List.of(new Incident(350, "b", true),
                new Incident(650, "b", false)));

        assertEquals(List.of("a", "b", "c", "a", "b", "c", "a", "b", "c", "a"), answeredBy(Simulator.run(design, 1)));
        assertEquals(List.of("a", "b", "c", "a", "c", "a", "c", "a", "b", "c"), answeredBy(result));
    }

    @Test
    void givenAnIncident_whenRun_thenEveryFrameBeforeItIsTheSameAsWithoutIt() {
        Design design = balanced("random", """
                "load": {"rps": 200, "durationSeconds": 4, "arrival": "poisson",
                         "mix": [{"method": "GET", "path": "/x"}]}""");

        List<Frame> without = Simulator.run(design, 9).frames();
        List<Frame> with = Simulator.run(design, 9, List.of(new Incident(2000, "b", true))).frames();

        List<Frame> before = without.stream().filter(frame -> frame.time() < 2000).toList();
        assertTrue(before.size() > 1000, "the first two seconds hold many frames: " + before.size());
        assertEquals(before, with.subList(0, before.size()));
        assertNotEquals(without, with);
        assertTrue(with.stream().noneMatch(frame -> frame.time() > 2000 && frame.to().equals("b")
                && frame.kind().equals(Frame.REQUEST)), "nothing is sent to b once it is down");
    }

    @Test
    void givenAServerDownInTheMetrics_whenATrafficRunHasAnIncident_thenItsArrivalsStopAndTheOthersTakeMore() {
        Design design = balanced("round-robin", """
                "load": {"rps": 300, "durationSeconds": 4, "mix": [{"method": "GET", "path": "/x"}]}""");

        SimulationResult result = Simulator.run(design, 1, List.of(new Incident(2000, "c", true)));

        Metrics.NodeMetrics c = result.metrics().nodes().get(4);
        Metrics.NodeMetrics a = result.metrics().nodes().get(2);
        assertEquals("c", c.node());
        assertEquals(100, c.windows().get(1).arrivals());
        assertEquals(0, c.windows().get(3).arrivals());
        assertEquals(150, a.windows().get(3).arrivals());
    }

    @Test
    void givenAnIncidentOnAClientOrAnUnknownNode_whenRun_thenItIsRefusedWithTheReason() {
        Design design = balanced("round-robin", "\"requests\": [" + TEN + "]");

        IllegalArgumentException client = assertThrows(IllegalArgumentException.class,
                () -> Simulator.run(design, 1, List.of(new Incident(0, "client", true))));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Simulator.run(design, 1, List.of(new Incident(0, "zz", true))));

        assertEquals("An incident can take down a server or a load balancer; 'client' is a client",
                client.getMessage());
        assertEquals("An incident can take down a server or a load balancer; 'zz' is not a node of the design",
                unknown.getMessage());
    }
}
