package dev.switchboard.lesson;

/** A glossary term or a status code: a page of its own, and a one-sentence preview for links to it. */
public record ReferenceEntry(String slug, String title, String shortText, String html) {
}
