package dev.switchboard.sim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PathNormalizerTest {

    @Test
    void givenAPlainPath_whenNormalised_thenItIsKeptAsIs() {
        NormalizedPath result = PathNormalizer.normalize("/api/v1/posts/list");

        assertAccepted("/api/v1/posts/list", result);
        assertNull(result.query());
    }

    @ParameterizedTest(name = "{0} keeps path {1} and query {2}")
    @CsvSource({
            "/api/v1/users/profile?tab=posts, /api/v1/users/profile, tab=posts",
            "/search?q=a%2Fb&x=1,             /search,               q=a%2Fb&x=1",
            "/a?,                             /a,                    ''",
            "/a//b?x=/../..,                  /a/b,                  x=/../..",
    })
    void givenAQueryString_whenNormalised_thenItIsSetApartAndNotChecked(String raw, String path, String query) {
        NormalizedPath result = PathNormalizer.normalize(raw);

        assertAccepted(path, result);
        assertEquals(query, result.query());
    }

    @Test
    void givenAQuery_whenAskingForTheForwardedPath_thenTheQueryIsPutBackAfterTheNormalisedPath() {
        NormalizedPath result = PathNormalizer.normalize("//api/./posts?page=2");

        assertEquals("/api/posts?page=2", result.pathWithQuery());
    }

    @ParameterizedTest(name = "{0} decodes to {1}")
    @CsvSource({
            "/%41pi,          /Api",
            "/a%7Eb,          /a~b",
            "/a%7eb,          /a~b",
            "/%61%62%63,      /abc",
            "/v%31,           /v1",
            "/a%2Db%2E%5F,    /a-b._",
    })
    void givenEscapesOfUnreservedCharacters_whenNormalised_thenTheyAreDecoded(String raw, String expected) {
        assertAccepted(expected, PathNormalizer.normalize(raw));
    }

    @ParameterizedTest(name = "{0} keeps its escape as {1}")
    @CsvSource({
            "/a%3Fb,     /a%3Fb",
            "/a%3fb,     /a%3Fb",
            "/a%20b,     /a%20b",
            "/caf%c3%a9, /caf%C3%A9",
            "/a%25b,     /a%25b",
            "/a%23,      /a%23",
    })
    void givenEscapesOfReservedOrOtherCharacters_whenNormalised_thenTheyAreKeptWithUppercaseHex(
            String raw, String expected) {
        assertAccepted(expected, PathNormalizer.normalize(raw));
    }

    @ParameterizedTest(name = "{0} is rejected")
    @ValueSource(strings = {"/api/v1/posts%2Flist", "/api/v1/posts%2flist", "/%2F", "/a/%2f/b"})
    void givenAnEncodedSlashInEitherCase_whenNormalised_thenItIsRejected(String raw) {
        NormalizedPath result = PathNormalizer.normalize(raw);

        assertRejected(result, "Encoded slash");
    }

    @ParameterizedTest(name = "{0} is rejected")
    @ValueSource(strings = {"/a%5Cb", "/a%5cb", "/%5C..%5Cetc"})
    void givenAnEncodedBackslashInEitherCase_whenNormalised_thenItIsRejected(String raw) {
        assertRejected(PathNormalizer.normalize(raw), "Encoded backslash");
    }

    @ParameterizedTest(name = "{0} is rejected")
    @ValueSource(strings = {"/api/v1/posts/bad%zz", "/foo/bar%", "/foo/bar%1", "/%G1", "/%1G", "/a%%41", "/a%-1"})
    void givenAMalformedEscape_whenNormalised_thenItIsRejected(String raw) {
        assertRejected(PathNormalizer.normalize(raw), "Malformed escape");
    }

    @Test
    void givenAMalformedEscape_whenRejected_thenTheReasonQuotesTheBadEscape() {
        NormalizedPath result = PathNormalizer.normalize("/api/v1/posts/bad%zz");

        assertTrue(result.rejection().contains("%zz"), result.rejection());
    }

    @ParameterizedTest(name = "{0} folds to {1}")
    @CsvSource({
            "//api//posts,            /api/posts",
            "//api/v1//posts///list,  /api/v1/posts/list",
            "/a//,                    /a/",
            "//,                      /",
    })
    void givenRepeatedSlashes_whenNormalised_thenTheyAreFolded(String raw, String expected) {
        assertAccepted(expected, PathNormalizer.normalize(raw));
    }

    @ParameterizedTest(name = "{0} resolves to {1}")
    @CsvSource({
            "/api/v1/users/../posts/list, /api/v1/posts/list",
            "/a/./b,                      /a/b",
            "/a/b/.,                      /a/b/",
            "/a/b/..,                     /a/",
            "/a/..,                       /",
            "/a/b/../../c,                /c",
            "/./a,                        /a",
            "/a/%2E%2E/b,                 /b",
            "/a/.hidden/..b,              /a/.hidden/..b",
    })
    void givenDotSegments_whenNormalised_thenTheyAreResolved(String raw, String expected) {
        assertAccepted(expected, PathNormalizer.normalize(raw));
    }

    @ParameterizedTest(name = "{0} is rejected")
    @ValueSource(strings = {"/..", "/../api/v1/posts", "/a/../..", "/a/../../b", "/%2E%2E/etc", "//../x"})
    void givenDotSegmentsThatClimbAboveTheRoot_whenNormalised_thenThePathIsRejected(String raw) {
        assertRejected(PathNormalizer.normalize(raw), "climbs above the root");
    }

    @Test
    void givenUppercaseLetters_whenNormalised_thenTheCaseIsKept() {
        assertAccepted("/API/v1/Posts", PathNormalizer.normalize("/API/v1/Posts"));
    }

    @ParameterizedTest(name = "''{0}'' is rejected")
    @ValueSource(strings = {"", "api/v1/posts", "?a=b"})
    void givenAPathThatDoesNotStartWithASlash_whenNormalised_thenItIsRejected(String raw) {
        assertRejected(PathNormalizer.normalize(raw), "must start with /");
    }

    private static void assertAccepted(String expectedPath, NormalizedPath result) {
        assertTrue(result.ok(), () -> "rejected: " + result.rejection());
        assertEquals(expectedPath, result.path());
    }

    private static void assertRejected(NormalizedPath result, String reasonContains) {
        assertFalse(result.ok(), () -> "accepted as " + result.path());
        assertTrue(result.rejection().contains(reasonContains), result.rejection());
    }

    @ParameterizedTest(name = "path: {0}")
    @ValueSource(strings = {"/api/v1/posts/%\uFF12e%\uFF12e/users/x", "/a/%\u0662e", "/a/%\uFF12\uFF26", "/a/%1\uFF21"})
    void escapesMadeOfNonAsciiDigitsAreMalformedAndRejected(String raw) {
        NormalizedPath normalized = PathNormalizer.normalize(raw);

        assertFalse(normalized.ok(), raw);
        assertTrue(normalized.rejection().startsWith("Malformed escape"), normalized.rejection());
    }
}
