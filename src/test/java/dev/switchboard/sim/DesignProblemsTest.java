package dev.switchboard.sim;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DesignProblemsTest {

    @Test
    void givenTheLessonDesign_whenChecked_thenItHasNoProblems() {
        assertEquals(List.of(), DesignProblems.find(Designs.lesson()));
    }

    @Test
    void givenAClientWithRequestsButNoLink_whenChecked_thenTheClientIsNamed() {
        Design design = DesignReader.read(Designs.LESSON.replace("{\"from\": \"client\", \"to\": \"gateway\"},", ""));

        List<FieldError> problems = DesignProblems.find(design);

        assertEquals(List.of(new FieldError("nodes[0]",
                "Client has no outgoing link; a client sends its requests over exactly one link")), problems);
    }

    @Test
    void givenAClientWithTwoOutgoingLinks_whenChecked_thenItSaysAClientSendsOverExactlyOne() {
        Design design = DesignReader.read(Designs.LESSON.replace("{\"from\": \"client\", \"to\": \"gateway\"},",
                "{\"from\": \"client\", \"to\": \"gateway\"}, {\"from\": \"client\", \"to\": \"posts\"},"));

        List<FieldError> problems = DesignProblems.find(design);

        assertEquals(List.of(new FieldError("nodes[0]",
                "Client has 2 outgoing links; a client sends over exactly one")), problems);
    }

    @Test
    void givenALinkIntoAClient_whenChecked_thenTheLinkIsNamedWithTheReason() {
        Design design = DesignReader.read(Designs.LESSON.replace("{\"from\": \"gateway\", \"to\": \"posts\"},",
                "{\"from\": \"gateway\", \"to\": \"posts\"}, {\"from\": \"gateway\", \"to\": \"client\"},"));

        List<FieldError> problems = DesignProblems.find(design);

        assertEquals(1, problems.size(), problems::toString);
        assertEquals("links[2]", problems.get(0).field());
        assertEquals("The link from API Gateway into Client goes nowhere useful: a client only sends requests, "
                + "nothing sends requests to it", problems.get(0).message());
    }

    @Test
    void givenALinkOutOfAServer_whenChecked_thenItSaysServersOnlyAnswer() {
        Design design = DesignReader.read(Designs.LESSON.replace("{\"from\": \"gateway\", \"to\": \"posts\"},",
                "{\"from\": \"gateway\", \"to\": \"posts\"}, {\"from\": \"posts\", \"to\": \"users\"},"));

        List<FieldError> problems = DesignProblems.find(design);

        assertEquals(List.of(new FieldError("links[2]", "The link from Post Server to User Server is never used: "
                + "servers only answer in this version, they do not send requests on")), problems);
    }

    @Test
    void givenNoClientWithRequests_whenChecked_thenTheDesignSaysNoClientSends() {
        Design design = DesignReader.read("""
                {"version": 1, "nodes": [{"id": "c", "type": "client", "name": "Idle"},
                                         {"id": "s", "type": "server", "name": "S"}],
                 "links": [{"from": "c", "to": "s"}]}""");

        assertEquals(List.of(new FieldError("nodes", "No client sends a request")), DesignProblems.find(design));
    }

    @Test
    void givenAnIdleClientWithoutALink_whenChecked_thenOnlyTheMissingTrafficIsAProblem() {
        Design design = DesignReader.read("""
                {"version": 1, "nodes": [{"id": "c", "type": "client", "name": "Idle", "requests": []}]}""");

        assertEquals(List.of(new FieldError("nodes", "No client sends a request")), DesignProblems.find(design));
    }

    @Test
    void givenSeveralProblems_whenChecked_thenAllAreReportedNodesFirstThenLinks() {
        Design design = DesignReader.read("""
                {"version": 1, "nodes": [
                   {"id": "a", "type": "client", "name": "Phone", "requests": [{"method": "GET", "path": "/"}]},
                   {"id": "s", "type": "server", "name": "Store"},
                   {"id": "b", "type": "client", "name": "Laptop"}],
                 "links": [{"from": "s", "to": "b"}]}""");

        List<String> fields = DesignProblems.find(design).stream().map(FieldError::field).toList();

        assertEquals(List.of("nodes[0]", "links[0]", "links[0]"), fields);
    }
}
