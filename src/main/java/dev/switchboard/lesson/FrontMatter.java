package dev.switchboard.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;

/** A Markdown file split into its YAML front matter (between two {@code ---} lines) and its body. */
record FrontMatter(JsonNode fields, String body, int bodyStartLine) {

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
        JsonNode fields = readYaml(file, String.join("\n", java.util.Arrays.copyOfRange(lines, 1, end)));
        String body = String.join("\n", java.util.Arrays.copyOfRange(lines, end + 1, lines.length));
        return new FrontMatter(fields, body, end + 2);
    }

    String requiredText(Path file, String key) {
        JsonNode value = fields.get(key);
        if (value == null || !value.isValueNode() || value.asText().isBlank()) {
            throw new LessonException(file, "front matter needs '" + key + "'");
        }
        return value.asText().strip();
    }

    int requiredNumber(Path file, String key) {
        JsonNode value = fields.get(key);
        if (value == null || !value.canConvertToInt()) {
            throw new LessonException(file, "front matter needs '" + key + "' as a whole number");
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
            throw new LessonException(file, "the front matter is not valid YAML: " + e.getOriginalMessage());
        }
    }
}
