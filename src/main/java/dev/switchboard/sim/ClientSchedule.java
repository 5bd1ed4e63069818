package dev.switchboard.sim;

import java.util.List;

/**
 * Merges every client's sends into one sequence ordered by (time, client node order), so request ids follow
 * the order of sending with ties going to the earlier client. Only the next send is ever scheduled, which keeps
 * the future-event list small even when a client sends ten million requests.
 */
final class ClientSchedule extends Event {

    private final EventLoop loop;
    private final List<ClientStation> clients;
    private ClientStation due;

    ClientSchedule(EventLoop loop, List<ClientStation> clients) {
        this.loop = loop;
        this.clients = clients;
    }

    void start() {
        scheduleNext();
    }

    @Override
    void fire() {
        due.sendNext();
        scheduleNext();
    }

    private void scheduleNext() {
        due = null;
        long dueAt = Long.MAX_VALUE;
        for (ClientStation client : clients) {
            if (client.hasMoreToSend()) {
                long at = client.nextSendTime();
                if (at < dueAt) {
                    due = client;
                    dueAt = at;
                }
            }
        }
        if (due != null) {
            loop.schedule(this, dueAt);
        }
    }
}
