package io.ike4j.negotiator;

import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2Header;
import io.ike4j.codec.v2.Ikev2Payload;

import java.util.List;

/**
 * Sending IKE fragments (RFC 7383): when both peers announced IKEV2_FRAGMENTATION_SUPPORTED and a protected message
 * is longer than the engine's fragment size, its inner payload chain is cut into SKF fragments (§2.5), each
 * encrypted and integrity-protected on its own with a fresh IV, fragment 1 carrying the first inner payload type.
 * A message that fits is sent as plain SK: some peers reject "SKF 1/1". IKE_SA_INIT is never fragmented (§2.5.3).
 * Retransmissions resend every fragment (§2.6.1).
 */
final class Fragmenting {
    /** SKF payload header (§2.5: generic header + fragment number + total fragments). */
    private static final int SKF_HEADER = 8;

    private Fragmenting() {
    }

    /**
     * The fragments of the protected message {@code whole}, or null when it goes as one datagram.
     *
     * @param header the message's header after impairments (each fragment carries it)
     * @param inner the inner payloads after impairments
     */
    static byte[][] split(Ikev2Sa sa, EngineCore core, Ikev2Header header, List<Ikev2Payload> inner, byte[] whole) {
        int max = core.fragmentSize;
        if (max == 0 || !sa.peerFragmentation || whole.length <= max || inner.isEmpty()) {
            return null;
        }
        var protector = sa.protector;
        // worst case per fragment: header, SKF header, IV, a full pad block (pad + pad length), ICV
        int room = max - Ikev2Header.LENGTH - SKF_HEADER - protector.ivLength() - protector.blockSize()
                - protector.icvLength();
        byte[] chain = Ikev2Codec.encodePayloadChain(inner);
        int total = (chain.length + room - 1) / room;
        if (room < 1 || total > 0xffff) {
            return null; // cannot happen with the builder's bounds on the fragment size; sent whole if it did
        }
        byte[][] out = new byte[total][];
        for (int i = 0; i < total; i++) {
            int from = i * room;
            byte[] piece = java.util.Arrays.copyOfRange(chain, from, Math.min(chain.length, from + room));
            byte[] iv = core.random.nextBytes(protector.ivLength());
            out[i] = protector.protectFragment(header, i == 0 ? inner.get(0).type() : 0, i + 1, total, piece,
                    sa.skKeys, iv, 0);
            java.util.Arrays.fill(piece, (byte) 0);
        }
        java.util.Arrays.fill(chain, (byte) 0);
        core.counters.count(io.ike4j.diag.FailureCounters.Packet.FRAGMENTED);
        return out;
    }
}
