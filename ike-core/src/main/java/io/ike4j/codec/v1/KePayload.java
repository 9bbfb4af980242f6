package io.ike4j.codec.v1;

import io.ike4j.codec.Bytes;

/**
 * Key Exchange payload (RFC 2408 §3.7): the Diffie-Hellman public value, opaque here.
 */
public record KePayload(Bytes keyExchangeData) implements IsakmpPayload {
    /**
     * Checks that the KE data is present.
     *
     * @param keyExchangeData the Diffie-Hellman public value
     */
    public KePayload {
        IsakmpCodec.require(keyExchangeData != null, "null keyExchangeData");
    }

    @Override
    public int type() {
        return 4;
    }
}
