package dev.switchboard.lesson;

/** One goal judged against one run: met or not, and why, in words a learner reads. */
public record GoalResult(String text, boolean met, String reason) {
}
