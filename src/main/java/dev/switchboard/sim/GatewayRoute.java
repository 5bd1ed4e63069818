package dev.switchboard.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A route ready for routing: its method rule with the Allow header written once, and its pool of servers with
 * a round-robin cursor. The pool is shared by every route of the gateway that names it, so round robin runs per
 * (gateway, pool) as the semantics ask.
 */
final class GatewayRoute {

    final Route route;
    final int length;
    final Pool pool;
    final Map<String, String> allowHeader;
    final String allowed;
    final String matchNote;

    GatewayRoute(Route route, Pool pool) {
        this.route = route;
        this.length = PrefixMatch.significantLength(route.prefix());
        this.pool = pool;
        this.allowed = route.methods() == null ? null : String.join(", ", allowList(route.methods()));
        this.allowHeader = allowed == null ? null : Map.of("Allow", allowed);
        this.matchNote = "Longest matching prefix " + route.prefix() + " → " + route.pool();
    }

    boolean matches(String path) {
        return PrefixMatch.matches(route.prefix(), path);
    }

    boolean allows(String method) {
        if (route.methods() == null) {
            return true;
        }
        return route.methods().contains(method) || ("HEAD".equals(method) && route.methods().contains("GET"));
    }

    /** The route's methods in its own order, with HEAD right after GET because HEAD is allowed wherever GET is. */
    private static List<String> allowList(List<String> methods) {
        List<String> allow = new ArrayList<>();
        for (String method : methods) {
            if (!allow.contains(method)) {
                allow.add(method);
            }
            if (method.equals("GET") && !methods.contains("HEAD")) {
                allow.add("HEAD");
            }
        }
        return allow;
    }

    /** The servers of one pool linked from one gateway, in links order, taken in turn starting at the first. */
    static final class Pool {

        final String name;
        private final List<ServerStation> servers;
        private final String[] pickNotes;
        private int next;

        Pool(String name, List<ServerStation> servers) {
            this.name = name;
            this.servers = List.copyOf(servers);
            this.pickNotes = new String[servers.size()];
            for (int i = 0; i < pickNotes.length; i++) {
                pickNotes[i] = "; round robin picks " + servers.get(i).name() + " (" + (i + 1) + " of "
                        + servers.size() + ")";
            }
        }

        boolean isEmpty() {
            return servers.isEmpty();
        }

        /** Index of the server whose turn it is; advances the cursor. */
        int pick() {
            int chosen = next;
            next = (next + 1) % servers.size();
            return chosen;
        }

        ServerStation server(int index) {
            return servers.get(index);
        }

        String pickNote(int index) {
            return pickNotes[index];
        }
    }
}
