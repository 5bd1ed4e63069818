package dev.switchboard.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * One simulation run: the stations wired from the design, the event loop, the seeded random streams, and the
 * tallies. Frames go to the sink as they are emitted; outcomes are kept only when asked for, so a streaming run
 * of millions of requests holds nothing per request once it has completed.
 *
 * <p>A design with a client {@code load} makes a traffic run: it collects {@link Metrics} and samples its frames.
 * A request keeps its frames when it is scripted, when it is one of the first {@link #FIRST_SECOND_LIMIT} requests
 * sent in the first simulated second, or when its number is a multiple of {@code every}, chosen so that about
 * {@link #SAMPLED} more requests are kept over the whole run.
 */
final class Run {

    static final int FIRST_SECOND_LIMIT = 1000;
    static final long SAMPLED = 1000;

    final EventLoop loop = new EventLoop();

    private final long seed;
    private final FrameSink sink;
    private final boolean keepOutcomes;
    private final boolean traffic;
    private final long sendingEndsMs;
    private final long every;
    private final List<ClientStation> clients = new ArrayList<>();
    private final Map<String, Station> stations = new LinkedHashMap<>();
    private final Map<ClientStation, List<Exchange>> sentBy = new HashMap<>();
    private final long[] statuses = new long[600];
    private long framesTotal;
    private int framesKept;
    private long requests;
    private int requestsKept;
    private int firstSecondKept;

    Run(Design design, long seed, FrameSink sink, boolean keepOutcomes) {
        this.seed = seed;
        this.sink = sink;
        this.keepOutcomes = keepOutcomes;
        this.traffic = design.nodes().stream().anyMatch(node -> node.load() != null);
        this.sendingEndsMs = design.nodes().stream().filter(node -> node.load() != null)
                .mapToLong(node -> node.load().durationSeconds() * 1000).max().orElse(0);
        this.every = Math.max(1, (expectedRequests(design) + SAMPLED - 1) / SAMPLED);
        wire(design);
    }

    private static long expectedRequests(Design design) {
        long expected = 0;
        for (Node node : design.nodes()) {
            expected += node.requestsOrEmpty().size() + (node.load() == null ? 0 : node.load().expectedRequests());
        }
        return expected;
    }

    /** Schedules the incidents first, so that one at the same millisecond as a frame happens before it. */
    void plan(List<Incident> incidents) {
        for (Incident incident : incidents) {
            Station station = stations.get(incident.nodeId());
            if (!(station instanceof ServerStation) && !(station instanceof LoadBalancerStation)) {
                throw new IllegalArgumentException("An incident can take down a server or a load balancer; '"
                        + incident.nodeId() + "' is " + (station == null ? "not a node of the design"
                        : "a " + station.node.type()));
            }
            if (incident.time() < 0) {
                throw new IllegalArgumentException("An incident cannot happen before the run starts, got "
                        + incident.time() + " ms");
            }
            loop.schedule(new Event() {
                @Override
                void fire() {
                    station.down = incident.down();
                }
            }, incident.time());
        }
    }

    /**
     * A traffic run stops this long (simulated) after its last client stops sending: requests still queued then
     * are left unanswered, so an overloaded design cannot make a run, and its metrics, grow without end.
     */
    static final long TRAFFIC_GRACE_MS = 60_000;

    void execute() {
        new ClientSchedule(loop, clients).start();
        if (!traffic) {
            loop.run();
            return;
        }
        loop.runUntil(sendingEndsMs + TRAFFIC_GRACE_MS);
    }

    /** A random stream of its own for each named part of the run, derived from the run's seed. */
    SplittableRandom random(String name) {
        return new SplittableRandom(Hashing.mix(seed ^ Hashing.of(name)));
    }

    Exchange started(ClientStation client, String method, String path, String token, boolean scripted, long now) {
        requests++;
        Exchange exchange = new Exchange(requests, client, method, path, token, now, keeps(scripted, now));
        if (exchange.keep) {
            requestsKept++;
            if (keepOutcomes) {
                sentBy.computeIfAbsent(client, c -> new ArrayList<>()).add(exchange);
            }
        }
        return exchange;
    }

    private boolean keeps(boolean scripted, long now) {
        if (!traffic || scripted) {
            return true;
        }
        if (now < NodeStats.WINDOW_MS && firstSecondKept < FIRST_SECOND_LIMIT) {
            firstSecondKept++;
            return true;
        }
        return requests % every == 0;
    }

    void completed(Exchange exchange, ClientStation client) {
        statuses[exchange.status]++;
        if (client.stats != null) {
            client.stats.completion(loop.now(), loop.now() - exchange.sentAt, exchange.status);
        }
    }

    void arrived(Hop request) {
        if (request.to.stats != null) {
            request.to.stats.arrival(loop.now());
        }
    }

    void departed(Hop hop) {
        framesTotal++;
        Exchange exchange = hop.exchange;
        NodeStats stats = hop.from.stats;
        if (stats != null) {
            if (hop.request) {
                if (hop.from instanceof ClientStation) {
                    stats.arrival(loop.now());
                }
            } else {
                stats.completion(loop.now(), loop.now() - hop.requestArrivedAt, hop.status);
            }
        }
        if (!exchange.keep) {
            return;
        }
        exchange.frames++;
        framesKept++;
        sink.accept(new Frame(framesKept, loop.now(), hop.duration, exchange.id(), hop.request ? Frame.REQUEST
                : Frame.RESPONSE, hop.from.node.id(), hop.to.node.id(), exchange.method, hop.path,
                hop.request ? null : hop.status, lateNote(hop), hop.headers, hop.trace));
    }

    /** A reply on its way to a gateway that will have answered 504 before it arrives says so. */
    private String lateNote(Hop hop) {
        Exchange exchange = hop.exchange;
        if (hop.request || !(hop.to instanceof GatewayStation)) {
            return hop.note;
        }
        boolean late = exchange.timedOut
                || exchange.timeout != null && loop.now() + hop.duration >= exchange.timeout.time;
        return late ? hop.note + " (too late: " + hop.to.name() + " answers 504 and drops this reply)" : hop.note;
    }

    Summary summary() {
        List<RequestOutcome> outcomes = new ArrayList<>();
        for (ClientStation client : clients) {
            for (Exchange exchange : sentBy.getOrDefault(client, List.of())) {
                outcomes.add(exchange.outcome());
            }
        }
        Map<Integer, Integer> counts = new TreeMap<>();
        for (int status = 0; status < statuses.length; status++) {
            if (statuses[status] > 0) {
                counts.put(status, (int) statuses[status]);
            }
        }
        Summary.Sampling sampling = traffic ? new Summary.Sampling(requestsKept, framesTotal, every,
                FIRST_SECOND_LIMIT) : null;
        return new Summary((int) requests, framesKept, loop.now(), Collections.unmodifiableMap(counts),
                Collections.unmodifiableList(outcomes), sampling);
    }

    Metrics metrics() {
        if (!traffic) {
            return null;
        }
        List<Metrics.NodeMetrics> nodes = new ArrayList<>();
        for (Station station : stations.values()) {
            nodes.add(station.stats.finish(loop.now()));
        }
        return new Metrics(NodeStats.WINDOW_MS, loop.fired(), nodes);
    }

    long frameCount() {
        return framesKept;
    }

    private void wire(Design design) {
        for (Node node : design.nodes()) {
            Station station = stationFor(node);
            if (traffic) {
                boolean busy = station instanceof ServerStation server && server.hasCapacity();
                boolean queues = busy || station instanceof LoadBalancerStation balancer && balancer.holds();
                station.stats = new NodeStats(node, queues, busy ? node.capacity() : 0);
            }
            stations.put(node.id(), station);
        }
        for (Node node : design.nodes()) {
            List<Station> linked = new ArrayList<>();
            List<Long> latencies = new ArrayList<>();
            for (Link link : design.links()) {
                if (link.from().equals(node.id()) && stations.containsKey(link.to())) {
                    linked.add(stations.get(link.to()));
                    latencies.add(link.latencyOrDefault());
                }
            }
            stations.get(node.id()).connect(linked, latencies);
        }
    }

    private Station stationFor(Node node) {
        return switch (node.type()) {
            case Node.CLIENT -> addClient(new ClientStation(node, this, clients.size()));
            case Node.GATEWAY -> new GatewayStation(node, this);
            case Node.LOAD_BALANCER -> new LoadBalancerStation(node, this);
            default -> new ServerStation(node, this);
        };
    }

    private ClientStation addClient(ClientStation client) {
        clients.add(client);
        return client;
    }
}
