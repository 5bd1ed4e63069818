package dev.switchboard.sim;

/**
 * Something that happens at a simulated time. The event loop stamps {@code time} and an insertion {@code order}
 * when the event is scheduled; an event may be scheduled again once it has fired.
 */
abstract class Event {

    long time;
    long order;

    abstract void fire();
}
