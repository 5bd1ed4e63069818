package dev.switchboard.lesson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the {@code lessons/} folder: {@code glossary/*.md}, {@code status-codes/*.md}, and every folder that holds
 * a {@code lesson.md}. A broken lesson is left out and logged with its {@code file:line}, so one author's typo never
 * takes the Academy down.
 */
public final class LibraryLoader {

    private static final Logger log = LoggerFactory.getLogger(LibraryLoader.class);

    private final List<String> problems = new ArrayList<>();

    /** Loads what it can and remembers every problem it met. */
    public Library load(Path root) {
        List<ReferenceEntry> terms = readEntries(root.resolve("glossary"), this::term);
        List<ReferenceEntry> statusCodes = readEntries(root.resolve("status-codes"), this::statusCode);
        Markdown markdown = new Markdown(previews(terms, statusCodes));
        List<Lesson> lessons = readLessons(root, new LessonReader(markdown));

        log.info("Loaded {} lessons, {} glossary terms and {} status codes from {}",
                lessons.size(), terms.size(), statusCodes.size(), root);
        return new Library(lessons, terms, statusCodes);
    }

    /** Every problem met by {@link #load}, as {@code file:line: message}. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    private List<Lesson> readLessons(Path root, LessonReader reader) {
        List<Lesson> lessons = new ArrayList<>();
        for (Path folder : list(root)) {
            if (!Files.isRegularFile(folder.resolve("lesson.md"))) {
                continue;
            }
            try {
                lessons.add(reader.read(folder));
            } catch (LessonException e) {
                e.problems().forEach(problem -> problem(problem + " (lesson left out)"));
            }
        }
        return lessons;
    }

    private List<ReferenceEntry> readEntries(Path folder, EntryParser parser) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<ReferenceEntry> entries = new ArrayList<>();
        for (Path file : list(folder)) {
            if (!file.getFileName().toString().endsWith(".md")) {
                continue;
            }
            try {
                entries.add(parser.parse(file, FrontMatter.parse(file, read(file))));
            } catch (LessonException e) {
                e.problems().forEach(problem -> problem(problem + " (entry left out)"));
            }
        }
        return entries;
    }

    private ReferenceEntry term(Path file, FrontMatter page) {
        String slug = file.getFileName().toString().replaceFirst("\\.md$", "");
        return entry(slug, page.requiredText(file, "title"), page, file);
    }

    private ReferenceEntry statusCode(Path file, FrontMatter page) {
        String code = String.valueOf(page.requiredNumber(file, "code"));
        return entry(code, page.requiredText(file, "title"), page, file);
    }

    private static ReferenceEntry entry(String slug, String title, FrontMatter page, Path file) {
        String shortText = page.requiredText(file, "short");
        String html = new Markdown(link -> Optional.empty()).render(page.body());
        return new ReferenceEntry(slug, title, shortText, html);
    }

    private static java.util.function.Function<String, Optional<String>> previews(
            List<ReferenceEntry> terms, List<ReferenceEntry> statusCodes) {
        Map<String, String> byLink = new HashMap<>();
        terms.forEach(term -> byLink.put("/glossary/" + term.slug(), term.shortText()));
        statusCodes.forEach(code -> byLink.put("/status/" + code.slug(),
                code.slug() + " " + code.title() + ": " + code.shortText()));
        return link -> Optional.ofNullable(byLink.get(link));
    }

    private void problem(String message) {
        problems.add(message);
        log.warn("Lesson problem: {}", message);
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new LessonException(file, "cannot be read: " + e.getMessage());
        }
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }

    @FunctionalInterface
    private interface EntryParser {
        ReferenceEntry parse(Path file, FrontMatter page);
    }
}
