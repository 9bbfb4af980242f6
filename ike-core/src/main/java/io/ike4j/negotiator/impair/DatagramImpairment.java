package io.ike4j.negotiator.impair;

import io.ike4j.negotiator.Impairments;
import io.ike4j.negotiator.v1.Ikev1Impairments;
import io.ike4j.transport.Datagram;

import java.util.List;

/**
 * An impairment that works on whole datagrams, so it applies to the IKEv2 and the IKEv1 engine alike: what is
 * sent or received is kept, dropped, repeated or replaced. Instances keep their own counters and held datagrams;
 * give each engine its own.
 */
public abstract class DatagramImpairment implements Impairments, Ikev1Impairments {
    private final String name;

    DatagramImpairment(String name) {
        this.name = name;
    }

    /**
     * What goes out instead of {@code d}.
     *
     * @param d the datagram the engine sends
     * @return what is sent
     */
    List<Datagram> out(Datagram d) {
        return List.of(d);
    }

    /**
     * What is received instead of {@code d}.
     *
     * @param d the datagram that arrived
     * @return what the engine processes
     */
    List<Datagram> in(Datagram d) {
        return List.of(d);
    }

    @Override
    public final List<Datagram> outgoing(int saId, Datagram datagram) {
        return out(datagram);
    }

    @Override
    public final List<Datagram> incoming(Datagram datagram) {
        return in(datagram);
    }

    @Override
    public String toString() {
        return name;
    }
}
