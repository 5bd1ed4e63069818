package dev.switchboard.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/** Every case of cases/gateway-routing.json, each as its own named test, checked with exactly its values. */
class GatewayRoutingCasesTest {

    private static final JsonNode CASES = load("/cases/gateway-routing.json");

    @TestFactory
    Stream<DynamicTest> givenEachRoutingCase_whenSimulated_thenEveryRequestEndsAsExpected() {
        return stream(CASES.get("cases"))
                .map(entry -> dynamicTest(entry.get("id").asText() + " (" + entry.get("source").asText() + ")",
                        () -> checkCase(entry)));
    }

    @TestFactory
    Stream<DynamicTest> givenEachBadDocument_whenRead_thenAnErrorNamesTheExpectedField() {
        return stream(CASES.get("badDocuments"))
                .map(entry -> dynamicTest(entry.get("id").asText(), () -> checkBadDocument(entry)));
    }

    @TestFactory
    Stream<DynamicTest> givenEachRoutingCase_whenCheckedForProblems_thenItCanRun() {
        return stream(CASES.get("cases"))
                .map(entry -> dynamicTest(entry.get("id").asText(),
                        () -> assertEquals(List.of(), DesignProblems.find(DesignReader.read(entry.get("design"))))));
    }

    private static void checkCase(JsonNode entry) {
        Design design = DesignReader.read(entry.get("design"));

        List<RequestOutcome> outcomes = Simulator.run(design, 42).summary().outcomes();

        JsonNode expected = entry.get("expect");
        assertEquals(expected.size(), outcomes.size(), "number of requests");
        for (int i = 0; i < expected.size(); i++) {
            JsonNode want = expected.get(i);
            RequestOutcome got = outcomes.get(i);
            String which = "request " + (i + 1) + " " + got.method() + " " + got.path();
            assertEquals(want.get("status").asInt(), got.status(), which + ": status");
            assertEquals(want.get("answeredBy").asText(), got.answeredBy(), which + ": answeredBy");
            assertEquals(want.get("frames").asInt(), got.frames(), which + ": frames");
        }
    }

    private static void checkBadDocument(JsonNode entry) {
        assertEquals(400, entry.get("status").asInt(), "this test knows 400-class documents only");
        String fieldContains = entry.get("fieldContains").asText();

        InvalidDesignException invalid = assertThrows(InvalidDesignException.class,
                () -> DesignReader.read(entry.get("design")));

        assertTrue(invalid.errors().stream().anyMatch(error -> error.field().contains(fieldContains)),
                () -> "no error field contains '" + fieldContains + "': " + invalid.errors());
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> entries = new ArrayList<>();
        array.forEach(entries::add);
        return entries.stream();
    }

    private static JsonNode load(String resource) {
        try (InputStream in = GatewayRoutingCasesTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                fail("missing test resource " + resource);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
