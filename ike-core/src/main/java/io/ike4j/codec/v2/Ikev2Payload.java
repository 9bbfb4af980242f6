package io.ike4j.codec.v2;

/**
 * One payload of an IKEv2 message (RFC 7296 §3.2). Each record keeps the raw octet after the
 * next-payload field ({@link #flags()}: critical bit 0x80 plus seven reserved bits) so captured
 * messages re-encode byte-identically; the next-payload and length fields are computed by the encoder.
 */
public sealed interface Ikev2Payload
        permits Ikev2SaPayload, Ikev2KePayload, Ikev2IdPayload, Ikev2CertPayload, Ikev2CertReqPayload,
        Ikev2AuthPayload, Ikev2NoncePayload, Ikev2NotifyPayload, Ikev2DeletePayload, Ikev2VendorIdPayload,
        Ikev2TsPayload, Ikev2SkPayload, Ikev2CpPayload, Ikev2EapPayload, Ikev2SkfPayload, Ikev2UnknownPayload {

    /** Critical bit of the generic payload header (RFC 7296 §3.2). */
    int CRITICAL = 0x80;

    /** {@return the IANA payload type number (what the previous next-payload field names)} */
    int type();

    /** {@return the octet following the next-payload field: critical bit and reserved bits, as on the wire} */
    int flags();

    /** {@return true when the critical bit is set (RFC 7296 §2.5)} */
    default boolean critical() {
        return (flags() & CRITICAL) != 0;
    }
}
