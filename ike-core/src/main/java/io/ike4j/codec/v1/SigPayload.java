package io.ike4j.codec.v1;

import io.ike4j.codec.Bytes;

/**
 * Signature payload (RFC 2408 §3.12): SIG_I/SIG_R, opaque.
 */
public record SigPayload(Bytes signature) implements IsakmpPayload {
    /**
     * Checks that the signature is present.
     *
     * @param signature the signature data
     */
    public SigPayload {
        IsakmpCodec.require(signature != null, "null signature");
    }

    @Override
    public int type() {
        return 9;
    }
}
