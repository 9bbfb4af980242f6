package io.ike4j.codec.v2;

import io.ike4j.codec.Bytes;

/**
 * Certificate Request payload (RFC 7296 §3.7). For X.509 the authority field is a concatenation of
 * 20-octet SHA-1 hashes of CA public keys; it is kept raw since other encodings differ.
 */
public record Ikev2CertReqPayload(int encoding, Bytes authority, int flags) implements Ikev2Payload {
    /** Payload type 38, Certificate Request (RFC 7296 §3.7). */
    public static final int TYPE = 38;

    /**
     * The payload with {@code flags} 0.
     *
     * @param encoding the certificate encoding (RFC 7296 §3.6)
     * @param authority the certification authority data
     */
    public Ikev2CertReqPayload(int encoding, Bytes authority) {
        this(encoding, authority, 0);
    }

    @Override
    public int type() {
        return TYPE;
    }
}
