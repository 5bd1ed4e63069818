package dev.switchboard.sim;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static dev.switchboard.sim.Runs.answeredBy;
import static dev.switchboard.sim.Runs.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every balancing strategy's exact sequence, at a gateway pool and at a load balancer node. */
class BalancingTest {

    private static String requests(int count, long interval) {
        String one = "{\"method\": \"GET\", \"path\": \"/x\"}";
        return "\"intervalMs\": " + interval + ", \"requests\": [" + String.join(", ", Collections.nCopies(count, one))
                + "]";
    }

    /** A client, a gateway whose pool P uses the strategy, and servers a, b, c with the given weights. */
    private static String pool(String strategy, int count, long interval, int... weights) {
        StringBuilder servers = new StringBuilder();
        StringBuilder links = new StringBuilder("{\"from\": \"client\", \"to\": \"g\"}");
        for (int i = 0; i < weights.length; i++) {
            String id = String.valueOf((char) ('a' + i));
            servers.append(", {\"id\": \"").append(id).append("\", \"type\": \"server\", \"name\": \"")
                    .append(id.toUpperCase()).append("\", \"pool\": \"P\", \"weight\": ").append(weights[i]).append('}');
            links.append(", {\"from\": \"g\", \"to\": \"").append(id).append("\"}");
        }
        return """
                {"version": 1, "nodes": [
                  {"id": "client", "type": "client", "name": "Client", %s},
                  {"id": "g", "type": "gateway", "name": "G", "pools": {"P": {"strategy": "%s"}},
                   "routes": [{"prefix": "/", "pool": "P"}]}%s],
                 "links": [%s]}""".formatted(requests(count, interval), strategy, servers, links);
    }

    /** A client straight into a load balancer node over servers a, b, c with the given weights. */
    private static String balancer(String strategy, int count, long interval, int... weights) {
        StringBuilder servers = new StringBuilder();
        StringBuilder links = new StringBuilder("{\"from\": \"client\", \"to\": \"lb\"}");
        for (int i = 0; i < weights.length; i++) {
            String id = String.valueOf((char) ('a' + i));
            servers.append(", {\"id\": \"").append(id).append("\", \"type\": \"server\", \"name\": \"")
                    .append(id.toUpperCase()).append("\", \"weight\": ").append(weights[i]).append('}');
            links.append(", {\"from\": \"lb\", \"to\": \"").append(id).append("\"}");
        }
        return """
                {"version": 1, "nodes": [
                  {"id": "client", "type": "client", "name": "Client", %s},
                  {"id": "lb", "type": "loadbalancer", "name": "LB", "strategy": "%s"}%s],
                 "links": [%s]}""".formatted(requests(count, interval), strategy, servers, links);
    }

    @Test
    void givenRoundRobin_whenSevenRequestsArrive_thenTheServersTakeTurnsStartingAtTheFirst() {
        assertEquals(List.of("a", "b", "c", "a", "b", "c", "a"), answeredBy(run(pool("round-robin", 7, 100, 5, 1, 1))));
    }

    @Test
    void givenWeightsFiveOneOne_whenSevenRequestsArrive_thenSmoothWeightedRoundRobinGivesAABACAA() {
        assertEquals(List.of("a", "a", "b", "a", "c", "a", "a"), answeredBy(run(pool("weighted", 7, 100, 5, 1, 1))));
        assertEquals(List.of("a", "a", "b", "a", "c", "a", "a"),
                answeredBy(run(balancer("weighted", 7, 100, 5, 1, 1))));
    }

    @Test
    void givenWeightsThreeOne_whenFourRequestsArrive_thenSmoothWeightedRoundRobinGivesAABA() {
        assertEquals(List.of("a", "a", "b", "a"), answeredBy(run(pool("weighted", 4, 100, 3, 1))));
    }

    @Test
    void givenLeastConnections_whenRequestsOverlap_thenEachGoesToTheFewestActivePerWeightWithTiesToTheFirst() {
        // All at once: nobody answers before the last is sent, so the active counts alone decide.
        // a has weight 2: a(0/2) a(1/2) b(0/1)... with ties to the earlier member.
        assertEquals(List.of("a", "b", "c", "a", "a", "b", "c", "a"),
                answeredBy(run(pool("least-connections", 8, 0, 2, 1, 1))));
    }

    @Test
    void givenLeastConnectionsAndRequestsThatFinishBeforeTheNext_whenRun_thenTheFirstServerTakesThemAll() {
        assertEquals(List.of("a", "a", "a"), answeredBy(run(balancer("least-connections", 3, 1000, 1, 1, 1))));
    }

    @Test
    void givenRandom_whenRunTwiceWithTheSameSeed_thenTheSamePicksAndEveryServerIsUsed() {
        Design design = DesignReader.read(pool("random", 60, 10, 1, 1, 1));

        List<String> first = answeredBy(Simulator.run(design, 5));
        List<String> again = answeredBy(Simulator.run(design, 5));
        List<String> otherSeed = answeredBy(Simulator.run(design, 6));

        assertEquals(first, again);
        assertTrue(first.containsAll(List.of("a", "b", "c")), first::toString);
        assertTrue(!first.equals(otherSeed), "another seed gives other picks");
    }

