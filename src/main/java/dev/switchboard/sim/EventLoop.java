package dev.switchboard.sim;

import java.util.Arrays;

/**
 * The future-event list and the clock. Events fire in (time, insertion order), so two events at the same
 * simulated millisecond keep the order in which they were scheduled; that is what makes runs deterministic.
 * The list is a binary heap kept in an array, since a run may schedule millions of events.
 */
final class EventLoop {

    private Event[] heap = new Event[64];
    private int size;
    private long nextOrder;
    private long now;

    long now() {
        return now;
    }

    void schedule(Event event, long at) {
        if (at < now) {
            throw new IllegalStateException("Cannot schedule an event at " + at + " ms: the clock is already at "
                    + now + " ms");
        }
        event.time = at;
        event.order = nextOrder++;
        push(event);
    }

    void scheduleIn(Event event, long delay) {
        schedule(event, now + delay);
    }

    /** Fires events until none is left; the clock ends at the time of the last one. */
    void run() {
        while (size > 0) {
            Event next = pop();
            now = next.time;
            next.fire();
        }
    }

    private void push(Event event) {
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        int at = size++;
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (!before(event, heap[parent])) {
                break;
            }
            heap[at] = heap[parent];
            at = parent;
        }
        heap[at] = event;
    }

    private Event pop() {
        Event first = heap[0];
        Event last = heap[--size];
        heap[size] = null;
        if (size > 0) {
            siftDown(last);
        }
        return first;
    }

    private void siftDown(Event event) {
        int at = 0;
        int half = size >>> 1;
        while (at < half) {
            int child = 2 * at + 1;
            if (child + 1 < size && before(heap[child + 1], heap[child])) {
                child++;
            }
            if (!before(heap[child], event)) {
                break;
            }
            heap[at] = heap[child];
            at = child;
        }
        heap[at] = event;
    }

    private static boolean before(Event a, Event b) {
        return a.time != b.time ? a.time < b.time : a.order < b.order;
    }
}
