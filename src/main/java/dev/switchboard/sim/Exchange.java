package dev.switchboard.sim;

import java.util.Arrays;

/**
 * One request's journey: who sent it, where it has been, and how it ended. The trail keeps the request frame that
 * brought it into each station that passed it on, so the response can retrace the way back, on the same links,
 * with the same paths. {@code keep} says whether its frames go into the result (always, except for the requests a
 * traffic run does not sample).
 */
final class Exchange {

    private static final int TYPICAL_DEPTH = 4;

    final long number;
    final ClientStation client;
    final String method;
    final String path;
    final String token;
    final long sentAt;
    final boolean keep;

    int frames;
    int hops;
    int status;
    Station answeredBy;
    long completedAt;
    Timeout timeout;
    boolean timedOut;

    private String id;
    private Hop[] trail = new Hop[TYPICAL_DEPTH];
    private int depth;

    Exchange(long number, ClientStation client, String method, String path, String token, long sentAt,
             boolean keep) {
        this.number = number;
        this.client = client;
        this.method = method;
        this.path = path;
        this.token = token;
        this.sentAt = sentAt;
        this.keep = keep;
    }

    String id() {
        if (id == null) {
            id = "r" + number;
        }
        return id;
    }

    /** Remembers the request frame that brought the request into a station that passes it on. */
    void enter(Hop incoming) {
        if (depth == trail.length) {
            trail = Arrays.copyOf(trail, depth * 2);
        }
        trail[depth++] = incoming;
    }

    /** The leg the response goes back along next, left in place. */
    Hop backLeg() {
        return trail[depth - 1];
    }

    /** The request frame of the leg the response goes back along next. */
    Hop leave() {
        Hop leg = trail[--depth];
        trail[depth] = null;
        return leg;
    }

    /** Records who decided the status; once a gateway has timed the request out, its 504 stands. */
    void answer(int answeredStatus, Station decidedBy) {
        if (timedOut) {
            return;
        }
        status = answeredStatus;
        answeredBy = decidedBy;
    }

    RequestOutcome outcome() {
        return new RequestOutcome(id(), client.node.id(), method, path, status,
                answeredBy == null ? null : answeredBy.node.id(), frames, sentAt, completedAt);
    }
}
