package dev.switchboard.run;

import dev.switchboard.sim.Design;
import dev.switchboard.sim.DesignReader;
import dev.switchboard.sim.Frame;
import dev.switchboard.sim.Simulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Incidents on a live run: the released frames stay, the rest is simulated again, and the run keeps its limits. */
class RunIncidentTest {

    private static final Design TWO_SERVERS = DesignReader.read("""
            {"version": 1, "nodes": [
              {"id": "client", "type": "client", "name": "Client", "requests": [
                {"method": "GET", "path": "/x"}, {"method": "GET", "path": "/x"}, {"method": "GET", "path": "/x"},
                {"method": "GET", "path": "/x"}]},
              {"id": "lb", "type": "loadbalancer", "name": "LB"},
              {"id": "a", "type": "server", "name": "A"}, {"id": "b", "type": "server", "name": "B"}],
             "links": [{"from": "client", "to": "lb"}, {"from": "lb", "to": "a"}, {"from": "lb", "to": "b"}]}""");

    private final RunRegistry registry = new RunRegistry(Duration.ofMinutes(5), 10, 10);

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void givenFramesReleased_whenAServerGoesDown_thenThoseFramesStayAndNoLaterFrameReachesIt() {
        Run run = registry.create(TWO_SERVERS, 0, 4, "tester");
        for (int i = 0; i < 5; i++) {
            run.step();
        }
        List<Frame> released = run.result().frames().subList(0, 5);

        run.incident("b", true);

        List<Frame> frames = run.result().frames();
        assertEquals(released, frames.subList(0, 5));
        assertTrue(frames.subList(5, frames.size()).stream().noneMatch(frame -> frame.to().equals("b")));
        assertEquals(released.get(4).time() + 1, run.incidents().get(0).time());
        assertEquals(5, run.status().position());
    }

    @Test
    void givenAReplayWithoutADesign_whenAnIncidentComes_thenItIsRefused() {
        Run replay = registry.create(Simulator.run(TWO_SERVERS, 0), 1, "tester");

        assertThrows(IllegalStateException.class, () -> replay.incident("b", true));
    }

    @Test
    void givenTheMostIncidentsARunMayHold_whenOneMoreComes_thenItIsRefused() {
        Run run = registry.create(TWO_SERVERS, 0, 1, "tester");
        for (int i = 0; i < Run.MAX_INCIDENTS; i++) {
            run.incident("b", i % 2 == 0);
        }

        assertThrows(IllegalStateException.class, () -> run.incident("b", true));
        assertEquals(Run.MAX_INCIDENTS, run.incidents().size());
    }
}
