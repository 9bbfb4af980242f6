package io.ike4j.codec.v2;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.IkeDecodeException;
import io.ike4j.crypto.AeadCipher;
import io.ike4j.crypto.Cipher;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.TransformKind;
import io.ike4j.crypto.kdf.PrfIntegrity;
import io.ike4j.crypto.IcvMismatchException;
import io.ike4j.crypto.Integrity;
import io.netty.buffer.ByteBuf;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Protects and unprotects the Encrypted payload SK (RFC 7296 §3.14) and its fragment form SKF (RFC 7383
 * §2.5) of a whole IKEv2 message.
 *
 * <ul>
 * <li>Normal mode: encrypt-then-MAC; the ICV covers the message from the first header octet to the last
 *     octet before the ICV, computed with SK_ai/SK_ar.</li>
 * <li>Combined mode (RFC 5282 §5.1, RFC 7634 §3): the associated data is the message from the first header
 *     octet through the SK header (SKF: through fragment number and total fragments, RFC 7383 §2.5.3),
 *     i.e. everything before the IV; no separate ICV key.</li>
 * <li>Keys by the Initiator flag of the header (RFC 7296 §2.14), not by request/response.</li>
 * <li>{@link #unprotect} checks the ICV (constant time) BEFORE anything decrypted is used; then the
 *     ciphertext length against the block size and the pad length against the plaintext.</li>
 * </ul>
 * A failed ICV/tag, or a body too short to hold IV, ICV and pad length (which therefore cannot be
 * authenticated), is {@link IcvMismatchException}; errors found only after the ICV verified (block
 * alignment, pad length) are {@link IkeDecodeException}s with offsets from the header. The protector holds no
 * key state: the primitives keyed with SK_e/SK_a live in the {@link Ikev2SkKeys} (made on first use, wiped
 * by {@link Ikev2SkKeys#destroy()}), which like its SA is used by one thread at a time.
 */
public final class Ikev2SkProtector {
    private final Cipher cipher;
    private final Integrity integrity;
    private final AeadCipher aead;
    private final int uncheckedIcvLength;

    private Ikev2SkProtector(Cipher cipher, Integrity integrity, AeadCipher aead, int uncheckedIcvLength) {
        this.cipher = cipher;
        this.integrity = integrity;
        this.aead = aead;
        this.uncheckedIcvLength = uncheckedIcvLength;
    }

    /**
     * A normal-mode cipher with its integrity algorithm.
     *
     * @param cipher the ENCR algorithm
     * @param integrity the INTEG algorithm
     * @return the protector
     */
    public static Ikev2SkProtector normal(Cipher cipher, Integrity integrity) {
        return new Ikev2SkProtector(cipher, integrity, null, 0);
    }

    /**
     * A combined-mode cipher (AES-GCM/CCM, ChaCha20-Poly1305).
     *
     * @param aead the ENCR algorithm
     * @return the protector
     */
    public static Ikev2SkProtector aead(AeadCipher aead) {
        return new Ikev2SkProtector(null, null, aead, 0);
    }

    /**
     * Decrypt-only, for diagnostics without the integrity key (Wireshark's "ANY n-bits of Authentication
     * [No Checking]"): the ICV of {@code icvLength} octets is skipped, and results say icvVerified=false.
     * Never for protocol use.
     *
     * @param cipher the ENCR algorithm
     * @param icvLength the octets to skip at the end
     * @return the protector
     */
    public static Ikev2SkProtector decryptOnly(Cipher cipher, int icvLength) {
        return new Ikev2SkProtector(cipher, null, null, icvLength);
    }

    /**
     * The protector for negotiated transforms on {@code provider}: ENCR {@code encrId} with Key Length
     * {@code keyBits} (0 for fixed), INTEG {@code integId} (ignored for AEAD; 0 = none; -1 = decrypt-only
     * skipping {@code uncheckedIcvLength} octets). RFC 4595's untruncated INTEG 6/7 fall back to the
     * provider's HMAC PRF 1/2 when the provider lists no such INTEG.
     *
     * @param provider the crypto provider
     * @param encrId the ENCR transform ID
     * @param keyBits the Key Length attribute, 0 for fixed-length ciphers
     * @param integId the INTEG transform ID, 0 or -1 as above
     * @param uncheckedIcvLength the ICV octets skipped when {@code integId} is -1
     * @return the protector
     * @throws io.ike4j.crypto.UnsupportedTransformException when the provider lacks a transform
     */
    public static Ikev2SkProtector forTransforms(CryptoProvider provider, int encrId, int keyBits, int integId,
                                                 int uncheckedIcvLength) {
        if (provider.isAead(encrId)) {
            return aead(provider.aeadCipher(encrId, keyBits));
        }
        Cipher c = provider.cipher(encrId, keyBits);
        if (integId < 0) {
            return decryptOnly(c, uncheckedIcvLength);
        }
        if (integId == 0) {
            throw new IllegalArgumentException("a normal-mode cipher needs an integrity algorithm");
        }
        if ((integId == 6 || integId == 7) && !provider.supports(TransformKind.INTEG, integId)) {
            return normal(c, PrfIntegrity.rfc4595(integId, provider.prf(integId == 6 ? 1 : 2)));
        }
        return normal(c, provider.integrity(integId));
    }

    /** {@return true for a combined-mode cipher} */
    public boolean isAead() {
        return aead != null;
    }

    /** {@return the IV length of the cipher} */
    public int ivLength() {
        return aead != null ? aead.ivLength() : cipher.ivLength();
    }

    /** {@return the ICV length (of the AEAD, the integrity algorithm, or the skipped octets)} */
    public int icvLength() {
        return aead != null ? aead.icvLength() : integrity != null ? integrity.icvLength() : uncheckedIcvLength;
    }

    /** {@return the cipher's block size (padding granularity; 1 for AEAD and counter modes is still rounded as 4)} */
    public int blockSize() {
        // Combined-mode plaintexts need no block alignment; RFC 5282 §3 still lets padding be added.
        return aead != null ? 1 : cipher.blockSize();
    }

    /**
     * Decrypts the SK or SKF payload that ends {@code datagram} (it is the last payload, RFC 7296 §3.14).
     *
     * @param datagram the whole IKE message as received (the bytes {@code message} was decoded from)
     * @param message  its decoded form
     * @param keys     the SA's keys; the direction follows the header's I flag
     * @return the decrypted payload octets and padding
     * @throws IcvMismatchException when the ICV does not verify (nothing is decrypted then)
     */
    public Ikev2SkPlaintext unprotect(Bytes datagram, Ikev2Message message, Ikev2SkKeys keys)
            throws IcvMismatchException {
        List<Ikev2Payload> ps = message.payloads();
        Ikev2Payload last = ps.isEmpty() ? null : ps.get(ps.size() - 1);
        Bytes body;
        int inner;
        if (last instanceof Ikev2SkPayload sk) {
            body = sk.body();
            inner = sk.innerNextPayload();
        } else if (last instanceof Ikev2SkfPayload skf) {
            body = skf.body();
            inner = skf.innerNextPayload();
        } else {
            throw new IllegalArgumentException("message has no SK/SKF payload");
        }
        if (body.length() > datagram.length() - Ikev2Header.LENGTH) {
            throw new IllegalArgumentException("datagram is not the message's encoding");
        }
        byte[] whole = datagram.wholeArrayOrNull();
        byte[] msg = whole != null ? whole : datagram.toByteArray(); // only read from here on
        int bodyStart = msg.length - body.length();
        boolean initiator = message.header().isInitiator();
        return unprotectBody(msg, bodyStart, inner, keys, initiator);
    }

    private Ikev2SkPlaintext unprotectBody(byte[] msg, int bodyStart, int inner, Ikev2SkKeys keys, boolean initiator)
            throws IcvMismatchException {
        int ivLen = ivLength();
        int icvLen = icvLength();
        int bodyLen = msg.length - bodyStart;
        if (bodyLen < ivLen + icvLen + 1) {
            // Too short to carry an ICV that could be checked: nothing about it is authenticated, so it must be
            // treated exactly like a failed ICV (dropped, never answered; RFC 7296 §2.21.2, §3.14).
            throw new IcvMismatchException("encrypted body of " + bodyLen + " octets cannot hold IV " + ivLen
                    + ", ICV " + icvLen + " and the pad length");
        }
        byte[] iv = Arrays.copyOfRange(msg, bodyStart, bodyStart + ivLen);
        int ctStart = bodyStart + ivLen;
        int ctLen = bodyLen - ivLen - icvLen;
        byte[] plain;
        boolean verified;
        if (aead != null) {
            plain = keys.aead(aead, initiator).openInMessage(iv, msg, bodyStart, ctStart, ctLen + icvLen);
            verified = true;
        } else {
            if (integrity != null) {
                // RFC 7296 §3.14: the ICV covers the whole message up to the ICV; check it first.
                byte[] expected = keys.integrity(integrity, initiator).compute(msg, 0, msg.length - icvLen);
                byte[] received = Arrays.copyOfRange(msg, msg.length - icvLen, msg.length);
                if (!MessageDigest.isEqual(expected, received)) {
                    throw new IcvMismatchException("ICV mismatch");
                }
                verified = true;
            } else {
                verified = false;
            }
            if (ctLen % cipher.blockSize() != 0) {
                throw new IkeDecodeException("INVALID_SYNTAX", 7, ctStart, "ciphertext of " + ctLen
                        + " octets is not a multiple of the " + cipher.blockSize() + "-octet block");
            }
            plain = keys.cipher(cipher, initiator).decrypt(iv, msg, ctStart, ctLen);
        }
        int padLength = plain[plain.length - 1] & 0xff;
        if (padLength + 1 > plain.length) {
            throw new IkeDecodeException("INVALID_SYNTAX", 7, ctStart + plain.length - 1, "pad length "
                    + padLength + " exceeds the " + plain.length + "-octet plaintext");
        }
        int payloadLen = plain.length - padLength - 1;
        Bytes all = Bytes.wrap(plain);
        return new Ikev2SkPlaintext(inner, all.slice(0, payloadLen), all.slice(payloadLen, padLength), verified);
    }

    /**
     * Builds the protected message: {@code clearPayloads} (normally none; they precede SK unencrypted), then
     * an SK payload holding {@code innerPayloads}, padded with zero octets to the block size plus at least
     * {@code extraPadding} more, rounded up to whole blocks (RFC 7296 §3.14; 0 is fine).
     *
     * @param header the message's header
     * @param clearPayloads payloads before SK, unencrypted
     * @param innerPayloads payloads inside SK
     * @param keys the SA's keys; the direction follows the header's I flag
     * @param iv a fresh IV of {@link #ivLength()} octets from the caller's random source (CBC: unpredictable;
     *           CTR/AEAD: never reused with the key)
     * @param extraPadding extra padding octets wanted
     * @return the whole protected message
     */
    public byte[] protect(Ikev2Header header, List<Ikev2Payload> clearPayloads, List<Ikev2Payload> innerPayloads,
                          Ikev2SkKeys keys, byte[] iv, int extraPadding) {
        int first = innerPayloads.isEmpty() ? 0 : innerPayloads.get(0).type();
        // The inner chain and then the outer message go into one scratch buffer; the message is assembled from it
        // and sealed in place: the message is the only array allocated.
        ByteBuf buf = Ikev2Codec.Scratch.take();
        try {
            Ikev2Encoder.encodeChain(innerPayloads, buf, false);
            return seal(header, clearPayloads, buf, buf.writerIndex(), first, -1, -1, keys, iv, extraPadding);
        } finally {
            Ikev2Codec.Scratch.give(buf);
        }
    }

    /**
     * One SKF fragment (RFC 7383 §2.5): {@code fragmentBytes} is this fragment's share of the encoded inner
     * payload chain; {@code innerNextPayload} is the first inner payload type for fragment 1, 0 for others.
     *
     * @param header the message's header
     * @param innerNextPayload the first inner payload type, or 0
     * @param fragmentNumber the fragment number, from 1
     * @param totalFragments the number of fragments
     * @param fragmentBytes this fragment's part of the inner payload chain
     * @param keys the SA's keys
     * @param iv a fresh IV of {@link #ivLength()} octets
     * @param extraPadding extra padding octets wanted
     * @return the whole protected fragment message
     */
    public byte[] protectFragment(Ikev2Header header, int innerNextPayload, int fragmentNumber, int totalFragments,
                                  byte[] fragmentBytes, Ikev2SkKeys keys, byte[] iv, int extraPadding) {
        ByteBuf buf = Ikev2Codec.Scratch.take();
        try {
            buf.writeBytes(fragmentBytes);
            return seal(header, List.of(), buf, fragmentBytes.length, innerNextPayload, fragmentNumber, totalFragments,
                    keys, iv, extraPadding);
        } finally {
            Ikev2Codec.Scratch.give(buf);
        }
    }

    /** Zero octets the SK payload is encoded with before the IV, ciphertext and ICV are written over them. */
    private static final byte[] ZEROS = new byte[16_384];

    /** {@code buf[0, innerLen)} holds the inner octets; the outer message is encoded after them in {@code buf}. */
    private byte[] seal(Ikev2Header header, List<Ikev2Payload> clear, ByteBuf buf, int innerLen, int first, int fragNo,
                        int fragTotal, Ikev2SkKeys keys, byte[] iv, int extraPadding) {
        if (iv.length != ivLength()) {
            throw new IllegalArgumentException("IV must be " + ivLength() + " octets");
        }
        if (extraPadding < 0) {
            throw new IllegalArgumentException("negative padding");
        }
        int block = blockSize();
        // Extra padding (RFC 7296 §3.14 allows up to 255 octets, e.g. to hide lengths) in whole blocks.
        int padLen = (block - (innerLen + 1) % block) % block + (extraPadding + block - 1) / block * block;
        if (padLen > 255) {
            throw new IllegalArgumentException("pad length above 255");
        }
        int plainLen = innerLen + padLen + 1;
        int icvLen = icvLength();
        int bodyLen = iv.length + plainLen + icvLen;
        Bytes placeholder = Bytes.wrap(bodyLen <= ZEROS.length ? ZEROS : new byte[bodyLen], 0, bodyLen);
        Ikev2Payload sk = fragNo < 0 ? new Ikev2SkPayload(first, placeholder)
                : new Ikev2SkfPayload(first, fragNo, fragTotal, placeholder);
        List<Ikev2Payload> payloads;
        if (clear.isEmpty()) {
            payloads = List.of(sk); // the usual case: SK alone
        } else {
            payloads = new ArrayList<>(clear.size() + 1);
            payloads.addAll(clear);
            payloads.add(sk);
        }
        Ikev2Encoder.encodeMessage(new Ikev2Message(header, payloads), buf);
        byte[] msg = new byte[buf.writerIndex() - innerLen];
        buf.getBytes(innerLen, msg);
        int bodyStart = msg.length - bodyLen;
        int plainStart = bodyStart + iv.length;
        System.arraycopy(iv, 0, msg, bodyStart, iv.length);
        buf.getBytes(0, msg, plainStart, innerLen); // the padding stays zero
        msg[plainStart + plainLen - 1] = (byte) padLen;
        boolean initiator = header.isInitiator();
        if (aead != null) {
            keys.aead(aead, initiator).sealInMessage(iv, msg, bodyStart, plainStart, plainLen);
        } else {
            if (integrity == null) {
                throw new IllegalStateException("a decrypt-only protector cannot protect");
            }
            byte[] ct = keys.cipher(cipher, initiator).encrypt(iv, msg, plainStart, plainLen);
            System.arraycopy(ct, 0, msg, plainStart, ct.length);
            byte[] icv = keys.integrity(integrity, initiator).compute(msg, 0, msg.length - icvLen);
            System.arraycopy(icv, 0, msg, msg.length - icvLen, icvLen);
        }
        return msg;
    }
}
