package dev.switchboard.sim;

import java.util.Map;

/**
 * One frame crossing one link, as an event: it first departs (the frame is emitted) and, HOP_MS later, arrives
 * at the other end, where that station decides what happens next. The same object serves both moments.
 */
final class Hop extends Event {

    final Run run;
    final Exchange exchange;
    final Station from;
    final Station to;
    final String kind;
    final Integer status;
    final String path;
    final String note;
    final Map<String, String> headers;

    private boolean departed;

    Hop(Run run, Exchange exchange, Station from, Station to, String kind, Integer status, String path,
        String note, Map<String, String> headers) {
        this.run = run;
        this.exchange = exchange;
        this.from = from;
        this.to = to;
        this.kind = kind;
        this.status = status;
        this.path = path;
        this.note = note;
        this.headers = headers;
    }

    boolean isRequest() {
        return Frame.REQUEST.equals(kind);
    }

    /** Emits the frame now and schedules the arrival. */
    void depart() {
        departed = true;
        run.emit(this);
        run.loop.scheduleIn(this, Simulator.HOP_MS);
    }

    @Override
    void fire() {
        if (!departed) {
            depart();
        } else if (isRequest()) {
            to.receiveRequest(this);
        } else {
            to.receiveResponse(this);
        }
    }
}
