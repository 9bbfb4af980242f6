package io.ike4j.codec.v1;

import io.ike4j.codec.Bytes;

/**
 * Hash payload (RFC 2408 §3.11): HASH_I/HASH_R or the phase-2 HASH(n), opaque.
 */
public record HashPayload(Bytes hash) implements IsakmpPayload {
    /**
     * Checks that the hash is present.
     *
     * @param hash the hash data (HASH_I, HASH_R, HASH(1)…)
     */
    public HashPayload {
        IsakmpCodec.require(hash != null, "null hash");
    }

    @Override
    public int type() {
        return 8;
    }
}
