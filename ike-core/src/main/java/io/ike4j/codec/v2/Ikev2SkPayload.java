package io.ike4j.codec.v2;

import io.ike4j.codec.Bytes;

/**
 * Encrypted and Authenticated payload envelope (RFC 7296 §3.14). It is always the last payload; its
 * next-payload field names the first inner payload, kept here as {@code innerNextPayload}.
 *
 * @param body IV, ciphertext (with padding and pad length) and ICV, undivided
 */
public record Ikev2SkPayload(int innerNextPayload, Bytes body, int flags) implements Ikev2Payload {
    /** Payload type 46, Encrypted and Authenticated (RFC 7296 §3.14). */
    public static final int TYPE = 46;

    /**
     * The payload with {@code flags} 0.
     *
     * @param innerNextPayload the type of the first payload inside
     * @param body the payload body
     */
    public Ikev2SkPayload(int innerNextPayload, Bytes body) {
        this(innerNextPayload, body, 0);
    }

    @Override
    public int type() {
        return TYPE;
    }

    /**
     * Splits the body given the cipher's IV and ICV lengths (offset in errors counts from the body).
     *
     * @param ivLength the IV length
     * @param icvLength the ICV length
     * @return IV, ciphertext and ICV, views into the body
     */
    public Ikev2EncryptedParts split(int ivLength, int icvLength) {
        return Ikev2EncryptedParts.split(body, ivLength, icvLength);
    }
}
