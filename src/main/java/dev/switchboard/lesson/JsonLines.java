package dev.switchboard.lesson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the line of a field in a JSON file from its path as validation names it ({@code nodes[2].pool}), so a
 * lesson author is sent to the right line rather than the top of the file.
 */
final class JsonLines {

    private static final JsonFactory json = new JsonFactory();
    private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    private final Map<String, Integer> lineByPointer = new HashMap<>();

    JsonLines(String text) {
        try (JsonParser parser = json.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
                    lineByPointer.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(),
                            parser.currentTokenLocation().getLineNr());
                }
            }
        } catch (IOException unreadable) {
            // Lines found before the file stopped making sense are still good; the rest fall back to line 1.
        }
    }

    /** The line where the field (or the nearest enclosing one that exists) starts; 1 when nothing is known. */
    int lineOf(String fieldPath) {
        String pointer = pointer(fieldPath);
        while (true) {
            Integer line = lineByPointer.get(pointer);
            if (line != null) {
                return line;
            }
            int cut = pointer.lastIndexOf('/');
            if (cut <= 0) {
                return 1;
            }
            pointer = pointer.substring(0, cut);
        }
    }

    private static String pointer(String fieldPath) {
        StringBuilder pointer = new StringBuilder();
        Matcher step = STEP.matcher(fieldPath);
        while (step.find()) {
            pointer.append('/').append(step.group(1) != null ? step.group(1) : step.group(2));
        }
        return pointer.toString();
    }
}
