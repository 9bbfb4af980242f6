package io.ike4j.codec.v2;

import io.ike4j.codec.Bytes;

/** Nonce payload, Ni or Nr (RFC 7296 §3.9). Length 16..256 is a policy check, not a syntax one. */
public record Ikev2NoncePayload(Bytes nonce, int flags) implements Ikev2Payload {
    /** Payload type 40, Nonce (RFC 7296 §3.9). */
    public static final int TYPE = 40;

    /**
     * The payload with {@code flags} 0.
     *
     * @param nonce the nonce data
     */
    public Ikev2NoncePayload(Bytes nonce) {
        this(nonce, 0);
    }

    @Override
    public int type() {
        return TYPE;
    }
}
