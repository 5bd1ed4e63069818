package dev.switchboard.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Picks a member for each request, with one of the strategies of {@link Balancing}; used by a gateway for each
 * pool and by each load balancer node. Down members are skipped by every strategy. State (the round-robin cursor,
 * the smooth weights, the active counts) belongs to this balancer alone.
 *
 * <ul>
 * <li>round robin: members take turns in link order starting at the first; a down member's turn passes on;</li>
 * <li>weighted: smooth weighted round robin as nginx does it (weights 5, 1, 1 give a a b a c a a);</li>
 * <li>least connections: fewest active requests per weight, ties to the earlier member;</li>
 * <li>random: by weight, from the balancer's own stream of the run's seed;</li>
 * <li>hash: rendezvous hashing of the client's id with each member's id, by weight, so the same client lands on
 * the same member while it is healthy, and only its clients move when it goes down.</li>
 * </ul>
 */
final class Balancer {

    final String name;
    final String strategy;
    private final Station[] members;
    private final long[] weights;
    private final int[] active;
    private final long[] current;
    private final long[] memberHashes;
    private final SplittableRandom random;
    private final long[] capacities;
    private final boolean holding;
    /** The strategy resolved once: a pick happens for every request, so it should not compare strings. */
    private final Pick pickBy;
    private int next;

    private enum Pick {
        ROUND_ROBIN, WEIGHTED, LEAST_CONNECTIONS, RANDOM, HASH;

        static Pick of(String strategy) {
            return switch (strategy) {
                case Balancing.WEIGHTED -> WEIGHTED;
                case Balancing.LEAST_CONNECTIONS -> LEAST_CONNECTIONS;
                case Balancing.RANDOM -> RANDOM;
                case Balancing.HASH -> HASH;
                default -> ROUND_ROBIN;
            };
        }
    }

    /**
     * With {@code holding}, a member that is a server with a capacity is only eligible while this balancer has
     * fewer requests in flight there than its capacity; the caller holds the request otherwise.
     */
    Balancer(String name, String strategy, List<Station> members, SplittableRandom random, boolean holding) {
        this.name = name;
        this.strategy = strategy;
        this.pickBy = Pick.of(strategy);
        this.members = members.toArray(new Station[0]);
        this.weights = new long[this.members.length];
        this.active = new int[this.members.length];
        this.current = new long[this.members.length];
        this.memberHashes = new long[this.members.length];
        for (int i = 0; i < this.members.length; i++) {
            weights[i] = this.members[i].weight;
            memberHashes[i] = Hashing.of(this.members[i].node.id());
        }
        this.random = random;
        this.holding = holding;
        this.capacities = new long[this.members.length];
        for (int i = 0; i < this.members.length; i++) {
            capacities[i] = this.members[i] instanceof ServerStation server ? server.capacity : Long.MAX_VALUE;
        }
    }

    private boolean eligible(int member) {
        return members[member].healthy() && (!holding || active[member] < capacities[member]);
    }

    /** Whether a pick now would find a member: healthy and, when holding, with a free slot. */
    boolean hasRoom() {
        for (int i = 0; i < members.length; i++) {
            if (eligible(i)) {
                return true;
            }
        }
        return false;
    }

    boolean isEmpty() {
        return members.length == 0;
    }

    int size() {
        return members.length;
    }

    Station member(int index) {
        return members[index];
    }

    boolean anyHealthy() {
        for (Station member : members) {
            if (member.healthy()) {
                return true;
            }
        }
        return false;
    }

    /** Index of the member chosen for this request, counted as active there; -1 when no member is healthy. */
    int pick(Exchange exchange) {
        int chosen = switch (pickBy) {
            case WEIGHTED -> smoothWeighted();
            case LEAST_CONNECTIONS -> leastConnections();
            case RANDOM -> randomByWeight();
            case HASH -> rendezvous(exchange.client.hash);
            case ROUND_ROBIN -> roundRobin();
        };
        if (chosen >= 0) {
            active[chosen]++;
        }
        return chosen;
    }

    /** The member's response came back (or its gateway gave up waiting): it has one request fewer in flight. */
    void finished(Station member) {
        for (int i = 0; i < members.length; i++) {
            if (members[i] == member) {
                active[i]--;
                return;
            }
        }
    }

    private int roundRobin() {
        for (int tried = 0; tried < members.length; tried++) {
            int candidate = (next + tried) % members.length;
            if (eligible(candidate)) {
                next = (candidate + 1) % members.length;
                return candidate;
            }
        }
        return -1;
    }

