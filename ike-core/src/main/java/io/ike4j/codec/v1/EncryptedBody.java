package io.ike4j.codec.v1;

import io.ike4j.codec.Bytes;

/**
 * The body of a message with the E flag (RFC 2408 §3.1, RFC 2409 App. B): everything after the header,
 * ciphertext including the CBC padding. Decrypt it, then decode the plaintext with
 * {@link IsakmpCodec#decodePayloadChain(int, Bytes)} using the header's Next Payload.
 */
public record EncryptedBody(Bytes ciphertext) implements IsakmpPayload {
    /**
     * Checks that the ciphertext is present.
     *
     * @param ciphertext everything after the ISAKMP header, still encrypted
     */
    public EncryptedBody {
        IsakmpCodec.require(ciphertext != null, "null ciphertext");
    }

    @Override
    public int type() {
        return -1;
    }
}
