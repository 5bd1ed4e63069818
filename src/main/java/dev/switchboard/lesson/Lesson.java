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
}
