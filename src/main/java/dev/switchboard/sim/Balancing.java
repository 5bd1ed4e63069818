package dev.switchboard.sim;

import java.util.List;

/** The names of the balancing strategies, shared by gateway pools and load balancer nodes. */
public final class Balancing {

    public static final String ROUND_ROBIN = "round-robin";
    public static final String WEIGHTED = "weighted";
    public static final String LEAST_CONNECTIONS = "least-connections";
    public static final String RANDOM = "random";
    public static final String HASH = "hash";

    public static final List<String> STRATEGIES = List.of(ROUND_ROBIN, WEIGHTED, LEAST_CONNECTIONS, RANDOM, HASH);

    private Balancing() {
    }

    /** The strategy in words, as notes and traces say it. */
    static String words(String strategy) {
        return switch (strategy) {
            case WEIGHTED -> "weighted round robin";
            case LEAST_CONNECTIONS -> "least connections";
            case RANDOM -> "random";
            case HASH -> "hash";
            default -> "round robin";
        };
    }
}
