package dev.switchboard.sim;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.switchboard.sim.Runs.answeredBy;
import static dev.switchboard.sim.Runs.decision;
import static dev.switchboard.sim.Runs.gatewayDesign;
import static dev.switchboard.sim.Runs.run;
import static dev.switchboard.sim.Runs.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Server capacity and queue, gateway timeouts (504) and loops (508), with exact times and notes. */
class ServerTimeoutLoopTest {

    private static final String THREE_AT_ONCE = """
            "intervalMs": 0, "requests": [{"method": "GET", "path": "/x"}, {"method": "GET", "path": "/x"},
                                          {"method": "GET", "path": "/x"}]""";

    private static String direct(String serverFields) {
        return """
                {"version": 1, "nodes": [
                  {"id": "client", "type": "client", "name": "Client", %s},
                  {"id": "s", "type": "server", "name": "S", "latencyMs": 100, %s}],
                 "links": [{"from": "client", "to": "s"}]}""".formatted(THREE_AT_ONCE, serverFields);
    }

    @Test
    void givenCapacityOneAndAQueueOfOne_whenThreeArriveAtOnce_thenOneIsServedOneWaitsAndOneIsRefusedWith503() {
        SimulationResult result = run(direct("\"capacity\": 1, \"queue\": 1"));

        assertEquals(List.of(200, 200, 503), statuses(result));
        assertEquals(List.of(120L, 220L, 20L), result.summary().outcomes().stream()
                .map(o -> o.completedAt()).toList());
        assertEquals("S handles every path: 200 after waiting 100 ms in the queue", decision(result, "r2", "s").note());
        assertEquals("S is busy (1 of 1 serving) and its queue is full (1 waiting): 503",
                decision(result, "r3", "s").note());
    }

    @Test
    void givenCapacityTwoAndNoQueueLimit_whenThreeArriveAtOnce_thenTheThirdWaitsForTheFirstFreeSlot() {
        SimulationResult result = run(direct("\"capacity\": 2"));

        assertEquals(List.of(200, 200, 200), statuses(result));
        assertEquals(List.of(110L, 110L, 210L), result.summary().outcomes().stream()
                .map(o -> decision(result, o.requestId(), "s").time()).toList());
    }

    @Test
    void givenExponentialService_whenRunWithOneSeedTwiceAndAnotherOnce_thenTimesRepeatPerSeedOnly() {
        Design design = DesignReader.read(direct("\"service\": \"exponential\""));

        List<Long> first = Simulator.run(design, 3).frames().stream().map(Frame::time).toList();
        List<Long> again = Simulator.run(design, 3).frames().stream().map(Frame::time).toList();
        List<Long> other = Simulator.run(design, 4).frames().stream().map(Frame::time).toList();

        assertEquals(first, again);
        assertNotEquals(first, other);
    }

    @Test
    void givenAReplySlowerThanTheGatewayTimeout_whenItComes_thenTheClientGets504AndTheLateReplyIsDropped() {
        SimulationResult result = run(gatewayDesign("\"requests\": [{\"method\": \"GET\", \"path\": \"/x\"}]",
                "\"timeoutMs\": 30", "[{\"prefix\": \"/\", \"pool\": \"P\"}]", 1, ""));

        List<String> frames = result.frames().stream()
                .map(f -> f.time() + " " + f.from() + ">" + f.to() + " " + f.status()).toList();
        assertEquals(List.of("0 client>gateway null", "15 gateway>s1 null", "45 gateway>client 504",
                "45 s1>gateway 200"), frames);
        assertEquals(List.of(504), statuses(result));
        assertEquals(List.of("gateway"), answeredBy(result));
        assertEquals("No reply from Server 1 within 30 ms: 504; a reply that comes later is discarded",
                result.frames().get(2).note());
        assertEquals("Server 1 handles every path: 200 (too late: Gateway answers 504 and drops this reply)",
                result.frames().get(3).note());
        assertEquals(55, result.summary().outcomes().get(0).completedAt());
    }

    @Test
    void givenAReplyWithinTheTimeout_whenItComes_thenItIsRelayedAndTheTimerNeverFires() {
        SimulationResult result = run(gatewayDesign("\"requests\": [{\"method\": \"GET\", \"path\": \"/x\"}]",
                "\"timeoutMs\": 41", "[{\"prefix\": \"/\", \"pool\": \"P\"}]", 1, ""));

        assertEquals(List.of(200), statuses(result));
        assertEquals(4, result.frames().size());
        assertEquals(70, result.summary().durationMs());
    }

    @Test
    void givenTwoLoadBalancersLinkedToEachOther_whenARequestGoesRound_thenTheSixteenthHopEndsIn508() {
        String design = """
                {"version": 1, "nodes": [
                  {"id": "client", "type": "client", "name": "Client", "requests": [{"method": "GET", "path": "/x"}]},
                  {"id": "lb1", "type": "loadbalancer", "name": "LB 1"},
                  {"id": "lb2", "type": "loadbalancer", "name": "LB 2"}],
                 "links": [{"from": "client", "to": "lb1"}, {"from": "lb1", "to": "lb2"}, {"from": "lb2", "to": "lb1"}]}""";

        SimulationResult result = run(design);

        assertEquals(List.of(), DesignProblems.find(DesignReader.read(design)));
        assertEquals(List.of(508), statuses(result));
        assertEquals(List.of("lb2"), answeredBy(result));
        assertEquals(32, result.frames().size());
        long requestFrames = result.frames().stream().filter(f -> f.kind().equals(Frame.REQUEST)).count();
        assertEquals(16, requestFrames);
        Frame stop = result.frames().get(16);
        assertEquals("lb2>lb1 508", stop.from() + ">" + stop.to() + " " + stop.status());
        assertEquals("The request has already crossed 16 links, so the design has a loop: LB 2 stops it: 508",
                stop.note());
        assertTrue(result.frames().get(31).to().equals("client"));
    }

    @Test
    void givenLinkLatencies_whenRun_thenEachFrameTravelsItsLinksTime() {
        SimulationResult result = run(gatewayDesign("\"requests\": [{\"method\": \"GET\", \"path\": \"/x\"}]", "",
                "[{\"prefix\": \"/\", \"pool\": \"P\"}]", 1, "").replace(
                "{\"from\": \"client\", \"to\": \"gateway\"}", "{\"from\": \"client\", \"to\": \"gateway\", \"latencyMs\": 0}")
                .replace("{\"from\": \"gateway\", \"to\": \"s1\"}",
                        "{\"from\": \"gateway\", \"to\": \"s1\", \"latencyMs\": 40}"));

        assertEquals(List.of("0+0", "5+40", "65+40", "110+0"), result.frames().stream()
                .map(f -> f.time() + "+" + f.duration()).toList());
    }
}
