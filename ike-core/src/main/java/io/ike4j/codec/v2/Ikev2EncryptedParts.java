package io.ike4j.codec.v2;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.IkeDecodeException;

/**
 * The three parts of an SK/SKF body (RFC 7296 §3.14): IV, ciphertext (inner payloads, padding and
 * pad-length octet, still encrypted) and integrity checksum. Views into the message, no copies.
 */
public record Ikev2EncryptedParts(Bytes iv, Bytes ciphertext, Bytes icv) {

    /**
     * Splits {@code body}. Throws INVALID_SYNTAX when the body cannot hold the IV, the ICV and at least
     * the pad-length octet (offset relative to the body start, since the caller knows where it is).
     */
    static Ikev2EncryptedParts split(Bytes body, int ivLength, int icvLength) {
        if (ivLength < 0 || icvLength < 0) {
            throw new IllegalArgumentException("negative IV or ICV length");
        }
        long need = (long) ivLength + icvLength + 1;
        if (body.length() < need) {
            throw new IkeDecodeException("INVALID_SYNTAX", 7, 0,
                    "encrypted body of " + body.length() + " octets shorter than IV " + ivLength
                            + " + ICV " + icvLength + " + pad length");
        }
        int ctLen = body.length() - ivLength - icvLength;
        return new Ikev2EncryptedParts(body.slice(0, ivLength), body.slice(ivLength, ctLen),
                body.slice(ivLength + ctLen, icvLength));
    }
}
