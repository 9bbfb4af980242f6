package io.ike4j.codec.v1;

import io.ike4j.codec.Bytes;

/**
 * Octets after the last payload of a chain (the one whose Next Payload is 0): the zero padding of a
 * decrypted body (RFC 2409 App. B) or filler some peers append. Kept so the bytes re-encode; always
 * the last element and never empty.
 */
public record TrailingBytes(Bytes octets) implements IsakmpPayload {
    /**
     * Checks that there is at least one octet.
     *
     * @param octets the octets after the last payload
     */
    public TrailingBytes {
        IsakmpCodec.require(octets != null && !octets.isEmpty(), "trailing bytes must not be empty");
    }

    @Override
    public int type() {
        return -1;
    }
}
