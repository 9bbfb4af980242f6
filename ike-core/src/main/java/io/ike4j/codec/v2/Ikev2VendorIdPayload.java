package io.ike4j.codec.v2;

import io.ike4j.codec.Bytes;

/** Vendor ID payload (RFC 7296 §3.12). */
public record Ikev2VendorIdPayload(Bytes vendorId, int flags) implements Ikev2Payload {
    public static final int TYPE = 43;

    public Ikev2VendorIdPayload(Bytes vendorId) {
        this(vendorId, 0);
    }

    @Override
    public int type() {
        return TYPE;
    }
}
