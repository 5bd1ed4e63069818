package dev.switchboard.lesson;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Everything the Academy shows: the lessons in course order, the glossary and the status codes. */
public final class Library {

    private final List<Lesson> lessons;
    private final Map<String, Lesson> lessonsBySlug;
    private final Map<String, ReferenceEntry> terms;
    private final Map<String, ReferenceEntry> statusCodes;

    Library(List<Lesson> lessons, List<ReferenceEntry> terms, List<ReferenceEntry> statusCodes) {
        this.lessons = lessons.stream().sorted(Comparator.comparingInt(Lesson::order)).toList();
        this.lessonsBySlug = bySlug(lessons, Lesson::slug);
        this.terms = bySlug(terms, ReferenceEntry::slug);
        this.statusCodes = bySlug(statusCodes, ReferenceEntry::slug);
    }

    public List<Lesson> lessons() {
        return lessons;
    }

    public Optional<Lesson> lesson(String slug) {
        return Optional.ofNullable(lessonsBySlug.get(slug));
    }

    public List<ReferenceEntry> terms() {
        return sorted(terms, Comparator.comparing(ReferenceEntry::title));
    }

    public Optional<ReferenceEntry> term(String slug) {
        return Optional.ofNullable(terms.get(slug));
    }

    public List<ReferenceEntry> statusCodes() {
        return sorted(statusCodes, Comparator.comparing(ReferenceEntry::slug));
    }

    public Optional<ReferenceEntry> statusCode(String code) {
        return Optional.ofNullable(statusCodes.get(code));
    }

    private static <T> Map<String, T> bySlug(List<T> items, Function<T, String> slug) {
        return items.stream().collect(Collectors.toUnmodifiableMap(slug, Function.identity()));
    }

    private static List<ReferenceEntry> sorted(Map<String, ReferenceEntry> entries,
                                               Comparator<ReferenceEntry> order) {
        return entries.values().stream().sorted(order).toList();
    }
}
