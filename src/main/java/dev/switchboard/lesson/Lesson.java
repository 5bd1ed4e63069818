package dev.switchboard.lesson;

import dev.switchboard.sim.Design;

import java.util.List;
import java.util.Optional;

/** One lesson of the Academy: its text in blocks, its architecture and the checkpoints that change it. */
public record Lesson(
        String slug,
        String title,
        String summary,
        int order,
        int minutes,
        List<LessonBlock> blocks,
        Design design,
        List<Checkpoint> checkpoints,
        Exercise exercise) {

    public Optional<Checkpoint> checkpoint(String id) {
        return checkpoints.stream().filter(checkpoint -> checkpoint.id().equals(id)).findFirst();
    }

    public String url() {
        return "/academy/" + slug;
    }

    public String exerciseUrl() {
        return url() + "/exercise";
    }

    /** A heading of the lesson's text, for the table of contents. */
    public record Heading(String id, String html) {
    }

    private static final java.util.regex.Pattern H2 = java.util.regex.Pattern.compile("<h2 id=\"([^\"]+)\">(.*?)</h2>");

    /** The lesson's second-level headings in order; a long lesson lists them at its top. */
    public List<Heading> headings() {
        List<Heading> headings = new java.util.ArrayList<>();
        for (LessonBlock block : blocks) {
            if (block instanceof LessonBlock.Prose prose) {
                java.util.regex.Matcher heading = H2.matcher(prose.html());
                while (heading.find()) {
                    headings.add(new Heading(heading.group(1), heading.group(2)));
                }
            }
        }
        return headings;
    }
}
