package io.ike4j.negotiator.impair;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v1.HashPayload;
import io.ike4j.codec.v1.IsakmpPayload;
import io.ike4j.codec.v1.NotifyPayload;
import io.ike4j.negotiator.v1.Ikev1Impairments;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * IKEv1 payload impairments (libreswan's v1-hash-check, v1-hash-payload and v1-hash-exchange class): the payloads of an ISAKMP message before it is encoded and encrypted. HASH and SIG were computed over what
 * the engine built (RFC 2409 §5), so any change here shows on the wire as a message the peer must refuse.
 */
public final class Isakmp {
    private Isakmp() {
    }

    /**
     * Leaves out every payload of a type (8 HASH, 4 KE, 10 Nonce, 5 ID, 11 Notify).
     *
     * @param s which messages (exchange type only)
     * @param payloadType the ISAKMP payload type number
     * @return the impairment
     */
    public static Ikev1Impairments omit(Select s, int payloadType) {
        return edit("v1-omit-payload-" + payloadType, s, ps -> ps.stream().filter(p -> p.type() != payloadType).toList());
    }

    /**
     * Flips one bit of every HASH payload (HASH_I/HASH_R in phase 1, HASH(1)-(3) in Quick Mode).
     *
     * @param s which messages (exchange type only)
     * @return the impairment
     */
    public static Ikev1Impairments corruptHash(Select s) {
        return edit("v1-hash-check", s, ps -> ps.stream().map(p -> {
            if (!(p instanceof HashPayload h) || h.hash().isEmpty()) {
                return p;
            }
            byte[] b = h.hash().toByteArray();
            b[0] ^= 0x01;
            return (IsakmpPayload) new HashPayload(Bytes.wrap(b));
        }).toList());
    }

    /**
     * Adds a notification to the message after its HASH was computed (RFC 2409 §5.7: HASH(1) covers every payload
     * after it, so the peer must drop an Informational changed this way).
     *
     * @param s which messages (exchange type only)
     * @param notifyType the ISAKMP notify message type
     * @return the impairment
     */
    public static Ikev1Impairments addNotify(Select s, int notifyType) {
        NotifyPayload n = new NotifyPayload(1, 1, notifyType, Bytes.EMPTY, Bytes.EMPTY);
        return edit("v1-add-notify-" + notifyType, s, ps -> {
            List<IsakmpPayload> out = new ArrayList<>(ps);
            out.add(n);
            return out;
        });
    }

    private static Ikev1Impairments edit(String name, Select s, UnaryOperator<List<IsakmpPayload>> f) {
        Select.Matcher m = s.matcher();
        return new Ikev1Impairments() {
            @Override
            public List<IsakmpPayload> payloads(int saId, int exchangeType, int messageId, List<IsakmpPayload> payloads) {
                return m.test(exchangeType, false) ? List.copyOf(f.apply(payloads)) : payloads;
            }

            @Override
            public String toString() {
                return name + " " + s;
            }
        };
    }
}
