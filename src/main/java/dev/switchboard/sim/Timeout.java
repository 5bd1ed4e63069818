package dev.switchboard.sim;

/**
 * A gateway's wait for one reply: fires {@code timeoutMs} after the request left the gateway unless the reply
 * came back first and cancelled it.
 */
final class Timeout extends Event {

    final GatewayStation gateway;
    final Hop incoming;
    final Station member;
    final Balancer pool;

    Timeout(GatewayStation gateway, Hop incoming, Station member, Balancer pool) {
        this.gateway = gateway;
        this.incoming = incoming;
        this.member = member;
        this.pool = pool;
    }

    @Override
    void fire() {
        gateway.timedOut(this);
    }
}
