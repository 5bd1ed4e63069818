package dev.switchboard.lesson;

import dev.switchboard.sim.Design;

import java.util.List;

/**
 * A named change to a lesson's design, with what the learner should then see. {@code design} is the lesson's
 * design with the change applied, validated when the lesson loads.
 */
public record Checkpoint(
        String id,
        String title,
        String subtitle,
        String descriptionHtml,
        String explanationHtml,
        List<Goal> expect,
        Predict predict,
        Design design) {

    /**
     * The question a learner may answer before applying the checkpoint: what will request number {@code request}
     * get, and from which node? The page grades the guess after the run.
     */
    public record Predict(String question, int request, List<Integer> statuses, List<String> nodes) {
    }
}
