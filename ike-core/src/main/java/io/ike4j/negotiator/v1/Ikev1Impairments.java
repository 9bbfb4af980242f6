package io.ike4j.negotiator.v1;

import io.ike4j.codec.v1.IsakmpPayload;
import io.ike4j.transport.Datagram;

import java.util.List;

/**
 * Hooks that make the IKEv1 engine misbehave on purpose, as {@link io.ike4j.negotiator.Impairments} does for IKEv2:
 * the payloads of a message before it is encoded (and encrypted: HASH and SIG were computed over what the engine
 * built, so a change here is a wrong HASH on the wire), each datagram sent, each datagram received. The defaults
 * change nothing; {@code io.ike4j.negotiator.impair} has ready-made ones.
 */
public interface Ikev1Impairments {

    /**
     * The payloads about to be encoded (encrypted when the message is).
     *
     * @param saId the SA's ID
     * @param exchangeType the ISAKMP exchange type (2 Main Mode, 4 Aggressive, 5 Informational, 32 Quick Mode)
     * @param messageId the message ID (0 in phase 1)
     * @param payloads as the engine built them
     * @return the payloads to encode
     */
    default List<IsakmpPayload> payloads(int saId, int exchangeType, int messageId, List<IsakmpPayload> payloads) {
        return payloads;
    }

    /**
     * The datagrams sent in place of {@code datagram} (empty = dropped).
     *
     * @param saId the SA's ID
     * @param datagram what the engine would send
     * @return what to send instead
     */
    default List<Datagram> outgoing(int saId, Datagram datagram) {
        return List.of(datagram);
    }

    /**
     * The datagrams processed in place of a received one (empty = dropped).
     *
     * @param datagram as received (non-ESP marker stripped)
     * @return what the engine receives instead
     */
    default List<Datagram> incoming(Datagram datagram) {
        return List.of(datagram);
    }

    /**
     * Several impairments in order: each sees what the one before produced.
     *
     * @param list the impairments
     * @return their composition
     */
    static Ikev1Impairments all(List<? extends Ikev1Impairments> list) {
        List<Ikev1Impairments> is = List.copyOf(list);
        return new Ikev1Impairments() {
            @Override
            public List<IsakmpPayload> payloads(int saId, int exchangeType, int messageId, List<IsakmpPayload> payloads) {
                List<IsakmpPayload> ps = payloads;
                for (Ikev1Impairments i : is) {
                    ps = i.payloads(saId, exchangeType, messageId, ps);
                }
                return ps;
            }

            @Override
            public List<Datagram> outgoing(int saId, Datagram datagram) {
                List<Datagram> ds = List.of(datagram);
                for (Ikev1Impairments i : is) {
                    ds = ds.stream().flatMap(d -> i.outgoing(saId, d).stream()).toList();
                }
                return ds;
            }

            @Override
            public List<Datagram> incoming(Datagram datagram) {
                List<Datagram> ds = List.of(datagram);
                for (Ikev1Impairments i : is) {
                    ds = ds.stream().flatMap(d -> i.incoming(d).stream()).toList();
                }
                return ds;
            }
        };
    }

    /** No impairment. */
    Ikev1Impairments NONE = new Ikev1Impairments() {
    };
}
