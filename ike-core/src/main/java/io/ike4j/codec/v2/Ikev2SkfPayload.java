package io.ike4j.codec.v2;

import io.ike4j.codec.Bytes;

/**
 * Encrypted and Authenticated Fragment payload (RFC 7383 §2.5). Only fragment 1 names the first inner
 * payload; later fragments carry 0.
 */
public record Ikev2SkfPayload(int innerNextPayload, int fragmentNumber, int totalFragments, Bytes body, int flags)
        implements Ikev2Payload {
    public static final int TYPE = 53;

    public Ikev2SkfPayload(int innerNextPayload, int fragmentNumber, int totalFragments, Bytes body) {
        this(innerNextPayload, fragmentNumber, totalFragments, body, 0);
    }

    @Override
    public int type() {
        return TYPE;
    }

    /** Splits the encrypted body given the cipher's IV and ICV lengths. */
    public Ikev2EncryptedParts split(int ivLength, int icvLength) {
        return Ikev2EncryptedParts.split(body, ivLength, icvLength);
    }
}
