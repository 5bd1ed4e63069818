package dev.switchboard.sim;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Designs shared by the tests, written as the JSON a learner would write. */
final class Designs {

    private Designs() {
    }

    /** The example of DESIGN.md section 3: a client, a gateway and two servers. */
    static final String LESSON = """
            {
              "version": 1,
              "name": "Posts and users behind a gateway",
              "nodes": [
                {"id": "client", "type": "client", "name": "Client",
                 "requests": [{"method": "GET", "path": "/api/v1/posts/list"},
                              {"method": "GET", "path": "/api/v1/users/profile"},
                              {"method": "GET", "path": "/api/v1/posts/list"}]},
                {"id": "gateway", "type": "gateway", "name": "API Gateway",
                 "routes": [{"prefix": "/api/v1/posts", "pool": "POST_SERVICE"},
                            {"prefix": "/api/v1/users", "pool": "USER_SERVICE"}]},
                {"id": "posts", "type": "server", "name": "Post Server", "pool": "POST_SERVICE",
                 "handles": ["/api/v1/posts"]},
                {"id": "users", "type": "server", "name": "User Server", "pool": "USER_SERVICE",
                 "handles": ["/api/v1/users"]}
              ],
              "links": [{"from": "client", "to": "gateway"},
                        {"from": "gateway", "to": "posts"},
                        {"from": "gateway", "to": "users"}]
            }
            """;

    static Design lesson() {
        return DesignReader.read(LESSON);
    }

    /** The lesson design with one client whose requests and settings the test chooses. */
    static Design lessonWithClient(String clientExtras, String requestsJson) {
        String replacement = Matcher.quoteReplacement(clientExtras + "\"requests\": " + requestsJson);
        return DesignReader.read(LESSON_REQUESTS.matcher(LESSON).replaceFirst(replacement));
    }

    // The lesson's request list holds no ']' of its own, so this finds exactly that list.
    private static final Pattern LESSON_REQUESTS = Pattern.compile("\"requests\": \\[[^\\]]*\\]");
}
