package io.ike4j.codec.v2;

import io.ike4j.codec.Bytes;

/**
 * Encrypted and Authenticated Fragment payload (RFC 7383 §2.5). Only fragment 1 names the first inner
 * payload; later fragments carry 0.
 */
public record Ikev2SkfPayload(int innerNextPayload, int fragmentNumber, int totalFragments, Bytes body, int flags)
        implements Ikev2Payload {
    /** Payload type 53, Encrypted and Authenticated Fragment (RFC 7383 §2.5). */
    public static final int TYPE = 53;

    /**
     * The payload with {@code flags} 0.
     *
     * @param innerNextPayload the type of the first payload inside
     * @param fragmentNumber the fragment number, from 1
     * @param totalFragments the number of fragments
     * @param body the payload body
     */
    public Ikev2SkfPayload(int innerNextPayload, int fragmentNumber, int totalFragments, Bytes body) {
        this(innerNextPayload, fragmentNumber, totalFragments, body, 0);
    }

    @Override
    public int type() {
        return TYPE;
    }

    /**
     * Splits the encrypted body given the cipher's IV and ICV lengths.
     *
     * @param ivLength the IV length
     * @param icvLength the ICV length
     * @return IV, ciphertext and ICV, views into the body
     */
    public Ikev2EncryptedParts split(int ivLength, int icvLength) {
        return Ikev2EncryptedParts.split(body, ivLength, icvLength);
    }
}
