package io.ike4j.codec.v1;

import io.ike4j.codec.Bytes;

/**
 * Vendor ID payload (RFC 2408 §3.16): an opaque vendor-chosen value (often a hash).
 */
public record VendorIdPayload(Bytes vendorId) implements IsakmpPayload {
    /**
     * Checks that the vendor ID is present.
     *
     * @param vendorId the vendor ID data
     */
    public VendorIdPayload {
        IsakmpCodec.require(vendorId != null, "null vendorId");
    }

    @Override
    public int type() {
        return 13;
    }
}
