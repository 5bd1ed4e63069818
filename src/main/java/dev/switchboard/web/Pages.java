package dev.switchboard.web;

import dev.switchboard.lesson.Lesson;
import dev.switchboard.lesson.ReferenceEntry;

import java.util.List;

/** The typed models of the server-rendered pages: one record per template, checked by the JTE compiler. */
public final class Pages {

    private Pages() {
    }

    public record Index(List<Lesson> lessons, java.util.Set<String> completed) {

        public boolean done(Lesson lesson) {
            return completed.contains(lesson.slug());
        }
    }

    public record LessonView(Lesson lesson, SimulationPanel simulation, Lesson previous, Lesson next) {
    }

    /** The simulation panel of a lesson, alone as an htmx fragment or inside the lesson page. */
    public record SimulationPanel(
            String caption,
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

    /**
     * A checkpoint's Apply or Reset: the new panel, and the lesson's routing tables redrawn from the design now
     * shown, swapped into the text out of band so text and simulation never disagree.
     */
    public record SimulationFragment(SimulationPanel panel,
                                     List<dev.switchboard.lesson.LessonBlock.RoutingTable> tables) {
    }

    public record Reference(String kind, String kindUrl, ReferenceEntry entry) {
    }

    public record ReferenceIndex(String title, String intro, String baseUrl, List<ReferenceEntry> entries) {
    }

    /** An option in a list: a value and the words shown for it. */
    public record Choice(String value, String label) {
    }

    /** The sandbox editor page; {@code exercise} is null for a free sandbox. */
    public record SandboxPage(String id, String name, List<Choice> sandboxes, int nodeCount, ExerciseView exercise) {
    }

    /** A lesson's exercise as the sandbox shows it: where it comes from, what to build, the goals. */
    public record ExerciseView(String lessonTitle, String lessonUrl, String title, String instructionsHtml) {
    }

    /**
     * The goals of an exercise sandbox. {@code results} is empty until the design has been run; {@code complete}
     * says every goal was met and the lesson is marked done.
     */
    public record GoalsView(String sandboxId, List<String> goals, List<dev.switchboard.lesson.GoalResult> results,
                            boolean complete, String lessonTitle) {

        public boolean evaluated() {
            return !results.isEmpty();
        }
    }

    /** The inspector fragment: the selected node's form (null when nothing is selected) and what it may link to. */
    public record InspectorView(String sandboxId, NodeForm node, List<String> pools, List<Choice> outgoing,
                                List<Choice> linkTargets, java.util.Map<String, String> errors,
                                List<String> generalErrors, String notice) {

        public String error(String field) {
            return errors.get(field);
        }

        public boolean hasError(String field) {
            return errors.containsKey(field);
        }

        /** The value of {@code aria-invalid}: the words "true" or "false", as ARIA wants them. */
        public String invalid(String field) {
            return String.valueOf(hasError(field));
        }
    }

    /** The text outline of a sandbox's design and the problems that keep it from running. */
    public record Outline(String sandboxId, List<Choice> nodes, List<Choice> links, List<Problem> problems) {
    }

    /** A problem of the design, with the node it is about (null when it is about the whole design). */
    public record Problem(String nodeId, String message) {
    }

    /** A shared, read-only design. */
    public record SharedDesign(String code, String name, SimulationPanel simulation) {
    }

    public record Message(String title, String heading, String text, String linkUrl, String linkText) {
    }
}
