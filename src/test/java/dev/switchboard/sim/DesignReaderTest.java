package dev.switchboard.sim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class DesignReaderTest {

    private static final String CLIENT = """
            {"id": "client", "type": "client", "name": "Client", "requests": [{"method": "GET", "path": "/a"}]}""";
    private static final String GATEWAY = """
            {"id": "gateway", "type": "gateway", "name": "Gateway", "routes": [{"prefix": "/", "pool": "P"}]}""";
    private static final String SERVER = """
            {"id": "server", "type": "server", "name": "Server", "pool": "P"}""";

    // --- a valid document

    @Test
    void givenTheLessonDocument_whenRead_thenEveryFieldIsKept() {
        Design design = DesignReader.read(Designs.LESSON);

        assertEquals("Posts and users behind a gateway", design.name());
        assertEquals(4, design.nodes().size());
        assertEquals(new RequestSpec("GET", "/api/v1/users/profile"), design.nodes().get(0).requests().get(1));
        assertEquals(new Route("/api/v1/posts", "POST_SERVICE", null), design.nodes().get(1).routes().get(0));
        assertEquals(List.of("/api/v1/users"), design.node("users").orElseThrow().handles());
        assertEquals(List.of("posts", "users"), design.linkedFrom("gateway").stream().map(Node::id).toList());
    }

    @Test
    void givenADocumentWithoutNameOrLinks_whenRead_thenTheDefaultsApply() {
        Design design = DesignReader.read("{\"version\": 1, \"nodes\": [" + SERVER + "]}");

        assertEquals("Untitled design", design.name());
        assertEquals(List.of(), design.links());
    }

    @Test
    void givenOptionalNodeSettings_whenRead_thenTheyAreKeptAndAbsentOnesStayNull() {
        Design design = read(node("\"x\": 1.5, \"y\": -2, \"latencyMs\": 0, \"intervalMs\": 60000, "
                + "\"requests\": []"));

        Node client = design.nodes().get(0);
        assertEquals(1.5, client.x());
        assertEquals(-2.0, client.y());
        assertEquals(0L, client.latencyMs());
        assertEquals(60000L, client.intervalMs());
        assertNull(client.routes());
    }

    // --- bodies that are not a design document at all

    @ParameterizedTest(name = "body: {0}")
    @ValueSource(strings = {"", "   ", "{", "not json", "{\"version\": 1,}", "[1, 2", "{\"a\": 1, \"a\": 2}",
            "{\"version\": 1, \"nodes\": []} trailing", "{\"version\": 1, \"nodes\": []}{\"version\": 1}"})
    void givenABodyThatIsNotJson_whenRead_thenOneErrorOnTheWholeBodySaysWhy(String body) {
        List<FieldError> errors = errorsOf(body);

        assertEquals(1, errors.size(), errors::toString);
        assertEquals("body", errors.get(0).field());
        assertTrue(errors.get(0).message().startsWith("The body is"), errors.get(0).message());
    }

    @ParameterizedTest(name = "body: {0}")
    @ValueSource(strings = {"[]", "[{\"version\": 1}]", "42", "\"design\"", "true", "null"})
    void givenJsonThatIsNotAnObject_whenRead_thenOneErrorSaysAnObjectIsExpected(String body) {
        List<FieldError> errors = errorsOf(body);

        assertEquals(1, errors.size(), errors::toString);
        assertEquals("body", errors.get(0).field());
        assertTrue(errors.get(0).message().contains("JSON object"), errors.get(0).message());
    }

    // --- the top level

    @Test
    void givenAnUnknownTopLevelField_whenRead_thenTheErrorNamesIt() {
        assertError(errorsOf("{\"version\": 1, \"nodes\": [" + SERVER + "], \"foo\": true}"),
                "foo", "unknown field 'foo'");
    }

    @ParameterizedTest(name = "version {0}")
    @ValueSource(strings = {"2", "0", "\"1\"", "1.5", "null", "[1]"})
    void givenAVersionOtherThanOne_whenRead_thenVersionIsAnError(String version) {
        assertError(errorsOf("{\"version\": " + version + ", \"nodes\": [" + SERVER + "]}"), "version", "1");
    }

    @Test
    void givenNoVersion_whenRead_thenVersionIsRequired() {
        assertError(errorsOf("{\"nodes\": [" + SERVER + "]}"), "version", "required");
    }

    @Test
    void givenANameOfTheWrongTypeOrTooLong_whenRead_thenNameIsAnError() {
        assertError(errorsOf("{\"version\": 1, \"name\": 5, \"nodes\": [" + SERVER + "]}"), "name", "string");
        assertError(errorsOf("{\"version\": 1, \"name\": \"" + "n".repeat(121) + "\", \"nodes\": [" + SERVER + "]}"),
                "name", "at most 120");
    }

    @Test
    void givenNodesMissingOrNotAnArray_whenRead_thenNodesIsAnError() {
        assertError(errorsOf("{\"version\": 1}"), "nodes", "required");
        assertError(errorsOf("{\"version\": 1, \"nodes\": {}}"), "nodes", "array");
    }

    @Test
    void givenNoNodes_whenRead_thenTheBlankDesignIsValidButCannotRun() {
        Design blank = DesignReader.read("{\"version\": 1, \"nodes\": []}");

        assertEquals(List.of(), blank.nodes());
        assertEquals("nodes", DesignProblems.find(blank).get(0).field());
    }

    @Test
    void givenMoreThanAHundredNodes_whenRead_thenNodesIsAnError() {
        String nodes = IntStream.range(0, 101)
                .mapToObj(i -> "{\"id\": \"s" + i + "\", \"type\": \"server\", \"name\": \"S\"}")
                .collect(Collectors.joining(","));

        assertError(errorsOf("{\"version\": 1, \"nodes\": [" + nodes + "]}"), "nodes", "got 101");
    }

    @Test
    void givenMoreThanThreeHundredLinks_whenRead_thenLinksIsAnError() {
        String links = IntStream.range(0, 301)
                .mapToObj(i -> "{\"from\": \"client\", \"to\": \"server\"}")
                .collect(Collectors.joining(","));

        assertError(document(CLIENT + "," + SERVER, links), "links", "at most 300");
    }

    // --- nodes

    @ParameterizedTest(name = "id {0}")
    @ValueSource(strings = {"\"\"", "\"has space\"", "\"dot.ted\"", "\"ü\"", "7", "null"})
    void givenAMissingOrMalformedId_whenRead_thenTheIdIsAnError(String id) {
        assertError(errorsOf("{\"version\": 1, \"nodes\": [{\"id\": " + id
                + ", \"type\": \"server\", \"name\": \"S\"}]}"), "nodes[0].id", "");
    }

    @Test
    void givenAnIdLongerThanSixtyFourCharacters_whenRead_thenTheIdIsAnError() {
        assertError(errorsOf("{\"version\": 1, \"nodes\": [{\"id\": \"" + "a".repeat(65)
                + "\", \"type\": \"server\", \"name\": \"S\"}]}"), "nodes[0].id", "1 to 64");
    }

    @Test
    void givenTwoNodesWithTheSameId_whenRead_thenTheLaterOneNamesTheEarlierIndex() {
        List<FieldError> errors = document(CLIENT + "," + SERVER + "," + SERVER, "");

        assertError(errors, "nodes[2].id", "already used by nodes[1]");
    }

    @ParameterizedTest(name = "type {0}")
    @ValueSource(strings = {"\"router\"", "\"Client\"", "3", "null"})
    void givenAnUnknownOrMissingType_whenRead_thenTheTypeIsAnError(String type) {
        assertError(errorsOf("{\"version\": 1, \"nodes\": [{\"id\": \"a\", \"type\": " + type
                + ", \"name\": \"A\"}]}"), "nodes[0].type", "");
    }

    @Test
    void givenANodeNameMissingEmptyOrTooLong_whenRead_thenTheNameIsAnError() {
        assertError(errorsOf("{\"version\": 1, \"nodes\": [{\"id\": \"a\", \"type\": \"server\"}]}"),
                "nodes[0].name", "required");
        assertError(errorsOf("{\"version\": 1, \"nodes\": [{\"id\": \"a\", \"type\": \"server\", \"name\": \"\"}]}"),
                "nodes[0].name", "empty");
        assertError(errorsOf("{\"version\": 1, \"nodes\": [{\"id\": \"a\", \"type\": \"server\", \"name\": \""
                + "n".repeat(81) + "\"}]}"), "nodes[0].name", "at most 80");
    }

    @Test
    void givenLayoutOrLatencyOfTheWrongKind_whenRead_thenEachFieldIsAnError() {
        List<FieldError> errors = errorsOfNode(node("\"x\": \"left\", \"y\": true, \"latencyMs\": 60001"));

        assertError(errors, "nodes[0].x", "number");
        assertError(errors, "nodes[0].y", "number");
        assertError(errors, "nodes[0].latencyMs", "0 to 60000");
    }

    @Test
    void givenACoordinateTooLargeToBeFinite_whenRead_thenItIsAnError() {
        assertError(errorsOfNode(node("\"x\": 1e400")), "nodes[0].x", "finite number");
    }

    @ParameterizedTest(name = "latencyMs {0}")
    @ValueSource(strings = {"-1", "1.5", "\"5\"", "99999999999999999999"})
    void givenALatencyThatIsNotAnIntegerInRange_whenRead_thenItIsAnError(String latency) {
        assertError(errorsOfNode(node("\"latencyMs\": " + latency)), "nodes[0].latencyMs", "");
    }

    @Test
    void givenAnUnknownFieldOnANode_whenRead_thenTheErrorNamesItsPath() {
        assertError(document(CLIENT + ", {\"id\": \"s\", \"type\": \"server\", \"name\": \"S\", \"foo\": 1}", ""),
                "nodes[1].foo", "unknown field 'foo'");
    }

    @Test
    void givenFieldsThatBelongToAnotherType_whenRead_thenEachSaysWhichTypeMayHaveIt() {
        List<FieldError> errors = document("""
                {"id": "c", "type": "client", "name": "C", "routes": [], "pool": "P"},
                {"id": "g", "type": "gateway", "name": "G", "requests": [], "handles": []},
                {"id": "s", "type": "server", "name": "S", "intervalMs": 5}""", "");

        assertError(errors, "nodes[0].routes", "routes is only allowed on gateway nodes");
        assertError(errors, "nodes[0].pool", "pool is only allowed on server nodes");
        assertError(errors, "nodes[1].requests", "requests is only allowed on client nodes");
        assertError(errors, "nodes[1].handles", "handles is only allowed on server nodes");
        assertError(errors, "nodes[2].intervalMs", "intervalMs is only allowed on client nodes");
    }

    // --- clients

    @ParameterizedTest(name = "method {0}")
    @ValueSource(strings = {"\"get\"", "\"FETCH\"", "\"\"", "1", "null"})
    void givenARequestWithABadMethod_whenRead_thenTheMethodIsAnError(String method) {
        assertError(errorsOfNode(node("\"requests\": [{\"method\": " + method + ", \"path\": \"/a\"}]")),
                "nodes[0].requests[0].method", "");
    }

    @ParameterizedTest(name = "path {0}")
    @ValueSource(strings = {"\"api/v1/posts\"", "\"/a b\"", "\"/a\\tb\"", "\"/a\\u0000\"", "\"\"", "5", "null"})
    void givenARequestWithABadPath_whenRead_thenThePathIsAnError(String path) {
        assertError(errorsOfNode(node("\"requests\": [{\"method\": \"GET\", \"path\": " + path + "}]")),
                "nodes[0].requests[0].path", "");
    }

    @Test
    void givenAPathLongerThanTheLimit_whenRead_thenThePathIsAnError() {
        String path = "/" + "a".repeat(2048);

        assertError(errorsOfNode(node("\"requests\": [{\"method\": \"GET\", \"path\": \"" + path + "\"}]")),
                "nodes[0].requests[0].path", "at most 2048");
    }

    @Test
    void givenARequestWithAnUnknownFieldOrNotAnObject_whenRead_thenEachIsAnError() {
        List<FieldError> errors = errorsOfNode(node(
                "\"requests\": [{\"method\": \"GET\", \"path\": \"/a\", \"body\": 1}, \"GET /a\"]"));

        assertError(errors, "nodes[0].requests[0].body", "unknown field 'body'");
        assertError(errors, "nodes[0].requests[1]", "object");
    }

    @ParameterizedTest(name = "intervalMs {0}")
    @ValueSource(strings = {"-1", "60001", "0.5", "\"100\""})
    void givenAnIntervalOutOfRangeOrOfTheWrongType_whenRead_thenItIsAnError(String interval) {
        assertError(errorsOfNode(node("\"intervalMs\": " + interval)), "nodes[0].intervalMs", "");
    }

    @Test
    void givenClientsWithMoreThanAThousandRequestsInTotal_whenRead_thenTheClientThatCrossesTheLimitIsNamed() {
        String requests = IntStream.range(0, 600)
                .mapToObj(i -> "{\"method\": \"GET\", \"path\": \"/a\"}")
                .collect(Collectors.joining(","));
        String client = "{\"id\": \"c%d\", \"type\": \"client\", \"name\": \"C\", \"requests\": [" + requests + "]}";

        List<FieldError> errors = document(client.formatted(0) + "," + client.formatted(1) + "," + client.formatted(2),
                "");

        assertEquals(List.of(new FieldError("nodes[1].requests",
                "Too many requests: 1200 across all clients, the limit is 1000")), errors);
    }

    // --- gateways

    @ParameterizedTest(name = "prefix {0}")
    @ValueSource(strings = {"\"api\"", "\"/api?x=1\"", "\"/api%2Fv1\"", "\"/api%2fv1\"", "\"/a b\"", "\"\"", "1"})
    void givenARouteWithABadPrefix_whenRead_thenThePrefixIsAnError(String prefix) {
        assertError(gatewayWithRoutes("{\"prefix\": " + prefix + ", \"pool\": \"P\"}"),
                "nodes[0].routes[0].prefix", "");
    }

    @ParameterizedTest(name = "pool {0}")
    @ValueSource(strings = {"\"\"", "null", "7"})
    void givenARouteWithoutAUsablePool_whenRead_thenThePoolIsAnError(String pool) {
        assertError(gatewayWithRoutes("{\"prefix\": \"/a\", \"pool\": " + pool + "}"), "nodes[0].routes[0].pool", "");
    }

    @Test
    void givenARoutePoolNameOverTheLimit_whenRead_thenThePoolIsAnError() {
        assertError(gatewayWithRoutes("{\"prefix\": \"/a\", \"pool\": \"" + "P".repeat(65) + "\"}"),
                "nodes[0].routes[0].pool", "at most 64");
    }

    @Test
    void givenRouteMethodsThatAreEmptyUnknownOrRepeated_whenRead_thenEachIsAnError() {
        List<FieldError> errors = gatewayWithRoutes("""
                {"prefix": "/a", "pool": "P", "methods": []},
                {"prefix": "/b", "pool": "P", "methods": ["GET", "BREW"]},
                {"prefix": "/c", "pool": "P", "methods": ["GET", "POST", "GET"]},
                {"prefix": "/d", "pool": "P", "methods": "GET"}""");

        assertError(errors, "nodes[0].routes[0].methods", "at least one");
        assertError(errors, "nodes[0].routes[1].methods[1]", "BREW");
        assertError(errors, "nodes[0].routes[2].methods[2]", "GET is listed twice");
        assertError(errors, "nodes[0].routes[3].methods", "array");
    }

    @Test
    void givenTwoRoutesWithTheSamePrefixUpToATrailingSlash_whenRead_thenTheLaterOneIsAnError() {
        List<FieldError> errors = gatewayWithRoutes("""
                {"prefix": "/api", "pool": "P"}, {"prefix": "/web", "pool": "P"}, {"prefix": "/api/", "pool": "Q"}""");

        assertEquals(1, errors.size(), errors::toString);
        assertError(errors, "nodes[0].routes[2].prefix", "routes[0]");
    }

    @Test
    void givenARouteWithAnUnknownField_whenRead_thenTheErrorNamesIt() {
        assertError(gatewayWithRoutes("{\"prefix\": \"/a\", \"pool\": \"P\", \"weight\": 2}"),
                "nodes[0].routes[0].weight", "unknown field 'weight'");
    }

    // --- servers

    @Test
    void givenAServerWithAnEmptyPoolOrBadHandles_whenRead_thenEachIsAnError() {
        List<FieldError> errors = document("""
                {"id": "s", "type": "server", "name": "S", "pool": "", "handles": ["/ok", "users", 3]}""", "");

        assertError(errors, "nodes[0].pool", "empty");
        assertError(errors, "nodes[0].handles[1]", "start with /");
        assertError(errors, "nodes[0].handles[2]", "string");
    }

    // --- links

    @Test
    void givenALinkToAnUnknownNode_whenRead_thenTheEndIsNamedWithTheId() {
        List<FieldError> errors = document(CLIENT + "," + SERVER,
                "{\"from\": \"client\", \"to\": \"nowhere\"}, {\"from\": \"ghost\", \"to\": \"server\"}");

        assertError(errors, "links[0].to", "'nowhere'");
        assertError(errors, "links[1].from", "'ghost'");
    }

    @Test
    void givenASelfLinkOrADuplicateLink_whenRead_thenEachIsAnError() {
        List<FieldError> errors = document(CLIENT + "," + SERVER, """
                {"from": "client", "to": "server"}, {"from": "server", "to": "server"},
                {"from": "client", "to": "server"}""");

        assertError(errors, "links[1]", "itself");
        assertError(errors, "links[2]", "links[0]");
    }

    @Test
    void givenLinksOfTheWrongShape_whenRead_thenEachIsAnError() {
        List<FieldError> errors = document(CLIENT + "," + SERVER,
                "\"client->server\", {\"from\": \"client\"}, {\"from\": 1, \"to\": \"server\", \"kind\": \"x\"}");

        assertError(errors, "links[0]", "object");
        assertError(errors, "links[1].to", "required");
        assertError(errors, "links[2].from", "string");
        assertError(errors, "links[2].kind", "unknown field 'kind'");
    }

    @Test
    void givenLinksThatAreNotAnArray_whenRead_thenLinksIsAnError() {
        assertError(errorsOf("{\"version\": 1, \"nodes\": [" + SERVER + "], \"links\": {}}"), "links", "array");
    }

    // --- many at once

    @Test
    void givenADocumentWithManyProblems_whenRead_thenEveryProblemIsReported() {
        List<FieldError> errors = errorsOf("""
                {"version": 2, "name": 7, "extra": 1,
                 "nodes": [
                   {"id": "c", "type": "client", "name": "C", "requests": [{"method": "get", "path": "x"}]},
                   {"id": "c", "type": "router", "name": ""},
                   {"id": "g", "type": "gateway", "name": "G", "routes": [{"prefix": "/a%2F", "pool": ""}]}
                 ],
                 "links": [{"from": "c", "to": "zz"}]}""");

        List<String> fields = errors.stream().map(FieldError::field).toList();
        assertEquals(List.of("extra", "version", "name", "nodes[0].requests[0].method", "nodes[0].requests[0].path",
                "nodes[1].type", "nodes[1].id", "nodes[1].name", "nodes[2].routes[0].prefix",
                "nodes[2].routes[0].pool", "links[0].to"), fields);
    }

    @Test
    void givenAnInvalidDocument_whenRead_thenTheExceptionMessageStartsWithTheFirstProblem() {
        InvalidDesignException invalid = assertThrows(InvalidDesignException.class,
                () -> DesignReader.read("{\"version\": 3, \"nodes\": {}}"));

        assertEquals("Invalid design: version: version must be 1, got 3 (and 1 more)", invalid.getMessage());
    }

    @Test
    void givenDeeplyNestedJson_whenRead_thenTheReasonIsPlainWords() {
        String nested = "[".repeat(5000) + "]".repeat(5000);

        FieldError error = errorsOf(nested).get(0);

        assertEquals("body", error.field());
        assertTrue(error.message().contains("nested too deeply"), error.message());
        assertFalse(error.message().contains("StreamReadConstraints"), error.message());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a number of 2000 digits | a number has too many digits",
        "two documents glued together | there is more after the end of the document",
        "NaN | NaN is not a JSON value",
        "Infinity | Infinity is not a JSON value"})
    void givenJsonThatBreaksAParserRule_whenRead_thenTheReasonIsPlainWordsWithoutJacksonsInternals(String input,
                                                                                               String reason) {
        String json = switch (input) {
            case "a number of 2000 digits" -> "{\"version\": 1" + "0".repeat(2000) + ", \"nodes\": []}";
            case "two documents glued together" -> "{\"version\": 1, \"nodes\": []} {\"version\": 1}";
            default -> "{\"version\": " + input + ", \"nodes\": []}";
        };

        FieldError error = errorsOf(json).get(0);

        assertEquals("body", error.field());
        assertTrue(error.message().contains(reason), error.message());
        assertFalse(error.message().contains("`"), error.message());
        assertFalse(error.message().contains("Feature"), error.message());
    }

    @ParameterizedTest(name = "prefix: {0}")
    @ValueSource(strings = {"\"/api//v1/posts\"", "\"/api/v1/%70osts\"", "\"/api/v1/./posts\"",
            "\"/api/v1/x/../posts\"", "\"/api/v1/posts%5C\"", "\"/api/v1/posts//\"", "\"/a/%zz\""})
    void givenAPrefixNotInNormalForm_whenRead_thenItIsAnErrorBecauseNoRequestCouldMatchIt(String prefix) {
        String gateway = "{\"id\": \"g\", \"type\": \"gateway\", \"name\": \"G\", \"routes\": [{\"prefix\": "
                + prefix + ", \"pool\": \"P\"}]}";
        String server = "{\"id\": \"s\", \"type\": \"server\", \"name\": \"S\", \"handles\": [" + prefix + "]}";

        assertError(errorsOf("{\"version\": 1, \"nodes\": [" + gateway + "]}"), "nodes[0].routes[0].prefix", "");
        assertError(errorsOf("{\"version\": 1, \"nodes\": [" + server + "]}"), "nodes[0].handles[0]", "");
    }

    @ParameterizedTest(name = "name: {0}")
    @ValueSource(strings = {"\"evil\\u202Egnp.exe\"", "\"nul\\u0000byte\"", "\"tab\\there\"", "\"\\u2066isolate\""})
    void givenANameWithControlOrBidiCharacters_whenRead_thenItIsAnError(String name) {
        String node = "{\"id\": \"s\", \"type\": \"server\", \"name\": " + name + "}";

        assertError(errorsOf("{\"version\": 1, \"nodes\": [" + node + "]}"), "nodes[0].name", "control");
    }

    @Test
    void givenAnAbsurdCoordinate_whenRead_thenItIsAnError() {
        String node = "{\"id\": \"s\", \"type\": \"server\", \"name\": \"S\", \"x\": 1e308}";

        assertError(errorsOf("{\"version\": 1, \"nodes\": [" + node + "]}"), "nodes[0].x", "1000000");
    }

    @Test
    void givenARequestPathWithAFragment_whenRead_thenItIsAnError() {
        String client = "{\"id\": \"c\", \"type\": \"client\", \"name\": \"C\", "
                + "\"requests\": [{\"method\": \"GET\", \"path\": \"/api/v1/posts#top\"}]}";

        assertError(errorsOf("{\"version\": 1, \"nodes\": [" + client + "]}"), "nodes[0].requests[0].path", "#");
    }

    // --- helpers

    private static String node(String clientFields) {
        return "{\"id\": \"c\", \"type\": \"client\", \"name\": \"C\", " + clientFields + "}";
    }

    private static Design read(String nodeJson) {
        return DesignReader.read("{\"version\": 1, \"nodes\": [" + nodeJson + "]}");
    }

    private static List<FieldError> errorsOfNode(String nodeJson) {
        return errorsOf("{\"version\": 1, \"nodes\": [" + nodeJson + "]}");
    }

    private static List<FieldError> gatewayWithRoutes(String routes) {
        return errorsOf("{\"version\": 1, \"nodes\": [{\"id\": \"g\", \"type\": \"gateway\", \"name\": \"G\", "
                + "\"routes\": [" + routes + "]}]}");
    }

    private static List<FieldError> document(String nodes, String links) {
        return errorsOf("{\"version\": 1, \"nodes\": [" + nodes + "], \"links\": [" + links + "]}");
    }

    private static List<FieldError> errorsOf(String json) {
        try {
            DesignReader.read(json);
        } catch (InvalidDesignException invalid) {
            return invalid.errors();
        }
        return fail("expected the document to be invalid: " + json);
    }

    private static void assertError(List<FieldError> errors, String field, String messageContains) {
        boolean found = errors.stream()
                .anyMatch(error -> error.field().equals(field) && error.message().contains(messageContains));
        assertTrue(found, () -> "no error on " + field + " containing '" + messageContains + "' in " + errors);
    }
}
