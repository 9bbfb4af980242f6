package io.ike4j.codec.v1;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.IkeDecodeException;
import io.ike4j.crypto.Cipher;
import io.ike4j.crypto.SecretBytes;
import java.util.Arrays;
import java.util.List;

/**
 * IKEv1 payload encryption (RFC 2408 §3.1 E flag, RFC 2409 App. B): everything after the 28-octet header
 * is CBC-encrypted with the key from SKEYID_e; the plaintext is padded to the block size and the padding
 * is kept (it becomes a {@link TrailingBytes} when decoded), so the decrypted message re-encodes to the
 * same octets. IVs come from {@link IsakmpIvChain}; after a message, its last ciphertext block is the
 * next IV of that exchange ({@link #lastBlock}). IKEv1 has no ICV: integrity comes from the HASH payloads.
 */
public final class IsakmpEncryption {
    private final Cipher cipher;

    /**
     * Encryption with the negotiated cipher (CBC, RFC 2409 App. B).
     *
     * @param cipher the cipher
     */
    public IsakmpEncryption(Cipher cipher) {
        this.cipher = cipher;
    }

    /** {@return the cipher's block size} */
    public int blockSize() {
        return cipher.blockSize();
    }

    /**
     * The plaintext (payloads and padding) of an encrypted message. INVALID_PAYLOAD_TYPE-free: a body that is
     * not a whole number of blocks is PAYLOAD_MALFORMED (16) at the body offset 28.
     *
     * @param message an encrypted message
     * @param key the phase-1 encryption key
     * @param iv the exchange's current IV
     * @return the plaintext
     */
    public Bytes decrypt(IsakmpMessage message, SecretBytes key, byte[] iv) {
        EncryptedBody body = message.encryptedBody();
        if (body == null) {
            throw new IllegalArgumentException("message is not encrypted");
        }
        Bytes ct = body.ciphertext();
        if (ct.length() == 0 || ct.length() % cipher.blockSize() != 0) {
            throw new IkeDecodeException("PAYLOAD_MALFORMED", 16, IsakmpHeader.SIZE, "encrypted body of "
                    + ct.length() + " octets is not a whole number of " + cipher.blockSize() + "-octet blocks");
        }
        byte[] c = ct.toByteArray();
        return Bytes.wrap(cipher.decrypt(key.unsafeBytes(), iv, c, 0, c.length));
    }

    /**
     * Decrypts and decodes the payload chain (padding last, as {@link TrailingBytes}).
     *
     * @param message an encrypted message
     * @param key the phase-1 encryption key
     * @param iv the exchange's current IV
     * @return the payloads
     */
    public List<IsakmpPayload> decryptPayloads(IsakmpMessage message, SecretBytes key, byte[] iv) {
        return IsakmpCodec.decodePayloadChain(message.header().nextPayload(), decrypt(message, key, iv));
    }

    /**
     * The last ciphertext block of an encrypted message: the next IV of its exchange.
     *
     * @param message an encrypted message
     * @return the block
     */
    public byte[] lastBlock(IsakmpMessage message) {
        Bytes ct = message.encryptedBody().ciphertext();
        int b = cipher.blockSize();
        if (ct.length() < b) {
            throw new IllegalArgumentException("ciphertext shorter than a block");
        }
        return ct.slice(ct.length() - b, b).toByteArray();
    }

    /**
     * Encrypts {@code payloads} under {@code header} (E flag set, Next Payload = the first payload), padding
     * with zero octets to the block size (RFC 2409 App. B); returns the whole message.
     *
     * @param header the header
     * @param payloads the payloads
     * @param key the phase-1 encryption key
     * @param iv the exchange's current IV
     * @return the whole encrypted message
     */
    public byte[] encrypt(IsakmpHeader header, List<IsakmpPayload> payloads, SecretBytes key, byte[] iv) {
        byte[] plain = IsakmpCodec.encodePayloadChain(payloads);
        int b = cipher.blockSize();
        int padded = (plain.length + b - 1) / b * b;
        if (padded == 0) {
            padded = b;
        }
        byte[] p = Arrays.copyOf(plain, padded);
        byte[] ct = cipher.encrypt(key.unsafeBytes(), iv, p, 0, p.length);
        int first = payloads.isEmpty() ? 0 : payloads.get(0).type();
        IsakmpMessage m = IsakmpMessage.encrypted(header.withNextPayload(first), new EncryptedBody(Bytes.wrap(ct)));
        return IsakmpCodec.encode(m);
    }
}
