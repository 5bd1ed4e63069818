package dev.switchboard.sim;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A client: sends its scripted requests in order over its one link, request k at its atMs or else at
 * k * intervalMs, and, with a
 * {@code load}, generated requests too: request k of a constant load at floor(k * 1000 / rps) ms, a Poisson load
 * at the floor of a running sum of exponential gaps with mean 1000 / rps ms, until durationSeconds have passed.
 * Each generated request is drawn from the mix by weight. A scripted and a generated request due at the same
 * millisecond go scripted first. The client collects the answers.
 */
final class ClientStation extends Station {

    final int order;
    final long hash;
    private final List<RequestSpec> requests;
    private final long interval;
    private final Load load;
    private final long[] cumulativeWeights;
    private final SplittableRandom random;
    private final long loadEnd;
    private Station target;
    private int next;
    private long generated;
    private long nextGenerated = -1;
    private double poissonClock;

    ClientStation(Node node, Run run, int order) {
        super(node, run);
        this.order = order;
        this.hash = Hashing.of(node.id());
        this.requests = node.requestsOrEmpty();
        this.interval = node.intervalOrDefault();
        this.load = node.load();
        this.random = run.random(node.id() + "/load");
        this.loadEnd = load == null ? 0 : load.durationSeconds() * 1000;
        this.cumulativeWeights = load == null ? new long[0] : cumulative(load.mix());
        if (load != null) {
            nextGenerated = firstGenerated();
        }
    }

    private static long[] cumulative(List<Load.MixEntry> mix) {
        long[] sums = new long[mix.size()];
        long sum = 0;
        for (int i = 0; i < sums.length; i++) {
            sum += mix.get(i).weightOrDefault();
            sums[i] = sum;
        }
        return sums;
    }

    @Override
    void connect(List<Station> linked, List<Long> latencies) {
        super.connect(linked, latencies);
        linked.stream().filter(to -> !(to instanceof ClientStation)).findFirst().ifPresent(to -> target = to);
    }

    /** A client without a usable link sends nothing: DesignProblems tells the learner why. */
    boolean hasMoreToSend() {
        return target != null && (next < requests.size() || nextGenerated >= 0);
    }

    long nextSendTime() {
        long scripted = next < requests.size() ? scriptedTime(next) : Long.MAX_VALUE;
        return nextGenerated >= 0 ? Math.min(scripted, nextGenerated) : scripted;
    }

    void sendNext() {
        long now = run.loop.now();
        boolean scripted = next < requests.size() && scriptedTime(next) <= now;
        if (scripted) {
            RequestSpec request = requests.get(next++);
            send(request.method(), request.path(), request.token(), true, now);
        } else {
            Load.MixEntry entry = drawFromMix();
            generated++;
            nextGenerated = following();
            send(entry.method(), entry.path(), entry.token(), false, now);
        }
    }

    private void send(String method, String path, String token, boolean scripted, long now) {
        Exchange exchange = run.started(this, method, path, token, scripted, now);
        exchange.hops = 1;
        String note = exchange.keep ? name() + " sends " + method + ' ' + path + " to " + target.name() : null;
        new Hop(exchange, this, target, true, 0, path, latencyTo(target), 0).explained(note, null, null)
                .depart();
    }

    /** Request k leaves at its own atMs when it has one, else at k * intervalMs. */
    private long scriptedTime(int index) {
        Long at = requests.get(index).atMs();
        return at != null ? at : index * interval;
    }

    private Load.MixEntry drawFromMix() {
        if (cumulativeWeights.length == 1) {
            return load.mix().get(0);
        }
        long draw = random.nextLong(cumulativeWeights[cumulativeWeights.length - 1]);
        for (int i = 0; i < cumulativeWeights.length; i++) {
            if (draw < cumulativeWeights[i]) {
                return load.mix().get(i);
            }
        }
        throw new IllegalStateException("a draw below the total weight always lands in the mix");
    }

    private long firstGenerated() {
        if (!load.poisson()) {
            return 0;
        }
        poissonClock = gap();
        return poissonClock < loadEnd ? (long) poissonClock : -1;
    }

    /** The send time of the next generated request, or -1 once the load is over. */
    private long following() {
        if (!load.poisson()) {
            return generated < load.expectedRequests() ? generated * 1000 / load.rps() : -1;
        }
        poissonClock += gap();
        return poissonClock < loadEnd ? (long) poissonClock : -1;
    }

    private double gap() {
        return Exponential.draw(random) * 1000.0 / load.rps();
    }

    @Override
    void receiveResponse(Hop response) {
        Exchange exchange = response.exchange;
        exchange.completedAt = run.loop.now();
        run.completed(exchange, this);
    }
}
