package dev.switchboard.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrameJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void givenARequestFrame_whenWritten_thenStatusIsAnExplicitNullAndHeadersAreLeftOut() throws Exception {
        Frame frame = new Frame(1, 0, 10, "r1", "request", "client", "gateway", "GET", "/a", null, "n", null);

        JsonNode json = JSON.readTree(JSON.writeValueAsString(frame));

        assertTrue(json.has("status") && json.get("status").isNull());
        assertFalse(json.has("headers"));
        assertEquals(List.of("seq", "time", "duration", "requestId", "kind", "from", "to", "method", "path",
                "status", "note"), fieldNames(json));
    }

    @Test
    void givenAResponseWithHeaders_whenWritten_thenTheHeadersAreIncluded() throws Exception {
        Frame frame = new Frame(2, 15, 10, "r1", "response", "gateway", "client", "POST", "/a", 405, "n",
                Map.of("Allow", "GET, HEAD"));

        JsonNode json = JSON.readTree(JSON.writeValueAsString(frame));

        assertEquals(405, json.get("status").asInt());
        assertEquals("GET, HEAD", json.get("headers").get("Allow").asText());
    }

    @Test
    void givenAValidDocument_whenReadAndWrittenBack_thenTheJsonIsTheSame() throws Exception {
        JsonNode original = JSON.readTree(Designs.LESSON);

        JsonNode written = JSON.readTree(JSON.writeValueAsString(DesignReader.read(original)));

        assertEquals(original, written);
    }

    private static List<String> fieldNames(JsonNode json) {
        List<String> names = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
