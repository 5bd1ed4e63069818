package dev.switchboard.sim;

import java.util.Arrays;

/**
 * The future-event list and the clock. Events fire in (time, insertion order), so two events at the same
 * simulated millisecond keep the order in which they were scheduled; that is what makes runs deterministic.
 * The list is a binary heap kept in an array, since a run may schedule millions of events; each event knows its
 * slot, so a pending one (a gateway's timeout whose reply came in time) can be taken out in logarithmic time.
 */
final class EventLoop {

    private Event[] heap = new Event[64];
    private int size;
    private long nextOrder;
    private long now;
    private long fired;

    long now() {
        return now;
    }

    /** How many events have fired so far. */
    long fired() {
        return fired;
    }

    void schedule(Event event, long at) {
        if (at < now) {
            throw new IllegalStateException("Cannot schedule an event at " + at + " ms: the clock is already at "
                    + now + " ms");
        }
        if (event.slot >= 0) {
            throw new IllegalStateException("The event is already scheduled at " + event.time + " ms");
        }
        event.time = at;
        event.order = nextOrder++;
        push(event);
    }

    void scheduleIn(Event event, long delay) {
        schedule(event, now + delay);
    }

    /** Takes a pending event out of the list; an event that is not pending is left alone. */
    void cancel(Event event) {
        int at = event.slot;
        if (at < 0) {
            return;
        }
        event.slot = -1;
        Event last = heap[--size];
        heap[size] = null;
        if (at == size) {
            return;
        }
        if (at > 0 && before(last, heap[(at - 1) >>> 1])) {
            siftUp(last, at);
        } else {
            siftDown(last, at);
        }
    }

    /** Fires events until none is left; the clock ends at the time of the last one. */
    void run() {
        runUntil(Long.MAX_VALUE);
    }

    /**
     * Fires events up to and including {@code horizon}; later ones are left unfired, and the clock then stops at the
     * horizon. A bound on simulated time bounds a run's work and its per-second metrics, however long its queues.
     */
    void runUntil(long horizon) {
        while (size > 0) {
            if (heap[0].time > horizon) {
                now = horizon;
                return;
            }
            Event next = pop();
            now = next.time;
            fired++;
            next.fire();
        }
    }

    private void push(Event event) {
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        siftUp(event, size++);
    }

    private Event pop() {
        Event first = heap[0];
        first.slot = -1;
        Event last = heap[--size];
        heap[size] = null;
        if (size > 0) {
            siftDown(last, 0);
        }
        return first;
    }

    private void siftUp(Event event, int from) {
        int at = from;
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            Event above = heap[parent];
            if (!before(event, above)) {
                break;
            }
            heap[at] = above;
            above.slot = at;
            at = parent;
        }
        heap[at] = event;
        event.slot = at;
    }

    private void siftDown(Event event, int from) {
        int at = from;
        int half = size >>> 1;
        while (at < half) {
            int child = 2 * at + 1;
            if (child + 1 < size && before(heap[child + 1], heap[child])) {
                child++;
            }
            Event below = heap[child];
            if (!before(below, event)) {
                break;
            }
            heap[at] = below;
            below.slot = at;
            at = child;
        }
        heap[at] = event;
        event.slot = at;
    }

    private static boolean before(Event a, Event b) {
        return a.time != b.time ? a.time < b.time : a.order < b.order;
    }
}
