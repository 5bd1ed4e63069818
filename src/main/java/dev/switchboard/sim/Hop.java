package dev.switchboard.sim;

import java.util.Map;

/**
 * One frame crossing one link, as an event: it first departs (the frame is emitted) and, {@code duration} later,
 * arrives at the other end, where that station decides what happens next. The same object serves both moments,
 * and a station that passes a request on keeps it in the exchange's trail to send the response back.
 */
final class Hop extends Event {

    final Exchange exchange;
    final Station from;
    final Station to;
    final boolean request;
    final int status;
    final String path;
    /** Link latencies are at most NodeValidator.MAX_MILLIS, so an int holds them; a run makes millions of hops. */
    final int duration;
    /**
     * When the request of this leg arrived: for a request, set as it reaches {@code to}; for a response, that of the
     * request it answers, given at creation, so {@code from} can measure how long it took.
     */
    long requestArrivedAt;
    String note;
    Map<String, String> headers;
    Trace trace;
    /** For a server's response: the service slot it frees when it leaves. */
    boolean holdsSlot;

    private boolean departed;

    Hop(Exchange exchange, Station from, Station to, boolean request, int status, String path, long duration,
        long requestArrivedAt) {
        this.exchange = exchange;
        this.from = from;
        this.to = to;
        this.request = request;
        this.status = status;
        this.path = path;
        this.duration = Math.toIntExact(duration);
        this.requestArrivedAt = requestArrivedAt;
    }

    Hop explained(String withNote, Map<String, String> withHeaders, Trace withTrace) {
        note = withNote;
        headers = withHeaders;
        trace = withTrace;
        return this;
    }

    /** Emits the frame now and schedules the arrival. */
    void depart() {
        Run run = from.run;
        departed = true;
        run.departed(this);
        if (holdsSlot) {
            from.released(this);
        }
        run.loop.scheduleIn(this, duration);
    }

    @Override
    void fire() {
        Run run = from.run;
        if (!departed) {
            depart();
        } else if (request) {
            requestArrivedAt = run.loop.now();
            run.arrived(this);
            to.receiveRequest(this);
        } else {
            to.receiveResponse(this);
        }
    }
}
