package dev.switchboard.sim;

/**
 * Something that happens at a simulated time. The event loop stamps {@code time}, an insertion {@code order}
 * and its place in the heap when the event is scheduled; an event may be scheduled again once it has fired.
 */
abstract class Event {

    long time;
    long order;
    int slot = -1;

    abstract void fire();
}
