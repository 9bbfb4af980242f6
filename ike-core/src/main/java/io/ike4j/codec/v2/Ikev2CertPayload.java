package io.ike4j.codec.v2;

import io.ike4j.codec.Bytes;

/** Certificate payload (RFC 7296 §3.6); {@code encoding} is an {@link io.ike4j.codec.v2.iana.Ikev2CertEncoding} number. */
public record Ikev2CertPayload(int encoding, Bytes data, int flags) implements Ikev2Payload {
    /** Payload type 37, Certificate (RFC 7296 §3.6). */
    public static final int TYPE = 37;

    /**
     * The payload with {@code flags} 0.
     *
     * @param encoding the certificate encoding (RFC 7296 §3.6)
     * @param data the payload data
     */
    public Ikev2CertPayload(int encoding, Bytes data) {
        this(encoding, data, 0);
    }

    @Override
    public int type() {
        return TYPE;
    }
}
