package dev.switchboard.lesson;

import dev.switchboard.sim.Design;

import java.util.List;

/**
 * A lesson's "try it yourself": the design a learner starts from in a sandbox, the goals every run is graded
 * against, and a reference solution that the course's own tests check meets them all.
 */
public record Exercise(String title, String instructionsHtml, Design start, Design solution, List<Goal> goals) {
}
