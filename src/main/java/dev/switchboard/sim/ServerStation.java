package dev.switchboard.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * A server answers 200 for paths under one of its handled prefixes and 405 for any other path. The 405 is this
 * simulator's rule, the one the API gateway lesson teaches; real frameworks often answer 404.
 */
final class ServerStation extends Station {

    private static final String OWN_RULE = " (this simulator's rule: a server answers 405 to paths it does not"
            + " handle; real frameworks often answer 404)";

    private final List<Handled> handled = new ArrayList<>();
    private final String handlesEverything;

    /** A handled prefix with its note written once, since the same note is sent for every matching request. */
    private record Handled(String prefix, String note) {
    }

    ServerStation(Node node, Run run) {
        super(node, run);
        for (String prefix : node.handlesOrEmpty()) {
            handled.add(new Handled(prefix, name() + " handles " + prefix + ": 200"));
        }
        handlesEverything = name() + " handles every path: 200";
    }

    @Override
    void receiveRequest(Hop request) {
        NormalizedPath path = PathNormalizer.normalize(request.path);
        if (!path.ok()) {
            answer(request, 400, name() + " cannot read the path: " + path.rejection() + ": 400", null);
            return;
        }

        if (handled.isEmpty()) {
            answer(request, 200, handlesEverything, null);
            return;
        }
        Handled match = longestHandled(path.path());
        if (match != null) {
            answer(request, 200, match.note(), null);
        } else {
            answer(request, 405, name() + " does not handle " + path.path() + ": 405" + OWN_RULE, null);
        }
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
