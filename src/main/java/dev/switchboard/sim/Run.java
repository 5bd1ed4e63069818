package dev.switchboard.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * One simulation run: the stations wired from the design, the event loop, the seeded random source, and the
 * tallies. Frames go to the sink as they are emitted; outcomes are kept only when asked for, so a streaming run
 * of millions of requests holds nothing per request once it has completed.
 */
final class Run {

    final EventLoop loop = new EventLoop();
    // Plumbed through for later strategies (random balancing, jitter); today's rules draw nothing from it.
    final Random random;

    private final FrameSink sink;
    private final boolean keepOutcomes;
    private final List<ClientStation> clients = new ArrayList<>();
    private final Map<ClientStation, List<Exchange>> sentBy = new HashMap<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private long frames;
    private int requests;

    Run(Design design, long seed, FrameSink sink, boolean keepOutcomes) {
        this.random = new Random(seed);
        this.sink = sink;
        this.keepOutcomes = keepOutcomes;
        wire(design);
    }

    void execute() {
        new ClientSchedule(loop, clients).start();
        loop.run();
    }

    String nextRequestId() {
        return "r" + (requests + 1);
    }

    void started(Exchange exchange) {
        requests++;
        if (keepOutcomes) {
            sentBy.computeIfAbsent(exchange.client, client -> new ArrayList<>()).add(exchange);
        }
    }

    void completed(Exchange exchange) {
        statuses.merge(exchange.status, 1, Integer::sum);
    }

    void emit(Hop hop) {
        frames++;
        hop.exchange.frames++;
        sink.accept(new Frame((int) frames, loop.now(), Simulator.HOP_MS, hop.exchange.id, hop.kind,
                hop.from.node.id(), hop.to.node.id(), hop.exchange.method, hop.path, hop.status, hop.note,
                hop.headers));
    }

    Summary summary() {
        List<RequestOutcome> outcomes = new ArrayList<>();
        for (ClientStation client : clients) {
            for (Exchange exchange : sentBy.getOrDefault(client, List.of())) {
                outcomes.add(exchange.outcome());
            }
        }
        return new Summary(requests, (int) frames, loop.now(), Collections.unmodifiableMap(new TreeMap<>(statuses)),
                Collections.unmodifiableList(outcomes));
    }

    long frameCount() {
        return frames;
    }

    private void wire(Design design) {
        Map<String, Station> stations = new HashMap<>();
        for (Node node : design.nodes()) {
            stations.put(node.id(), stationFor(node));
        }
        for (Node node : design.nodes()) {
            connect(stations.get(node.id()), linkedStations(design, node, stations));
        }
    }

    private Station stationFor(Node node) {
        return switch (node.type()) {
            case Node.CLIENT -> addClient(new ClientStation(node, this, clients.size()));
            case Node.GATEWAY -> new GatewayStation(node, this);
            default -> new ServerStation(node, this);
        };
    }

    private ClientStation addClient(ClientStation client) {
        clients.add(client);
        return client;
    }

    private static List<Station> linkedStations(Design design, Node node, Map<String, Station> stations) {
        List<Station> linked = new ArrayList<>();
        for (Link link : design.links()) {
            if (link.from().equals(node.id()) && stations.containsKey(link.to())) {
                linked.add(stations.get(link.to()));
            }
        }
        return linked;
    }

    /**
     * A client uses its first link to something that answers; a design with more links is flagged by
     * DesignProblems but still runs what it can.
     */
    private static void connect(Station station, List<Station> linked) {
        if (station instanceof GatewayStation gateway) {
            gateway.connect(linked);
        } else if (station instanceof ClientStation client) {
            linked.stream().filter(to -> !(to instanceof ClientStation)).findFirst().ifPresent(client::connect);
        }
    }
}
