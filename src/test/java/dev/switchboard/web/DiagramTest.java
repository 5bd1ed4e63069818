package dev.switchboard.web;

import dev.switchboard.sim.Design;
import dev.switchboard.sim.DesignReader;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiagramTest {

    private static final Design DESIGN = DesignReader.read("""
            {"version": 1, "nodes": [
              {"id": "c", "type": "client", "name": "Client", "x": 100, "y": 100,
               "requests": [{"method": "GET", "path": "/a"}]},
              {"id": "g", "type": "gateway", "name": "Gateway", "x": 400, "y": 100},
              {"id": "s", "type": "server", "name": "Server", "pool": "P"}],
             "links": [{"from": "c", "to": "g"}, {"from": "g", "to": "s"}]}
            """);

    @Test
    void aLinkStopsOutsideBothCardsSoItsArrowheadShows() {
        Diagram.Line line = Diagram.of(DESIGN).lines().get(0);

        assertEquals(100 + Diagram.CARD_WIDTH / 2.0 + 4, line.x1(), 0.001);
        assertEquals(400 - Diagram.CARD_WIDTH / 2.0 - 4, line.x2(), 0.001);
        assertEquals(100, line.y1(), 0.001);
    }

    @Test
    void aNodeWithoutAPositionIsPlacedInTheColumnOfItsType() {
        Diagram.Card server = Diagram.of(DESIGN).cards().get(2);

        assertEquals(80 + 2 * 230, server.x(), 0.001);
        assertEquals("P", server.detail());
        assertEquals("SERVER", server.typeLabel());
    }

    @Test
    void thePortraitDrawingSwapsTheAxesAndSpreadsRowsSoCardsDoNotOverlap() {
        Diagram.Card gateway = Diagram.portraitOf(DESIGN).cards().get(1);

        assertEquals(180, gateway.x(), 0.001);
        assertEquals(400, gateway.y(), 0.001);
        assertTrue(100 * 1.8 >= Diagram.CARD_WIDTH, "rows 100 apart become columns wider than a card");
    }

    @Test
    void aLongNameIsCutWithAnEllipsisOnTheCard() {
        Diagram.Card card = new Diagram.Card("s", "server", "SERVER", "A very long server name indeed", "", 0, 0);

        assertEquals("A very long serv…", card.shortName());
    }

    @Test
    void theViewBoxHoldsEveryCardWithAMargin() {
        Diagram diagram = Diagram.of(DESIGN);

        for (Diagram.Card card : diagram.cards()) {
            assertTrue(card.left() >= diagram.minX());
            assertTrue(card.left() + Diagram.CARD_WIDTH <= diagram.minX() + diagram.width());
            assertTrue(card.top() + Diagram.CARD_HEIGHT <= diagram.minY() + diagram.height());
        }
    }
}
