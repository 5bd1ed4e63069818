package dev.switchboard.sim;

import java.util.List;

/** Small readers of a run's result, so that tests say what they check and not how to dig it out. */
final class Runs {

    private Runs() {
    }

    static SimulationResult run(String json) {
        return Simulator.run(DesignReader.read(json), 1);
    }

    static List<Integer> statuses(SimulationResult result) {
        return result.summary().outcomes().stream().map(RequestOutcome::status).toList();
    }

    static List<String> answeredBy(SimulationResult result) {
        return result.summary().outcomes().stream().map(RequestOutcome::answeredBy).toList();
    }

    /** The frame in which {@code node} decided what to do with the request: its first frame out for it. */
    static Frame decision(SimulationResult result, String requestId, String node) {
        return result.frames().stream()
                .filter(frame -> frame.requestId().equals(requestId) && frame.from().equals(node))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no frame from " + node + " for " + requestId));
    }

    /** The server each request reached, in order of sending: the target of the last request frame of each. */
    static List<String> servedBy(SimulationResult result) {
        return result.summary().outcomes().stream().map(RequestOutcome::answeredBy).toList();
    }

    /** A client, a gateway with the given extra fields and routes, and servers s1..sN in pool P. */
    static String gatewayDesign(String clientFields, String gatewayFields, String routes, int servers,
                                String serverFields) {
        StringBuilder nodes = new StringBuilder();
        StringBuilder links = new StringBuilder("{\"from\": \"client\", \"to\": \"gateway\"}");
        for (int i = 1; i <= servers; i++) {
            nodes.append(",\n{\"id\": \"s").append(i).append("\", \"type\": \"server\", \"name\": \"Server ").append(i)
                    .append("\", \"pool\": \"P\"").append(serverFields.isEmpty() ? "" : ", " + serverFields)
                    .append('}');
            links.append(", {\"from\": \"gateway\", \"to\": \"s").append(i).append("\"}");
        }
        return """
                {"version": 1, "name": "test", "nodes": [
                {"id": "client", "type": "client", "name": "Client", %s},
                {"id": "gateway", "type": "gateway", "name": "Gateway", %s"routes": %s}%s],
                "links": [%s]}""".formatted(clientFields, gatewayFields.isEmpty() ? "" : gatewayFields + ", ",
                routes, nodes, links);
    }
}
