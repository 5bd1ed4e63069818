package dev.switchboard.lesson;

import java.nio.file.Path;
import java.util.List;

/**
 * Mistakes in a lesson's files, each located as {@code file:line: message} so an author can jump to it. One
 * exception may carry several, such as every invalid field of a design document.
 */
public final class LessonException extends RuntimeException {

    private final List<String> problems;

    public LessonException(Path file, int line, String message) {
        this(List.of(file + ":" + line + ": " + message));
    }

    public LessonException(Path file, String message) {
        this(file, 1, message);
    }

    LessonException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** Every mistake, one {@code file:line: message} each. */
    public List<String> problems() {
        return problems;
    }
}
