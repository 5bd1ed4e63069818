package dev.switchboard.run;

/** A snapshot of a run's controls, sent to watchers whenever one of them changes. */
public record RunStatus(String id, String state, int position, int total, double speed) {
}
