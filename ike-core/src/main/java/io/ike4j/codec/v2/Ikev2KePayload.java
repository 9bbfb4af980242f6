package io.ike4j.codec.v2;

import io.ike4j.codec.Bytes;

/**
 * Key Exchange payload (RFC 7296 §3.4).
 *
 * @param group    key exchange method number ({@link io.ike4j.crypto.iana.KeTransformId})
 * @param reserved the 16 reserved bits after the group
 */
public record Ikev2KePayload(int group, int reserved, Bytes keyData, int flags) implements Ikev2Payload {
    /** Payload type 34, Key Exchange (RFC 7296 §3.4). */
    public static final int TYPE = 34;

    /**
     * The payload with {@code reserved} 0 and {@code flags} 0.
     *
     * @param group the key exchange method (Diffie-Hellman group) number
     * @param keyData the key exchange data
     */
    public Ikev2KePayload(int group, Bytes keyData) {
        this(group, 0, keyData, 0);
    }

    @Override
    public int type() {
        return TYPE;
    }
}
