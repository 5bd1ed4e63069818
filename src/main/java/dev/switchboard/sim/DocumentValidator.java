package dev.switchboard.sim;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks one design document against DESIGN.md section 3 and builds the records; one instance per document. */
final class DocumentValidator {

    static final int MAX_NODES = 100;
    static final int MAX_LINKS = 300;
    static final int MAX_REQUESTS = 1000;
    static final int MAX_DESIGN_NAME = 120;
    static final String DEFAULT_NAME = "Untitled design";

    private static final Set<String> DESIGN_FIELDS = Set.of("version", "name", "nodes", "links");
    private static final Set<String> LINK_FIELDS = Set.of("from", "to", "latencyMs");

    private final Fields fields = new Fields();
    private final NodeValidator nodes = new NodeValidator(fields);

    Design validate(JsonNode document) {
        if (document == null || document.isMissingNode() || document.isNull()) {
            throw new InvalidDesignException(List.of(new FieldError("body",
                    "The body is empty; expected a JSON object")));
        }
        if (!document.isObject()) {
            throw new InvalidDesignException(List.of(new FieldError("body",
                    "The body must be a JSON object, not " + Fields.describe(document))));
        }

        fields.rejectUnknown(document, "", DESIGN_FIELDS);
        checkVersion(document);
        String name = readName(document);
        List<Node> readNodes = readNodes(document);
        List<Link> links = readLinks(document);

        if (fields.hasErrors()) {
            throw new InvalidDesignException(fields.errors());
        }
        return new Design(Design.VERSION, name, readNodes, links);
    }

    private void checkVersion(JsonNode document) {
        JsonNode version = document.get("version");
        if (version == null || version.isNull()) {
            fields.error("version", "version is required and must be 1");
        } else if (!version.isIntegralNumber() || version.asLong() != Design.VERSION) {
            fields.error("version", "version must be 1, got " + Fields.show(version));
        }
    }

    private String readName(JsonNode document) {
        String name = fields.optionalText(document, "", "name", MAX_DESIGN_NAME);
        return name == null ? DEFAULT_NAME : name;
    }

    private List<Node> readNodes(JsonNode document) {
        JsonNode array = document.get("nodes");
        if (array == null || array.isNull()) {
            fields.error("nodes", "nodes is required: a list of up to " + MAX_NODES + " nodes");
            return List.of();
        }
        if (!fields.expectArray(array, "nodes")) {
            return List.of();
        }
        // An empty list is a valid document (a blank sandbox canvas); DesignProblems says it cannot run.
        if (array.size() > MAX_NODES) {
            fields.error("nodes", "A design has at most " + MAX_NODES + " nodes, got " + array.size());
        }
        return nodes.readAll(array);
    }

    private List<Link> readLinks(JsonNode document) {
        JsonNode array = document.get("links");
        if (array == null || array.isNull() || !fields.expectArray(array, "links")) {
            return List.of();
        }
        if (array.size() > MAX_LINKS) {
            fields.error("links", "A design may have at most " + MAX_LINKS + " links, got " + array.size());
        }
        List<Link> links = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
            Link link = readLink(array.get(i), "links[" + i + "]", seen, i);
            if (link != null) {
                links.add(link);
            }
        }
        return links;
    }

    private Link readLink(JsonNode link, String path, Map<String, Integer> seen, int index) {
        if (!fields.expectObject(link, path)) {
            return null;
        }
        fields.rejectUnknown(link, path, LINK_FIELDS);
        String from = linkEnd(link, path, "from");
        String to = linkEnd(link, path, "to");
        if (from == null || to == null) {
            return null;
        }

        if (from.equals(to)) {
            fields.error(path, "A link cannot go from a node to itself ('" + from + "')");
        }
        Integer earlier = seen.putIfAbsent(from + "\u0000" + to, index);
        if (earlier != null) {
            fields.error(path, "Duplicate link from '" + from + "' to '" + to + "': links[" + earlier
                    + "] already joins them");
        }
        Long latency = fields.optionalInteger(link, path, "latencyMs", 0, NodeValidator.MAX_MILLIS);
        return new Link(from, to, latency);
    }

    private String linkEnd(JsonNode link, String path, String end) {
        String id = fields.requiredText(link, path, end, Integer.MAX_VALUE);
        if (id != null && !nodes.knownIds().contains(id)) {
            fields.error(path + "." + end, "No node has id '" + id + "'");
        }
        return id;
    }
}
