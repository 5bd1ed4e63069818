package dev.switchboard.sim;

import java.util.List;
import java.util.Map;

/**
 * A node at work during a run. Each kind of node decides what to do when a frame arrives; every frame it sends
 * leaves after the node's latency, the time it spends deciding or processing, and travels for its link's latency.
 */
abstract class Station {

    /** A request that would cross more links than this has gone round a loop: it ends as 508. */
    static final int MAX_HOPS = 16;

    final Node node;
    final Run run;
    final long latency;
    final long weight;
    boolean down;
    NodeStats stats;

    private Station[] out = new Station[0];
    private long[] outLatency = new long[0];

    Station(Node node, Run run) {
        this.node = node;
        this.run = run;
        this.latency = node.latencyOrDefault();
        this.weight = node.weightOrDefault();
        this.down = node.startsDown();
    }

    String name() {
        return node.name();
    }

    /** Called once every station exists: the stations this one links to, in link order, with their latencies. */
    void connect(List<Station> linked, List<Long> latencies) {
        out = linked.toArray(new Station[0]);
        outLatency = latencies.stream().mapToLong(Long::longValue).toArray();
    }

    List<Station> linked() {
        return List.of(out);
    }

    long latencyTo(Station next) {
        for (int i = 0; i < out.length; i++) {
            if (out[i] == next) {
                return outLatency[i];
            }
        }
        return Simulator.HOP_MS;
    }

    /** Whether a balancer may send here; a load balancer adds that it has somewhere to send. */
    boolean healthy() {
        return !down;
    }

    void receiveRequest(Hop request) {
        throw new IllegalStateException(name() + " (" + node.type() + ") does not take requests");
    }

    void receiveResponse(Hop response) {
        throw new IllegalStateException(name() + " (" + node.type() + ") does not expect responses");
    }

    /** A response that held a service slot has left; only servers have slots. */
    void released(Hop response) {
    }

    /** Decides the request's status here and sends the response back the way it came, after this node's latency. */
    final Hop answer(Hop request, int status, String note, Map<String, String> headers, Trace trace) {
        Hop response = respond(request, status);
        send(response.explained(note, headers, trace));
        return response;
    }

    /** The response to a request, not yet sent: it goes back over the link the request came by. */
    final Hop respond(Hop request, int status) {
        Exchange exchange = request.exchange;
        exchange.answer(status, this);
        return new Hop(exchange, this, request.from, false, status, request.path, request.duration,
                request.requestArrivedAt);
    }

    /** Passes the request on and remembers where it came from, so the response can be relayed back. */
    final void forward(Hop request, Station next, String path, String note, Trace trace) {
        Exchange exchange = request.exchange;
        exchange.enter(request);
        exchange.hops++;
        Hop onward = new Hop(exchange, this, next, true, 0, path, latencyTo(next), 0);
        send(onward.explained(note, null, trace));
    }

    /** Sends a response back along the leg its request came by, keeping its status and headers. */
    final void relay(Hop response, String note) {
        Hop leg = response.exchange.leave();
        Hop back = new Hop(response.exchange, this, leg.from, false, response.status, leg.path, leg.duration,
                leg.requestArrivedAt);
        send(back.explained(note, response.headers, null));
    }

    /** True, after answering 508, when the request has already crossed as many links as it may. */
    final boolean loopedTooLong(Hop request) {
        if (request.exchange.hops < MAX_HOPS) {
            return false;
        }
        String note = request.exchange.keep ? "The request has already crossed " + MAX_HOPS
                + " links, so the design has a loop: " + name() + " stops it: 508" : null;
        answer(request, 508, note, null, null);
        return true;
    }

    /** Sends a frame once this node has spent its latency on it; with no latency it leaves at once. */
    final void send(Hop hop) {
        if (latency == 0) {
            hop.depart();
        } else {
            run.loop.scheduleIn(hop, latency);
        }
    }
}
