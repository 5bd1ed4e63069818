package dev.switchboard.web;

import dev.switchboard.lesson.Lesson;
import dev.switchboard.lesson.ReferenceEntry;

import java.util.List;

/** The typed models of the server-rendered pages: one record per template, checked by the JTE compiler. */
public final class Pages {

    private Pages() {
    }

    public record Index(List<Lesson> lessons) {
    }

    public record LessonView(Lesson lesson, SimulationPanel simulation, Lesson previous, Lesson next) {
    }

    /** The simulation panel of a lesson, alone as an htmx fragment or inside the lesson page. */
    public record SimulationPanel(
            String lessonSlug,
            String checkpointId,
            String checkpointTitle,
            String designJson,
            Diagram diagram,
            Diagram portraitDiagram,
            int requestCount,
            int frameCount,
            String emptyText) {

        public boolean checkpointApplied() {
            return checkpointId != null;
        }
    }

    public record Reference(String kind, String kindUrl, ReferenceEntry entry) {
    }

    public record ReferenceIndex(String title, String intro, String baseUrl, List<ReferenceEntry> entries) {
    }

    public record Message(String title, String heading, String text, String linkUrl, String linkText) {
    }
}
