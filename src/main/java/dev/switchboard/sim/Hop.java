package dev.switchboard.sim;

import java.util.Map;

/**
 * One frame crossing one link, as an event: it first departs (the frame is emitted) and, {@code duration} later,
 * arrives at the other end, where that station decides what happens next. The same object serves both moments,
 * and a station that passes a request on keeps it in the exchange's trail to send the response back.
 */
final class Hop extends Event {

    final Run run;
    final Exchange exchange;
    final Station from;
    final Station to;
    final boolean request;
    final int status;
    final String path;
    final long duration;
    /** For a response: when {@code from} received the request, so its latency can be measured. */
    final long startedAt;
    String note;
    Map<String, String> headers;
    Trace trace;
    /** For a server's response: the service slot it frees when it leaves. */
    boolean holdsSlot;
    long arrivedAt;

    private boolean departed;

    Hop(Run run, Exchange exchange, Station from, Station to, boolean request, int status, String path,
        long duration, long startedAt) {
        this.run = run;
        this.exchange = exchange;
        this.from = from;
        this.to = to;
        this.request = request;
        this.status = status;
        this.path = path;
        this.duration = duration;
        this.startedAt = startedAt;
    }

    Hop explained(String withNote, Map<String, String> withHeaders, Trace withTrace) {
        note = withNote;
        headers = withHeaders;
        trace = withTrace;
        return this;
    }

    /** Emits the frame now and schedules the arrival. */
    void depart() {
        departed = true;
        run.departed(this);
        if (holdsSlot) {
            from.released(this);
        }
        run.loop.scheduleIn(this, duration);
    }

    @Override
    void fire() {
        if (!departed) {
            depart();
        } else if (request) {
            arrivedAt = run.loop.now();
            run.arrived(this);
            to.receiveRequest(this);
        } else {
            to.receiveResponse(this);
        }
    }
}
