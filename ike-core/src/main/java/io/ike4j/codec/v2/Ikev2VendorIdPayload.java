package io.ike4j.codec.v2;

import io.ike4j.codec.Bytes;

/** Vendor ID payload (RFC 7296 §3.12). */
public record Ikev2VendorIdPayload(Bytes vendorId, int flags) implements Ikev2Payload {
    /** Payload type 43, Vendor ID (RFC 7296 §3.12). */
    public static final int TYPE = 43;

    /**
     * The payload with {@code flags} 0.
     *
     * @param vendorId the vendor ID data
     */
    public Ikev2VendorIdPayload(Bytes vendorId) {
        this(vendorId, 0);
    }

    @Override
    public int type() {
        return TYPE;
    }
}
