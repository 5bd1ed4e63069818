package dev.switchboard.lesson;

import dev.switchboard.sim.Route;

import java.util.List;

/** A piece of a lesson's text: prose, or a live component that a directive line placed in the prose. */
public sealed interface LessonBlock {

    /** Prose rendered from Markdown. */
    record Prose(String html) implements LessonBlock {
    }

    /** {@code ::: routing-table <gateway>}: the gateway's routes, drawn from the lesson's own design. */
    record RoutingTable(String gatewayId, String gatewayName, List<Route> routes, String note)
            implements LessonBlock {
    }

    /** {@code ::: checkpoint <id>}: the box with Apply and Reset for one checkpoint. */
    record CheckpointBox(Checkpoint checkpoint) implements LessonBlock {
    }
}
