package dev.switchboard.sim;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A server answers 200 for paths under one of its handled prefixes and 405 for any other path. The 405 is this
 * simulator's rule, the one the API gateway lesson teaches; real frameworks often answer 404.
 *
 * <p>It serves {@code capacity} requests at once (without one, every request at once); the others wait in a FIFO
 * queue of at most {@code queue} (without one, unbounded), and one that finds the queue full is refused with 503
 * at once. Each answer takes the service time: {@code latencyMs}, or with {@code "service": "exponential"} a draw
 * with that mean from the server's own stream of the run's seed, rounded to the millisecond. A down server answers
 * 503 at once to whatever still reaches it.
 */
final class ServerStation extends Station {

    private static final String OWN_RULE = " (this simulator's rule: a server answers 405 to paths it does not"
            + " handle; real frameworks often answer 404)";
    private static final int CACHED_PATHS = 4096;

    private final List<Handled> handled = new ArrayList<>();
    private final String handlesEverything;
    private final Map<String, Verdict> verdicts = new HashMap<>();
    final long capacity;
    private final long queueLimit;
    private final SplittableRandom service;
    private final ArrayDeque<Hop> queue = new ArrayDeque<>();
    private int busy;
    /** The last path answered and its verdict: generated traffic sends the same path string again and again. */
    private String lastPath;
    private Verdict lastVerdict;

    /** A handled prefix with its note written once, since the same note is sent for every matching request. */
    private record Handled(String prefix, String note) {
    }

    /** What the server answers for one raw path, worked out once per distinct path. */
    private record Verdict(int status, String note) {
    }

    ServerStation(Node node, Run run) {
        super(node, run);
        for (String prefix : node.handlesOrEmpty()) {
            handled.add(new Handled(prefix, name() + " handles " + prefix + ": 200"));
        }
        handlesEverything = name() + " handles every path: 200";
        capacity = node.capacity() == null ? Long.MAX_VALUE : node.capacity();
        queueLimit = node.queue() == null ? Long.MAX_VALUE : node.queue();
        service = Node.EXPONENTIAL_SERVICE.equals(node.service()) ? run.random(node.id() + "/service") : null;
    }

    boolean hasCapacity() {
        return capacity != Long.MAX_VALUE;
    }

    @Override
    void receiveRequest(Hop request) {
        boolean keep = request.exchange.keep;
        if (down) {
            respond(request, 503).explained(keep ? name() + " is down: 503" : null, null, null).depart();
        } else if (busy < capacity) {
            start(request, 0);
        } else if (queue.size() >= queueLimit) {
            respond(request, 503).explained(keep ? name() + " is busy (" + busy + " of " + capacity
                    + " serving) and its queue is full (" + queue.size() + " waiting): 503" : null, null, null)
                    .depart();
        } else {
            queue.addLast(request);
            level();
        }
    }

    /** Begins serving a request: its response leaves when the service time has passed and frees the slot. */
    private void start(Hop request, long waited) {
        busy++;
        level();
        long serviceTime = service == null ? latency
                : Math.round(latency * Exponential.draw(service));
        Verdict verdict = verdict(request.path);
        Hop response = respond(request, verdict.status);
        response.holdsSlot = true;
        if (request.exchange.keep) {
            String queued = waited > 0 ? " after waiting " + waited + " ms in the queue" : "";
            response.explained(verdict.note + queued, null, null);
        }
        if (stats != null) {
            stats.waited(waited);
        }
        run.loop.scheduleIn(response, serviceTime);
    }

    @Override
    void released(Hop response) {
        busy--;
        Hop next = queue.pollFirst();
        if (next != null) {
            start(next, run.loop.now() - next.requestArrivedAt);
        } else {
            level();
        }
    }

    private void level() {
        if (stats != null) {
            stats.level(run.loop.now(), queue.size(), busy);
        }
    }

    private Verdict verdict(String raw) {
        if (raw == lastPath) {
            return lastVerdict;
        }
        Verdict verdict = verdicts.get(raw);
        if (verdict == null) {
            verdict = decide(raw);
            if (verdicts.size() < CACHED_PATHS) {
                verdicts.put(raw, verdict);
            }
        }
        lastPath = raw;
        lastVerdict = verdict;
        return verdict;
    }

    private Verdict decide(String raw) {
        NormalizedPath path = PathNormalizer.normalize(raw);
        if (!path.ok()) {
            return new Verdict(400, name() + " cannot read the path: " + path.rejection() + ": 400");
        }
        if (handled.isEmpty()) {
            return new Verdict(200, handlesEverything);
        }
        Handled match = longestHandled(path.path());
        if (match != null) {
            return new Verdict(200, match.note());
        }
        return new Verdict(405, name() + " does not handle " + path.path() + ": 405" + OWN_RULE);
    }

    private Handled longestHandled(String path) {
        Handled best = null;
        for (Handled candidate : handled) {
            boolean longer = best == null || PrefixMatch.significantLength(candidate.prefix())
                    > PrefixMatch.significantLength(best.prefix());
            if (longer && PrefixMatch.matches(candidate.prefix(), path)) {
                best = candidate;
            }
        }
        return best;
    }
}
