package io.ike4j.codec.v1;

import io.ike4j.codec.Bytes;

/** Certificate Request payload (RFC 2408 §3.10): certificate type and (possibly empty) authority. */
public record CertReqPayload(int certType, Bytes authority) implements IsakmpPayload {
    /**
     * Checks the type octet.
     *
     * @param certType the Certificate Type asked for
     * @param authority the Certificate Authority field (a DER DN), possibly empty
     */
    public CertReqPayload {
        IsakmpHeader.octet("certType", certType);
        IsakmpCodec.require(authority != null, "null authority");
    }

    @Override
    public int type() {
        return 7;
    }
}
