package io.ike4j.codec.v1;

/**
 * One element of an ISAKMP payload chain (RFC 2408 §3.2). The generic payload header (Next Payload,
 * RESERVED, Payload Length) is not stored: the encoder derives Next Payload from the list order and
 * computes the length; the decoder rejects a non-zero RESERVED octet (ISAKMP has no critical bit).
 *
 * <p>Two members are not payloads on the wire but keep a message's bytes: {@link EncryptedBody} (the
 * opaque body of a message with the E flag) and {@link TrailingBytes} (octets after the last payload,
 * e.g. the zero padding of a decrypted body).
 */
public sealed interface IsakmpPayload permits SaPayload, KePayload, IdPayload, CertPayload, CertReqPayload,
        HashPayload, SigPayload, NoncePayload, NotifyPayload, DeletePayload, VendorIdPayload, AttributePayload,
        NatDPayload, NatOaPayload, FragmentPayload, UnknownPayload, EncryptedBody, TrailingBytes {
    /** {@return the Next Payload number that announces this payload; -1 for the two pseudo payloads} */
    int type();
}
