package dev.switchboard.web;

import dev.switchboard.sim.Design;
import dev.switchboard.sim.Link;
import dev.switchboard.sim.Node;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The architecture drawing of a design, laid out for SVG: a card per node, a line per link that stops at the card
 * edges so its arrowhead stays visible. Nodes without a position are placed in columns by type.
 */
public record Diagram(int minX, int minY, int width, int height, List<Card> cards, List<Line> lines) {

    public static final int CARD_WIDTH = 156;
    public static final int CARD_HEIGHT = 68;
    private static final int MARGIN = 36;
    private static final int BADGE_ROOM = 30;
    /**
     * Turned a quarter, rows that sat 100 apart would overlap side by side (cards are 156 wide), so the new
     * horizontal distances are stretched.
     */
    private static final double PORTRAIT_SPREAD = 1.8;
    private static final int NAME_ROOM = 17;

    /** A node's card; x and y are its centre. */
    public record Card(String id, String type, String typeLabel, String name, String detail, double x, double y) {

        /** The name as it fits on the card. */
        public String shortName() {
            return shorten(name, NAME_ROOM);
        }

        public double left() {
            return x - CARD_WIDTH / 2.0;
        }

        public double top() {
            return y - CARD_HEIGHT / 2.0;
        }
    }

    /** A link from one card's edge to another's. */
    public record Line(String from, String to, double x1, double y1, double x2, double y2) {
    }

    /** The drawing as the design lays it out: requests flow left to right. */
    public static Diagram of(Design design) {
        return laidOut(design, false);
    }

    /**
     * The same drawing turned a quarter: requests flow top to bottom, which keeps cards readable on a narrow phone
     * screen where the wide drawing would shrink its text below legibility.
     */
    public static Diagram portraitOf(Design design) {
        return laidOut(design, true);
    }

    private static Diagram laidOut(Design design, boolean portrait) {
        Map<String, Card> cards = new HashMap<>();
        List<Node> nodes = design.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            double[] centre = position(node, i, nodes);
            cards.put(node.id(), card(node, portrait ? new double[] {centre[1] * PORTRAIT_SPREAD, centre[0]} : centre));
        }
        List<Card> ordered = nodes.stream().map(node -> cards.get(node.id())).toList();
        List<Line> lines = design.links().stream().map(link -> line(link, cards)).toList();
        return framed(ordered, lines);
    }

    private static Card card(Node node, double[] centre) {
        String detail = "server".equals(node.type()) && node.pool() != null ? node.pool() : "";
        return new Card(node.id(), node.type(), typeLabel(node.type()), node.name(), shorten(detail, NAME_ROOM + 3),
                centre[0], centre[1]);
    }

    /** A name too long for its card is cut with an ellipsis; the card's tooltip keeps it whole. */
    static String shorten(String text, int room) {
        return text.length() <= room ? text : text.substring(0, room - 1) + "…";
    }

    private static String typeLabel(String type) {
        return switch (type) {
            case "gateway" -> "API GATEWAY";
            case "loadbalancer" -> "LOAD BALANCER";
            default -> type.toUpperCase(Locale.ROOT);
        };
    }

    /** The node's own position, or a column by type and a row by its rank among the nodes of that column. */
    private static double[] position(Node node, int index, List<Node> nodes) {
        if (node.x() != null && node.y() != null) {
            return new double[] {node.x(), node.y()};
        }
        int column = column(node);
        long row = nodes.subList(0, index).stream().filter(other -> column(other) == column).count();
        return new double[] {80 + column * 230, 90 + row * 110};
    }

    /** Requests flow left to right: clients, then what routes or balances them, then servers. */
    private static int column(Node node) {
        return switch (node.type()) {
            case "client" -> 0;
            case "gateway", "loadbalancer" -> 1;
            default -> 2;
        };
    }

    private static Line line(Link link, Map<String, Card> cards) {
        Card from = cards.get(link.from());
        Card to = cards.get(link.to());
        double[] start = edgePoint(from, to.x(), to.y());
        double[] end = edgePoint(to, from.x(), from.y());
        return new Line(link.from(), link.to(), start[0], start[1], end[0], end[1]);
    }

    /** Where the segment from the card's centre towards (tx, ty) leaves the card's rectangle. */
    private static double[] edgePoint(Card card, double tx, double ty) {
        double dx = tx - card.x();
        double dy = ty - card.y();
        if (dx == 0 && dy == 0) {
            return new double[] {card.x(), card.y()};
        }
        double scaleX = dx == 0 ? Double.MAX_VALUE : (CARD_WIDTH / 2.0 + 4) / Math.abs(dx);
        double scaleY = dy == 0 ? Double.MAX_VALUE : (CARD_HEIGHT / 2.0 + 4) / Math.abs(dy);
        double scale = Math.min(scaleX, scaleY);
        return new double[] {card.x() + dx * scale, card.y() + dy * scale};
    }

    private static Diagram framed(List<Card> cards, List<Line> lines) {
        double minX = cards.stream().mapToDouble(Card::left).min().orElse(0) - MARGIN;
        double minY = cards.stream().mapToDouble(Card::top).min().orElse(0) - MARGIN;
        double maxX = cards.stream().mapToDouble(card -> card.left() + CARD_WIDTH).max().orElse(0) + MARGIN;
        double maxY = cards.stream().mapToDouble(card -> card.top() + CARD_HEIGHT).max().orElse(0) + MARGIN
                + BADGE_ROOM;
        return new Diagram((int) Math.floor(minX), (int) Math.floor(minY),
                (int) Math.ceil(maxX - minX), (int) Math.ceil(maxY - minY), cards, lines);
    }

    public String viewBox() {
        return minX + " " + minY + " " + width + " " + height;
    }
}
