package dev.switchboard.sim;

import java.util.Map;

/**
 * A node at work during a run. Each kind of node decides what to do when a frame arrives; every frame it sends
 * leaves after the node's latency, the time it spends deciding or processing.
 */
abstract class Station {

    final Node node;
    final Run run;
    final long latency;

    Station(Node node, Run run) {
        this.node = node;
        this.run = run;
        this.latency = node.latencyOrDefault();
    }

    String name() {
        return node.name();
    }

    void receiveRequest(Hop request) {
        throw new IllegalStateException(name() + " (" + node.type() + ") does not take requests");
    }

    void receiveResponse(Hop response) {
        throw new IllegalStateException(name() + " (" + node.type() + ") does not expect responses");
    }

    /** Decides the request's status here and sends the response back the way it came. */
    final void answer(Hop request, int status, String note, Map<String, String> headers) {
        Exchange exchange = request.exchange;
        exchange.answer(status, this);
        send(new Hop(run, exchange, this, request.from, Frame.RESPONSE, status, request.path, note, headers));
    }

    /** Passes the request on and remembers where it came from, so the response can be relayed back. */
    final void forward(Hop request, Station next, String path, String note) {
        Exchange exchange = request.exchange;
        exchange.enter(request.from, request.path);
        send(new Hop(run, exchange, this, next, Frame.REQUEST, null, path, note, null));
    }

    /** Sends a frame once this node has spent its latency on it. */
    final void send(Hop hop) {
        run.loop.scheduleIn(hop, latency);
    }
}
