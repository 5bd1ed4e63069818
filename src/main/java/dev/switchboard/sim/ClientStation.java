package dev.switchboard.sim;

import java.util.List;

/** A client: sends its requests in order over its one link, request k at k * intervalMs, and collects answers. */
final class ClientStation extends Station {

    final int order;
    private final List<RequestSpec> requests;
    private final long interval;
    private Station target;
    private int next;

    ClientStation(Node node, Run run, int order) {
        super(node, run);
        this.order = order;
        this.requests = node.requestsOrEmpty();
        this.interval = node.intervalOrDefault();
    }

    void connect(Station to) {
        target = to;
    }

    /** A client without a usable link sends nothing: DesignProblems tells the learner why. */
    boolean hasMoreToSend() {
        return target != null && next < requests.size();
    }

    long nextSendTime() {
        return next * interval;
    }

    void sendNext() {
        RequestSpec request = requests.get(next++);
        long now = run.loop.now();
        Exchange exchange = new Exchange(run.nextRequestId(), this, request.method(), request.path(), now);
        run.started(exchange);

        String note = name() + " sends " + request.method() + ' ' + request.path() + " to " + target.name();
        new Hop(run, exchange, this, target, Frame.REQUEST, null, request.path(), note, null).depart();
    }

    @Override
    void receiveResponse(Hop response) {
        Exchange exchange = response.exchange;
        exchange.completedAt = run.loop.now();
        run.completed(exchange);
    }
}