    private int smoothWeighted() {
        long total = 0;
        int best = -1;
        for (int i = 0; i < members.length; i++) {
            if (!eligible(i)) {
                continue;
            }
            current[i] += weights[i];
            total += weights[i];
            if (best < 0 || current[i] > current[best]) {
                best = i;
            }
        }
        if (best >= 0) {
            current[best] -= total;
        }
        return best;
    }

    private int leastConnections() {
        int best = -1;
        for (int i = 0; i < members.length; i++) {
            if (eligible(i) && (best < 0 || (long) active[i] * weights[best] < (long) active[best] * weights[i])) {
                best = i;
            }
        }
        return best;
    }

    private int randomByWeight() {
        long total = 0;
        for (int i = 0; i < members.length; i++) {
            if (eligible(i)) {
                total += weights[i];
            }
        }
        if (total == 0) {
            return -1;
        }
        long draw = random.nextLong(total);
        for (int i = 0; i < members.length; i++) {
            if (eligible(i)) {
                draw -= weights[i];
                if (draw < 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    private int rendezvous(long clientHash) {
        int best = -1;
        double bestScore = 0;
        for (int i = 0; i < members.length; i++) {
            if (!eligible(i)) {
                continue;
            }
            double score = score(clientHash, i);
            if (best < 0 || score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    /** Weighted rendezvous score: -weight / ln(u), u uniform in (0, 1) from the two hashes. */
    private double score(long clientHash, int member) {
        long mixed = Hashing.mix(clientHash ^ Long.rotateLeft(memberHashes[member], 17));
        double unit = ((mixed >>> 11) + 0.5) / (1L << 53);
        return -weights[member] / StrictMath.log(unit);
    }

    /** The members as the trace shows them, at this moment. */
    List<Trace.PoolMember> members() {
        List<Trace.PoolMember> list = new ArrayList<>();
        for (int i = 0; i < members.length; i++) {
            list.add(new Trace.PoolMember(members[i].node.id(), members[i].name(), members[i].healthy(), weights[i],
                    active[i]));
        }
        return list;
    }

    /** A short reason for a note, e.g. " (2 of 3)" for round robin; call it after the pick. */
    String noteDetail(int chosen) {
        return switch (strategy) {
            case Balancing.WEIGHTED -> " (weight " + weights[chosen] + ")";
            case Balancing.LEAST_CONNECTIONS -> " (" + (active[chosen] - 1) + " active before this one)";
            case Balancing.RANDOM, Balancing.HASH -> "";
            default -> " (" + (chosen + 1) + " of " + members.length + ")";
        } + downNote();
    }

    private String downNote() {
        List<String> downs = new ArrayList<>();
        for (Station member : members) {
            if (!member.healthy()) {
                downs.add(member.name());
            }
        }
        return downs.isEmpty() ? "" : "; skipped as down: " + String.join(", ", downs);
    }

    /**
     * The reason for a pick in words, for the trace; call it after the pick. {@code before} holds the members'
     * state before the pick (their active counts and, for weighted, their current weights).
     */
    String why(int chosen, Exchange exchange, long[] before) {
        String picked = members[chosen].name();
        return switch (strategy) {
            case Balancing.WEIGHTED -> "smooth weighted round robin: each healthy member's current weight grows by"
                    + " its weight, " + picked + " has the highest (" + (before[chosen] + weights[chosen])
                    + ") and gives back the total weight of the healthy members";
            case Balancing.LEAST_CONNECTIONS -> "least connections: " + picked + " has the fewest active requests"
                    + " per weight (" + (active[chosen] - 1) + " / " + weights[chosen] + "), ties go to the"
                    + " earlier member";
            case Balancing.RANDOM -> "random by weight from the run's seed: " + picked + " drawn (weight "
                    + weights[chosen] + ")";
            case Balancing.HASH -> "hash of client " + exchange.client.node.id() + ": " + picked
                    + " scores highest among the healthy members, so this client always lands there while it is up";
            default -> "round robin: " + picked + "'s turn (" + (chosen + 1) + " of " + members.length + ")"
                    + (members.length > 1 && skipped(before, chosen) ? ", the members before it being down" : "");
        };
    }

    /** For the trace: the state the reason needs, taken just before the pick. */
    long[] before() {
        return strategy.equals(Balancing.WEIGHTED) ? current.clone() : new long[] {next};
    }

    private boolean skipped(long[] before, int chosen) {
        return before.length == 1 && before[0] != chosen;
    }
}
