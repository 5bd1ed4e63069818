package dev.switchboard.sim;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * A load balancer node: spreads every request it receives over the servers and load balancers it links to, with
 * its strategy, and relays the responses back. It answers 503 itself when it is down or none of its members is
 * healthy, and 508 when the request has gone round a loop. A balancer that links to it sees it as healthy while it
 * is up and has at least one healthy member.
 *
 * <p>With a {@code queue}, it holds requests the way HAProxy does with {@code maxconn}: it never has more requests
 * in flight at a server than the server's capacity, and a request that finds every healthy server full waits in
 * its FIFO queue (at most {@code queue} of them; one more is refused with 503) until a response frees a slot.
 * That makes a balancer over c servers of capacity 1 one queue in front of c servers: the M/M/c of queueing theory.
 */
final class LoadBalancerStation extends Station {

    private final long queueLimit;
    private final ArrayDeque<Hop> queue = new ArrayDeque<>();
    private Balancer balancer;
    private boolean checking;

    LoadBalancerStation(Node node, Run run) {
        super(node, run);
        this.queueLimit = node.queue() == null ? -1 : node.queue();
    }

    boolean holds() {
        return queueLimit >= 0;
    }

    @Override
    void connect(List<Station> linked, List<Long> latencies) {
        super.connect(linked, latencies);
        List<Station> members = new ArrayList<>();
        for (Station station : linked) {
            if (station instanceof ServerStation || station instanceof LoadBalancerStation) {
                members.add(station);
            }
        }
        balancer = new Balancer(name(), node.strategyOrDefault(), members, run.random(node.id() + "/balancer"),
                holds());
    }

    /** Up and with somewhere to send; a loop of balancers counts as healthy rather than recursing forever. */
    @Override
    boolean healthy() {
        if (down) {
            return false;
        }
        if (checking) {
            return true;
        }
        checking = true;
        try {
            return balancer.anyHealthy();
        } finally {
            checking = false;
        }
    }

    @Override
    void receiveRequest(Hop request) {
        if (loopedTooLong(request)) {
            return;
        }
        Exchange exchange = request.exchange;
        if (down) {
            answer(request, 503, exchange.keep ? name() + " is down: 503" : null, null, null);
        } else if (!holds() || balancer.hasRoom() && queue.isEmpty()) {
            dispatch(request, 0);
        } else if (!balancer.anyHealthy()) {
            dispatch(request, 0);
        } else if (queue.size() >= queueLimit) {
            answer(request, 503, exchange.keep ? name() + " has every server full and its queue is full ("
                    + queue.size() + " waiting): 503" : null, null, null);
        } else {
            queue.addLast(request);
            level();
        }
    }

    /** Picks a member and forwards, or answers 503 when none is healthy. */
    private void dispatch(Hop request, long waited) {
        Exchange exchange = request.exchange;
        if (stats != null && holds()) {
            stats.waited(waited);
        }
        List<Trace.PoolMember> members = exchange.keep ? balancer.members() : null;
        long[] before = exchange.keep ? balancer.before() : null;
        int chosen = balancer.pick(exchange);
        if (chosen < 0) {
            String why = balancer.isEmpty() ? "no server is linked" : "every member is down";
            answer(request, 503, exchange.keep ? name() + " has no healthy server (" + why + "): 503" : null, null,
                    exchange.keep ? trace(members, null, why, "answered 503") : null);
            return;
        }
        Station member = balancer.member(chosen);
        String note = null;
        Trace trace = null;
        if (exchange.keep) {
            note = name() + " picks " + member.name() + " by " + Balancing.words(balancer.strategy)
                    + balancer.noteDetail(chosen) + (waited > 0 ? " after " + waited + " ms in its queue" : "");
            trace = trace(members, member.node.id(), balancer.why(chosen, exchange, before),
                    "forwarded to " + member.node.id());
        }
        forward(request, member, request.path, note, trace);
    }

    private Trace trace(List<Trace.PoolMember> members, String pick, String why, String decision) {
        return new Trace(null, null, null, null, null, null, name(), balancer.strategy, members, pick, why,
                decision);
    }

    @Override
    void receiveResponse(Hop response) {
        Exchange exchange = response.exchange;
        balancer.finished(response.from);
        String note = exchange.keep ? name() + " returns " + response.status + " from " + response.from.name()
                + " to " + exchange.backLeg().from.name() : null;
        relay(response, note);
        while (!queue.isEmpty() && balancer.hasRoom()) {
            Hop next = queue.pollFirst();
            level();
            dispatch(next, run.loop.now() - next.requestArrivedAt);
        }
    }

    private void level() {
        if (stats != null) {
            stats.level(run.loop.now(), queue.size(), 0);
        }
    }
}
