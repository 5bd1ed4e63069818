package dev.switchboard.lesson;

import java.nio.file.Path;

/** A mistake in a lesson's files, located as {@code file:line} so an author can jump to it. */
public final class LessonException extends RuntimeException {

    public LessonException(Path file, int line, String message) {
        super(file + ":" + line + ": " + message);
    }

    public LessonException(Path file, String message) {
        this(file, 1, message);
    }
}
