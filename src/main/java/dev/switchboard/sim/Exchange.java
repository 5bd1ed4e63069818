package dev.switchboard.sim;

import java.util.Arrays;

/**
 * One request's journey: who sent it, where it has been, and how it ended. The trail remembers each station
 * the request passed and the path it carried on that leg, so the response can retrace the way back.
 */
final class Exchange {

    private static final int TYPICAL_DEPTH = 4;

    final String id;
    final ClientStation client;
    final String method;
    final String path;
    final long sentAt;

    int frames;
    int status;
    Station answeredBy;
    long completedAt;

    private Station[] trailStations = new Station[TYPICAL_DEPTH];
    private String[] trailPaths = new String[TYPICAL_DEPTH];
    private int depth;

    Exchange(String id, ClientStation client, String method, String path, long sentAt) {
        this.id = id;
        this.client = client;
        this.method = method;
        this.path = path;
        this.sentAt = sentAt;
    }

    void enter(Station cameFrom, String pathOnThatLeg) {
        if (depth == trailStations.length) {
            trailStations = Arrays.copyOf(trailStations, depth * 2);
            trailPaths = Arrays.copyOf(trailPaths, depth * 2);
        }
        trailStations[depth] = cameFrom;
        trailPaths[depth] = pathOnThatLeg;
        depth++;
    }

    /** The station the response goes back to next; call {@link #backPath()} first for its leg's path. */
    Station leave() {
        depth--;
        Station back = trailStations[depth];
        trailStations[depth] = null;
        return back;
    }

    String backPath() {
        return trailPaths[depth - 1];
    }

    void answer(int answeredStatus, Station decidedBy) {
        status = answeredStatus;
        answeredBy = decidedBy;
    }

    RequestOutcome outcome() {
        return new RequestOutcome(id, client.node.id(), method, path, status,
                answeredBy == null ? null : answeredBy.node.id(), frames, sentAt, completedAt);
    }
}
