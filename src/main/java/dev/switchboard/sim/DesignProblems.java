package dev.switchboard.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * Answers "can this valid document run?". Kept apart from format validation because a sandbox may save an
 * unfinished design; the messages speak to a learner and use node names. A loop between load balancers is not
 * a problem here: it runs, and the request that goes round it ends as 508, which is worth seeing.
 */
public final class DesignProblems {

    private DesignProblems() {
    }

    public static List<FieldError> find(Design design) {
        List<FieldError> problems = new ArrayList<>();
        for (int i = 0; i < design.nodes().size(); i++) {
            checkClientLinks(design, i, problems);
        }
        for (int i = 0; i < design.links().size(); i++) {
            checkLinkDirection(design, i, problems);
        }
        if (design.nodes().stream().noneMatch(DesignProblems::sendsRequests)) {
            problems.add(new FieldError("nodes", "No client sends a request"));
        }
        return List.copyOf(problems);
    }

    private static void checkClientLinks(Design design, int index, List<FieldError> problems) {
        Node node = design.nodes().get(index);
        if (!sendsRequests(node)) {
            return;
        }
        long outgoing = design.links().stream().filter(link -> link.from().equals(node.id())).count();
        if (outgoing == 0) {
            problems.add(new FieldError("nodes[" + index + "]", node.name()
                    + " has no outgoing link; a client sends its requests over exactly one link"));
        } else if (outgoing > 1) {
            problems.add(new FieldError("nodes[" + index + "]", node.name() + " has " + outgoing
                    + " outgoing links; a client sends over exactly one"));
        }
    }

    private static void checkLinkDirection(Design design, int index, List<FieldError> problems) {
        Link link = design.links().get(index);
        Node from = design.node(link.from()).orElse(null);
        Node to = design.node(link.to()).orElse(null);
        if (from == null || to == null) {
            return;
        }
        String field = "links[" + index + "]";
        if (to.typeIs(Node.CLIENT)) {
            problems.add(new FieldError(field, "The link from " + from.name() + " into " + to.name()
                    + " goes nowhere useful: a client only sends requests, nothing sends requests to it"));
        }
        if (from.typeIs(Node.SERVER)) {
            problems.add(new FieldError(field, "The link from " + from.name() + " to " + to.name()
                    + " is never used: servers only answer in this version, they do not send requests on"));
        }
        if (from.typeIs(Node.LOAD_BALANCER) && to.typeIs(Node.GATEWAY)) {
            problems.add(new FieldError(field, "The link from " + from.name() + " to " + to.name()
                    + " is never used: a load balancer spreads requests over servers and other load balancers"));
        }
    }

    private static boolean sendsRequests(Node node) {
        return node.typeIs(Node.CLIENT) && (!node.requestsOrEmpty().isEmpty() || node.load() != null);
    }
}
