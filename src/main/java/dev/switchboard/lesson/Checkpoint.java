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
        List<Expectation> expect,
        Design design) {

    /** After the change, the client's {@code request}-th request (from 1) ends with this status from this node. */
    public record Expectation(int request, int status, String answeredBy) {
    }
}