    @Test
    void givenHash_whenOneClientSendsManyRequests_thenTheyAllLandOnTheSameServer() {
        List<String> picks = answeredBy(run(balancer("hash", 10, 10, 1, 1, 1)));

        assertEquals(Collections.nCopies(10, picks.get(0)), picks);
    }

    @Test
    void givenHashAndManyClients_whenTheirServerGoesDown_thenOnlyTheClientsOnItMove() {
        StringBuilder clients = new StringBuilder();
        StringBuilder links = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            clients.append("{\"id\": \"c").append(i).append("\", \"type\": \"client\", \"name\": \"C").append(i)
                    .append("\", \"requests\": [{\"method\": \"GET\", \"path\": \"/x\"}]}, ");
            links.append("{\"from\": \"c").append(i).append("\", \"to\": \"lb\"}, ");
        }
        String design = """
                {"version": 1, "nodes": [%s
                  {"id": "lb", "type": "loadbalancer", "name": "LB", "strategy": "hash"},
                  {"id": "a", "type": "server", "name": "A"}, {"id": "b", "type": "server", "name": "B"%s},
                  {"id": "c", "type": "server", "name": "C"}],
                 "links": [%s{"from": "lb", "to": "a"}, {"from": "lb", "to": "b"}, {"from": "lb", "to": "c"}]}""";

        List<String> before = answeredBy(run(design.formatted(clients, "", links)));
        List<String> after = answeredBy(run(design.formatted(clients, ", \"down\": true", links)));

        assertTrue(before.containsAll(List.of("a", "b", "c")), before::toString);
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals("b")) {
                assertEquals(before.get(i), after.get(i), "client c" + i + " was not on b and stays put");
            } else {
                assertTrue(!after.get(i).equals("b"), "client c" + i + " moves off the down server");
            }
        }
    }

    @Test
    void givenADownServer_whenRoundRobinReachesItsTurn_thenItIsSkippedAndTheNoteSaysSo() {
        String design = pool("round-robin", 4, 100, 1, 1, 1).replace("\"name\": \"B\", \"pool\": \"P\"",
                "\"name\": \"B\", \"pool\": \"P\", \"down\": true");

        SimulationResult result = run(design);

        assertEquals(List.of("a", "c", "a", "c"), answeredBy(result));
        assertEquals("Longest matching prefix / → P; round robin picks C (3 of 3); skipped as down: B",
                Runs.decision(result, "r2", "g").note());
    }

    @Test
    void givenALoadBalancerNode_whenItForwards_thenFramesShowEveryHopAndItsNoteNamesThePick() {
        SimulationResult result = run(balancer("round-robin", 2, 100, 1, 1));

        List<String> hops = result.frames().stream().filter(f -> f.requestId().equals("r2"))
                .map(f -> f.from() + ">" + f.to() + " " + f.time()).toList();
        assertEquals(List.of("client>lb 100", "lb>b 111", "b>lb 141", "lb>client 152"), hops);
        assertEquals("LB picks B by round robin (2 of 2)", Runs.decision(result, "r2", "lb").note());
    }

    @Test
    void givenAGatewayPoolThatIsALoadBalancer_whenRouted_thenTheBalancerSpreadsOverItsServers() {
        String design = """
                {"version": 1, "nodes": [
                  {"id": "client", "type": "client", "name": "Client", "requests": [
                    {"method": "GET", "path": "/x"}, {"method": "GET", "path": "/x"}, {"method": "GET", "path": "/x"}]},
                  {"id": "g", "type": "gateway", "name": "G", "routes": [{"prefix": "/", "pool": "P"}]},
                  {"id": "lb", "type": "loadbalancer", "name": "LB", "pool": "P"},
                  {"id": "a", "type": "server", "name": "A"}, {"id": "b", "type": "server", "name": "B"}],
                 "links": [{"from": "client", "to": "g"}, {"from": "g", "to": "lb"},
                           {"from": "lb", "to": "a"}, {"from": "lb", "to": "b"}]}""";

        SimulationResult result = run(design);

        assertEquals(List.of("a", "b", "a"), answeredBy(result));
        assertEquals(6, result.summary().outcomes().get(0).frames());
        assertEquals(List.of(), DesignProblems.find(DesignReader.read(design)));
    }

    @Test
    void givenALoadBalancerWhoseServersAreAllDown_whenARequestArrives_thenItAnswers503AndTheGatewaySkipsIt() {
        SimulationResult direct = run(balancer("round-robin", 1, 100, 1).replace("\"weight\": 1}",
                "\"weight\": 1, \"down\": true}"));

        assertEquals(List.of(503), Runs.statuses(direct));
        assertEquals("LB has no healthy server (every member is down): 503", Runs.decision(direct, "r1", "lb").note());
    }
}
