package io.ike4j.codec.v1;

import io.ike4j.codec.Bytes;

/**
 * Nonce payload (RFC 2408 §3.13): Ni/Nr, opaque.
 */
public record NoncePayload(Bytes nonce) implements IsakmpPayload {
    /**
     * Checks that the nonce is present.
     *
     * @param nonce the nonce data
     */
    public NoncePayload {
        IsakmpCodec.require(nonce != null, "null nonce");
    }

    @Override
    public int type() {
        return 10;
    }
}
