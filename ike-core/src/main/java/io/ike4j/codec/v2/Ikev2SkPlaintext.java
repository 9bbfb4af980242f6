package io.ike4j.codec.v2;

import io.ike4j.codec.Bytes;
import java.util.List;

/**
 * The decrypted contents of one SK or SKF payload (RFC 7296 §3.14, RFC 7383 §2.5).
 *
 * @param innerNextPayload the first inner payload type (0 in SKF fragments after the first)
 * @param payloadBytes     the inner payload octets, without padding and pad-length octet
 * @param padding          the padding octets as received (RFC 7296 §3.14: any value; kept for re-encoding)
 * @param icvVerified      true when the ICV/tag was checked and matched; false only for a cipher set up
 *                         without integrity checking (Wireshark's "ANY … [No Checking]")
 */
public record Ikev2SkPlaintext(int innerNextPayload, Bytes payloadBytes, Bytes padding, boolean icvVerified) {
    /** {@return the inner payloads (an SK payload; for SKF only after reassembly), via {@link Ikev2Codec#decodePayloadChain}} */
    public List<Ikev2Payload> payloads() {
        return Ikev2Codec.decodePayloadChain(innerNextPayload, payloadBytes);
    }
}
