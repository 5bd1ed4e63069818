package dev.switchboard.sim;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PrefixMatchTest {

    @ParameterizedTest(name = "prefix {0} against {1}: {2}")
    @CsvSource({
            "/api/v1/posts,  /api/v1/posts,        true",
            "/api/v1/posts,  /api/v1/posts/,       true",
            "/api/v1/posts,  /api/v1/posts/list,   true",
            "/api/v1/posts,  /api/v1/posts/1/edit, true",
            "/api/v1/posts,  /api/v1/postsX,       false",
            "/api/v1/posts,  /api/v1/post,         false",
            "/api/v1/posts,  /api/v1,              false",
            "/api/v1/posts,  /other,               false",
    })
    void givenAPrefix_whenMatchingAPath_thenOnlyWholeSegmentsMatch(String prefix, String path, boolean expected) {
        assertEquals(expected, PrefixMatch.matches(prefix, path));
    }

    @ParameterizedTest(name = "prefix {0} against {1}: {2}")
    @CsvSource({
            "/api/v1/posts/, /api/v1/posts,      true",
            "/api/v1/posts/, /api/v1/posts/list, true",
            "/api/v1/posts/, /api/v1/postsX,     false",
    })
    void givenAPrefixWithATrailingSlash_whenMatching_thenItBehavesAsWithout(
            String prefix, String path, boolean expected) {
        assertEquals(expected, PrefixMatch.matches(prefix, path));
    }

    @ParameterizedTest(name = "prefix / against {0}")
    @CsvSource({"/", "/about", "/api/v1/posts/list", "/x/"})
    void givenTheRootPrefix_whenMatchingAnyPath_thenItMatches(String path) {
        assertEquals(true, PrefixMatch.matches("/", path));
    }

    @ParameterizedTest(name = "prefix {0} against {1}: {2}")
    @CsvSource({
            "/api/v1/posts, /API/v1/posts, false",
            "/Api,          /api,          false",
            "/Api,          /Api/x,        true",
    })
    void givenDifferentCase_whenMatching_thenMatchingIsCaseSensitive(String prefix, String path, boolean expected) {
        assertEquals(expected, PrefixMatch.matches(prefix, path));
    }
}
