package io.ike4j.codec.v1;

import io.ike4j.codec.Bytes;

/** Certificate payload (RFC 2408 §3.9): encoding (see {@link Ikev1CertEncoding}) and opaque data. */
public record CertPayload(int encoding, Bytes data) implements IsakmpPayload {
    /**
     * Checks the encoding octet.
     *
     * @param encoding the Certificate Encoding (RFC 2408 §3.9)
     * @param data the certificate data
     */
    public CertPayload {
        IsakmpHeader.octet("encoding", encoding);
        IsakmpCodec.require(data != null, "null data");
    }

    @Override
    public int type() {
        return 6;
    }
}
