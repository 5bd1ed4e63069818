package dev.switchboard.sim;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The design document, version 1 (DESIGN.md section 3): the one format for a lesson's architecture, a sandbox,
 * an export and a share. Build one with {@link DesignReader}, which validates; Jackson writes it back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"version", "name", "nodes", "links"})
public record Design(int version, String name, List<Node> nodes, List<Link> links) {

    public static final int VERSION = 1;

    public Design {
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
        links = links == null ? List.of() : List.copyOf(links);
    }

    public Optional<Node> node(String id) {
        return nodes.stream().filter(node -> node.id().equals(id)).findFirst();
    }

    /** The targets of the links leaving {@code id}, in the order the links are written. */
    public List<Node> linkedFrom(String id) {
        return links.stream()
                .filter(link -> link.from().equals(id))
                .map(link -> node(link.to()).orElse(null))
                .filter(Objects::nonNull)
                .toList();
    }
}
