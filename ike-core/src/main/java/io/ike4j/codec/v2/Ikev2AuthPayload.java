package io.ike4j.codec.v2;

import io.ike4j.codec.Bytes;

/**
 * Authentication payload (RFC 7296 §3.8).
 *
 * @param method   {@link io.ike4j.codec.v2.iana.Ikev2AuthMethod} number
 * @param reserved the 24 reserved bits
 */
public record Ikev2AuthPayload(int method, int reserved, Bytes data, int flags) implements Ikev2Payload {
    /** Payload type 39, Authentication (RFC 7296 §3.8). */
    public static final int TYPE = 39;

    /**
     * The payload with {@code reserved} 0 and {@code flags} 0.
     *
     * @param method the authentication method (RFC 7296 §3.8)
     * @param data the payload data
     */
    public Ikev2AuthPayload(int method, Bytes data) {
        this(method, 0, data, 0);
    }

    @Override
    public int type() {
        return TYPE;
    }
}
