package dev.switchboard.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import com.fasterxml.jackson.core.JsonProcessingException;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown file split into its YAML front matter (between two {@code ---} lines) and its body. It remembers the
 * line of each top-level key, so a mistake in one is reported where the author wrote it.
 */
record FrontMatter(JsonNode fields, String body, int bodyStartLine, Map<String, Integer> keyLines) {

    private static final Pattern KEY = Pattern.compile("^([A-Za-z_][\\w-]*)\\s*:");

    private static final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    private static final String FENCE = "---";

    static FrontMatter parse(Path file, String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals(FENCE)) {
            throw new LessonException(file, "the file must start with front matter between two '---' lines");
        }
        int end = closingFence(lines);
        if (end < 0) {
            throw new LessonException(file, "the front matter has no closing '---' line");
        }
        JsonNode fields = readYaml(file, String.join("\n", Arrays.copyOfRange(lines, 1, end)));
        String body = String.join("\n", Arrays.copyOfRange(lines, end + 1, lines.length));
        Map<String, Integer> keyLines = new HashMap<>();
        for (int i = 1; i < end; i++) {
            Matcher key = KEY.matcher(lines[i]);
            if (key.find()) {
                keyLines.putIfAbsent(key.group(1), i + 1);
            }
        }
        return new FrontMatter(fields, body, end + 2, Map.copyOf(keyLines));
    }

    /** The line of the key, or of the closing fence (where a missing key is best added) when there is none. */
    private int lineOf(String key) {
        return keyLines.getOrDefault(key, bodyStartLine - 1);
    }

    String requiredText(Path file, String key) {
        JsonNode value = fields.get(key);
        if (value == null || !value.isValueNode() || value.asText().isBlank()) {
            throw new LessonException(file, lineOf(key), "front matter needs '" + key + "'");
        }
        return value.asText().strip();
    }

    int requiredNumber(Path file, String key) {
        JsonNode value = fields.get(key);
        if (value == null || !value.canConvertToInt()) {
            throw new LessonException(file, lineOf(key), "front matter needs '" + key + "' as a whole number");
        }
        return value.asInt();
    }

    private static int closingFence(String[] lines) {
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals(FENCE)) {
                return i;
            }
        }
        return -1;
    }

    private static JsonNode readYaml(Path file, String yamlText) {
        try {
            JsonNode node = yaml.readTree(yamlText);
            if (node == null || !node.isObject()) {
                throw new LessonException(file, "the front matter must be a set of 'key: value' lines");
            }
            return node;
        } catch (JsonProcessingException e) {
            // The YAML starts on the file's second line, after the opening fence.
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr() + 1;
            throw new LessonException(file, line, "the front matter is not valid YAML: " + e.getOriginalMessage());
        }
    }
}
