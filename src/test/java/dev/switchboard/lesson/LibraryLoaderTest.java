package dev.switchboard.lesson;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A broken lesson is left out with a {@code file:line} problem; the rest of the Academy still loads. */
class LibraryLoaderTest {

    @TempDir
    Path root;

    @Test
    void aGoodLessonLoadsWithItsBlocksInOrder() throws IOException {
        lesson("good", "Intro.\n\n::: routing-table gateway\n\nMiddle text.\n\n::: checkpoint swap\n", checkpoints());

        Library library = load();

        Lesson lesson = library.lesson("good").orElseThrow();
        assertEquals(List.of(LessonBlock.Prose.class, LessonBlock.RoutingTable.class, LessonBlock.Prose.class,
                LessonBlock.CheckpointBox.class), lesson.blocks().stream().map(Object::getClass).toList());
        assertEquals("USER_SERVICE", lesson.checkpoint("swap").orElseThrow().design().node("gateway")
                .orElseThrow().routes().get(0).pool());
    }

    @Test
    void anUnknownDirectiveIsReportedWithItsLineAndTheLessonLeftOut() throws IOException {
        lesson("broken", "Line one.\n\n::: carousel gateway\n", null);
        lesson("fine", "Fine.\n", null);

        LibraryLoader loader = new LibraryLoader();
        Library library = loader.load(root);

        assertTrue(library.lesson("broken").isEmpty());
        assertTrue(library.lesson("fine").isPresent());
        assertEquals(1, loader.problems().size());
        assertTrue(loader.problems().get(0).contains("lesson.md:12: unknown directive 'carousel'"),
                loader.problems().get(0));
    }

    @Test
    void aRoutingTableOfANodeThatIsNotAGatewayIsReported() throws IOException {
        lesson("broken", "::: routing-table client\n", null);

        assertProblem("'client', which is not a gateway");
    }

    @Test
    void aCheckpointThatIsNotDeclaredIsReported() throws IOException {
        lesson("broken", "::: checkpoint nowhere\n", null);

        assertProblem("no checkpoint 'nowhere'");
    }

    @Test
    void anInvalidDesignIsReportedWithItsField() throws IOException {
        lesson("broken", "Text.\n", null);
        Files.writeString(root.resolve("broken/design.json"), design().replace("\"server\"", "\"toaster\""));

        assertProblem("design.json:6: nodes[2].type");
    }

    @Test
    void aCheckpointThatBreaksTheDesignIsReported() throws IOException {
        lesson("broken", "Text.\n", checkpoints().replace("\"USER_SERVICE\"", "\"\""));

        assertProblem("checkpoint 'swap' makes an invalid design");
    }

    @Test
    void aCheckpointWithAnUnknownFieldIsReported() throws IOException {
        lesson("broken", "Text.\n", checkpoints().replace("\"title\"", "\"titel\""));

        assertProblem("checkpoints.json");
    }

    @Test
    void missingFrontMatterIsReported() throws IOException {
        lesson("broken", "Text.\n", null);
        Files.writeString(root.resolve("broken/lesson.md"), "# No front matter\n");

        assertProblem("must start with front matter");
    }

    @Test
    void aMissingTitleIsReported() throws IOException {
        lesson("broken", "Text.\n", null);
        Files.writeString(root.resolve("broken/lesson.md"), "---\nsummary: s\norder: 1\nminutes: 2\n---\nText\n");

        assertProblem("front matter needs 'title'");
    }

    @Test
    void glossaryLinksCarryTheirPreview() throws IOException {
        Files.createDirectories(root.resolve("glossary"));
        Files.writeString(root.resolve("glossary/pool.md"), "---\ntitle: Pool\nshort: A set of servers.\n---\nBody\n");
        lesson("good", "See the [pool](/glossary/pool).\n", null);

        Library library = load();

        LessonBlock.Prose prose = (LessonBlock.Prose) library.lesson("good").orElseThrow().blocks().get(0);
        assertTrue(prose.html().contains("data-preview=\"A set of servers.\""), prose.html());
        assertEquals("Pool", library.term("pool").orElseThrow().title());
    }

    @Test
    void rawHtmlInALessonIsShownAsText() throws IOException {
        lesson("good", "A <script>alert(1)</script> tag.\n", null);

        LessonBlock.Prose prose = (LessonBlock.Prose) load().lesson("good").orElseThrow().blocks().get(0);

        assertTrue(prose.html().contains("&lt;script&gt;"), prose.html());
    }

    private Library load() {
        LibraryLoader loader = new LibraryLoader();
        Library library = loader.load(root);
        assertEquals(List.of(), loader.problems());
        return library;
    }

    private void assertProblem(String expected) {
        LibraryLoader loader = new LibraryLoader();
        Library library = loader.load(root);
        assertTrue(library.lesson("broken").isEmpty(), "the broken lesson is left out");
        assertEquals(1, loader.problems().size(), loader.problems().toString());
        assertTrue(loader.problems().get(0).contains(expected), loader.problems().get(0));
    }

    private void lesson(String slug, String body, String checkpoints) throws IOException {
        Path folder = Files.createDirectories(root.resolve(slug));
        Files.writeString(folder.resolve("lesson.md"),
                "---\ntitle: T\nsummary: S\norder: 1\nminutes: 5\n---\n\n" + "\n".repeat(2) + body);
        Files.writeString(folder.resolve("design.json"), design());
        if (checkpoints != null) {
            Files.writeString(folder.resolve("checkpoints.json"), checkpoints);
        }
    }

    private static String design() {
        return """
                {"version": 1, "name": "d", "nodes": [
                  {"id": "client", "type": "client", "name": "Client",
                   "requests": [{"method": "GET", "path": "/a/1"}]},
                  {"id": "gateway", "type": "gateway", "name": "Gateway",
                   "routes": [{"prefix": "/a", "pool": "A"}]},
                  {"id": "server", "type": "server", "name": "Server", "pool": "A", "handles": ["/a"]}],
                 "links": [{"from": "client", "to": "gateway"}, {"from": "gateway", "to": "server"}]}
                """;
    }

    private static String checkpoints() {
        return """
                {"checkpoints": [{"id": "swap", "title": "Swap", "subtitle": "s", "description": "d",
                  "changes": [{"node": "gateway", "set": {"routes": [{"prefix": "/a", "pool": "USER_SERVICE"}]}}],
                  "expect": [{"request": 1, "status": 503, "answeredBy": "gateway"}],
                  "explanation": "e"}]}
                """;
    }
}
