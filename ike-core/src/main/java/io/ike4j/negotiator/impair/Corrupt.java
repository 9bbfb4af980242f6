package io.ike4j.negotiator.impair;

import io.ike4j.transport.Datagram;

import java.util.List;

/**
 * Encoding impairments on the datagram as sent (libreswan's corrupt-encrypted and bogus-payload-flag class): one
 * field of the finished octets is changed, so the peer sees what no encoder would produce. Offsets follow the
 * common header layout of RFC 7296 §3.1 and RFC 2408 §3.1 (28 octets; next payload at 16, flags at 19) and the
 * generic payload header after it (§3.2: next payload, critical/reserved, length), so each applies to IKEv2 and IKEv1.
 */
public final class Corrupt {
    private Corrupt() {
    }

    /**
     * Makes the first payload's length field claim one octet more than it has.
     *
     * @param s which messages
     * @return the impairment
     */
    public static DatagramImpairment payloadLength(Select s) {
        return at(s, "corrupt-payload-length", o -> {
            int len = ((o[30] & 0xff) << 8 | (o[31] & 0xff)) + 1;
            o[30] = (byte) (len >> 8);
            o[31] = (byte) len;
        });
    }

    /**
     * Sets a reserved bit of the first payload's generic header (0x01 of the octet after next payload; RFC 7296
     * §3.2: must be ignored in IKEv2; RFC 2408 §3.2: must be zero in ISAKMP).
     *
     * @param s which messages
     * @return the impairment
     */
    public static DatagramImpairment reservedField(Select s) {
        return at(s, "bogus-payload-flag", o -> o[29] |= 0x01);
    }

    /**
     * Breaks the next-payload chain: the first payload's next-payload field names an unassigned type (200), so the
     * rest of the chain is read as a payload it is not.
     *
     * @param s which messages
     * @return the impairment
     */
    public static DatagramImpairment nextPayloadChain(Select s) {
        return at(s, "corrupt-next-payload", o -> o[28] = (byte) 200);
    }

    /**
     * Flips the last octet: in an SK message that is the ICV (RFC 7296 §3.14), so the peer must drop it unanswered.
     *
     * @param s which messages
     * @return the impairment
     */
    public static DatagramImpairment icv(Select s) {
        return at(s, "corrupt-icv", o -> o[o.length - 1] ^= 0x01);
    }

    /**
     * Flips one octet in the middle of the body after the header and the first payload header: the ciphertext of
     * an SK payload or of an encrypted ISAKMP body.
     *
     * @param s which messages
     * @return the impairment
     */
    public static DatagramImpairment ciphertext(Select s) {
        return at(s, "corrupt-encrypted", o -> o[32 + (o.length - 32) / 2] ^= 0x80);
    }

    private interface Edit {
        void apply(byte[] octets);
    }

    private static DatagramImpairment at(Select s, String name, Edit edit) {
        Select.Matcher m = s.matcher();
        return new DatagramImpairment(name + " " + s) {
            @Override
            List<Datagram> out(Datagram d) {
                if (d.payload().length() <= 32 || !m.test(d)) {
                    return List.of(d);
                }
                byte[] o = d.payload().toByteArray(); // a copy: the engine keeps its own octets for retransmission
                edit.apply(o);
                return List.of(Datagram.of(o, d.local(), d.remote()));
            }
        };
    }
}
