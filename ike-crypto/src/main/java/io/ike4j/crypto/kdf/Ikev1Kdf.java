package io.ike4j.crypto.kdf;

import io.ike4j.crypto.KeyedPrf;
import io.ike4j.crypto.Prf;
import io.ike4j.crypto.SecretBytes;
import java.util.Arrays;

/**
 * IKEv1 key derivation and keyed hashes (RFC 2409 §5, §5.5, App. B; RFC 3947 §3.2) over the negotiated
 * hash: {@code prf} is HMAC of that hash and {@code hash} the hash itself. Nonces are the nonce payload
 * bodies (Ni_b, Nr_b), cookies the 8-octet CKY-I/CKY-R. Stateless and thread-safe.
 */
public final class Ikev1Kdf {
    private final Prf prf;
    private final HashFunction hash;

    /**
     * The IKEv1 computations over the negotiated hash's HMAC and the hash itself.
     *
     * @param prf the PRF (IKEv1: HMAC over the negotiated hash, RFC 2409 §4)
     * @param hash the negotiated hash, for the phase-1 IV, the PKE SKEYID key and NAT-D
     */
    public Ikev1Kdf(Prf prf, HashFunction hash) {
        this.prf = prf;
        this.hash = hash;
    }

    /** {@return the PRF} */
    public Prf prf() {
        return prf;
    }

    /** {@return the negotiated hash} */
    public HashFunction hash() {
        return hash;
    }

    /**
     * Signature authentication: SKEYID = prf(Ni_b | Nr_b, g^xy).
     *
     * @param ni Ni_b, the initiator's nonce body
     * @param nr Nr_b, the responder's nonce body
     * @param gxy the Diffie-Hellman shared secret
     * @return SKEYID
     */
    public SecretBytes skeyidSignature(byte[] ni, byte[] nr, SecretBytes gxy) {
        return SecretBytes.owning(prf.compute(Concat.of(ni, nr), gxy.unsafeBytes()));
    }

    /**
     * Public key encryption (both variants): SKEYID = prf(hash(Ni_b | Nr_b), CKY-I | CKY-R).
     *
     * @param ni Ni_b
     * @param nr Nr_b
     * @param ckyI the initiator cookie
     * @param ckyR the responder cookie
     * @return SKEYID
     */
    public SecretBytes skeyidPublicKey(byte[] ni, byte[] nr, byte[] ckyI, byte[] ckyR) {
        byte[] k = hash.hash(ni, nr);
        try {
            return SecretBytes.owning(prf.compute(k, ckyI, ckyR));
        } finally {
            Arrays.fill(k, (byte) 0);
        }
    }

    /**
     * Pre-shared key: SKEYID = prf(pre-shared-key, Ni_b | Nr_b).
     *
     * @param psk the pre-shared key
     * @param ni Ni_b
     * @param nr Nr_b
     * @return SKEYID
     */
    public SecretBytes skeyidPsk(byte[] psk, byte[] ni, byte[] nr) {
        return SecretBytes.owning(prf.compute(psk, ni, nr));
    }

    /**
     * SKEYID_d = prf(SKEYID, g^xy | CKY-I | CKY-R | 0), SKEYID_a = prf(SKEYID, SKEYID_d | g^xy | CKY-I | CKY-R | 1),
     * SKEYID_e = prf(SKEYID, SKEYID_a | g^xy | CKY-I | CKY-R | 2). Takes ownership of {@code skeyid}.
     *
     * @param skeyid SKEYID, now owned by the result
     * @param gxy the Diffie-Hellman shared secret
     * @param ckyI the initiator cookie
     * @param ckyR the responder cookie
     * @return SKEYID and the three keys derived from it
     */
    public Ikev1Keys keys(SecretBytes skeyid, SecretBytes gxy, byte[] ckyI, byte[] ckyR) {
        byte[] g = gxy.unsafeBytes();
        KeyedPrf k = prf.keyed(skeyid);
        try {
            byte[] d = k.compute(g, ckyI, ckyR, new byte[] {0});
            byte[] a = k.compute(d, g, ckyI, ckyR, new byte[] {1});
            byte[] e = k.compute(a, g, ckyI, ckyR, new byte[] {2});
            return new Ikev1Keys(skeyid, SecretBytes.owning(d), SecretBytes.owning(a), SecretBytes.owning(e));
        } finally {
            k.destroy();
        }
    }

    /**
     * The cipher key from SKEYID_e (RFC 2409 §5.3, App. B): its first {@code keyLength} octets, or when it is
     * too short Ka = K1 | K2 | …, K1 = prf(SKEYID_e, 0), Kn = prf(SKEYID_e, Kn-1), truncated.
     *
     * @param skeyidE SKEYID_e
     * @param keyLength the cipher's key length in octets
     * @return the encryption key
     */
    public SecretBytes encryptionKey(SecretBytes skeyidE, int keyLength) {
        byte[] e = skeyidE.unsafeBytes();
        if (e.length >= keyLength) {
            return SecretBytes.copyOf(e, 0, keyLength);
        }
        return PrfFeedback.expand(prf, skeyidE, keyLength, new byte[] {0}, new byte[0], false);
    }

    /**
     * Phase-1 IV = hash(g^xi | g^xr) truncated to the cipher block size (RFC 2409 App. B).
     *
     * @param gxi the initiator's public value
     * @param gxr the responder's public value
     * @param blockSize the cipher's block size
     * @return the IV
     */
    public byte[] phase1Iv(byte[] gxi, byte[] gxr, int blockSize) {
        return Arrays.copyOf(hash.hash(gxi, gxr), blockSize);
    }

    /**
     * Phase-2 and informational IV = hash(last phase-1 CBC output block | M-ID), truncated (RFC 2409 App. B);
     * {@code lastPhase1Block} is the last ciphertext block of the last phase-1 message.
     *
     * @param lastPhase1Block the last ciphertext block of the last phase-1 message
     * @param messageId the exchange's message ID
     * @param blockSize the cipher's block size
     * @return the IV
     */
    public byte[] phase2Iv(byte[] lastPhase1Block, int messageId, int blockSize) {
        return Arrays.copyOf(hash.hash(lastPhase1Block, Concat.be32(messageId & 0xffffffffL)), blockSize);
    }

    /**
     * HASH_I = prf(SKEYID, g^xi | g^xr | CKY-I | CKY-R | SAi_b | IDii_b) (RFC 2409 §5).
     *
     * @param skeyid SKEYID
     * @param gxi the initiator's public value
     * @param gxr the responder's public value
     * @param ckyI the initiator cookie
     * @param ckyR the responder cookie
     * @param saIBody SAi_b, the initiator's SA payload body
     * @param idIBody IDii_b, the initiator's ID payload body
     * @return HASH_I
     */
    public byte[] hashI(SecretBytes skeyid, byte[] gxi, byte[] gxr, byte[] ckyI, byte[] ckyR, byte[] saIBody,
                        byte[] idIBody) {
        return prf.compute(skeyid.unsafeBytes(), gxi, gxr, ckyI, ckyR, saIBody, idIBody);
    }

    /**
     * HASH_R = prf(SKEYID, g^xr | g^xi | CKY-R | CKY-I | SAi_b | IDir_b) (RFC 2409 §5).
     *
     * @param skeyid SKEYID
     * @param gxi the initiator's public value
     * @param gxr the responder's public value
     * @param ckyI the initiator cookie
     * @param ckyR the responder cookie
     * @param saIBody SAi_b, the initiator's SA payload body
     * @param idRBody IDir_b, the responder's ID payload body
     * @return HASH_R
     */
    public byte[] hashR(SecretBytes skeyid, byte[] gxi, byte[] gxr, byte[] ckyI, byte[] ckyR, byte[] saIBody,
                        byte[] idRBody) {
        return prf.compute(skeyid.unsafeBytes(), gxr, gxi, ckyR, ckyI, saIBody, idRBody);
    }

    /**
     * Quick Mode HASH(1) = prf(SKEYID_a, M-ID | rest), where rest is every payload after the HASH payload
     * (RFC 2409 §5.5); the same form authenticates informational exchanges (§5.7).
     *
     * @param skeyidA SKEYID_a
     * @param messageId M-ID
     * @param rest the payloads after the HASH payload
     * @return HASH(1)
     */
    public byte[] quickModeHash1(SecretBytes skeyidA, int messageId, byte[] rest) {
        return prf.compute(skeyidA.unsafeBytes(), Concat.be32(messageId & 0xffffffffL), rest);
    }

    /**
     * Quick Mode HASH(2) = prf(SKEYID_a, M-ID | Ni_b | rest) (RFC 2409 §5.5).
     *
     * @param skeyidA SKEYID_a
     * @param messageId M-ID
     * @param niB Ni_b of the first Quick Mode message
     * @param rest the payloads after the HASH payload
     * @return HASH(2)
     */
    public byte[] quickModeHash2(SecretBytes skeyidA, int messageId, byte[] niB, byte[] rest) {
        return prf.compute(skeyidA.unsafeBytes(), Concat.be32(messageId & 0xffffffffL), niB, rest);
    }

    /**
     * Quick Mode HASH(3) = prf(SKEYID_a, 0 | M-ID | Ni_b | Nr_b) (RFC 2409 §5.5).
     *
     * @param skeyidA SKEYID_a
     * @param messageId M-ID
     * @param niB Ni_b
     * @param nrB Nr_b
     * @return HASH(3)
     */
    public byte[] quickModeHash3(SecretBytes skeyidA, int messageId, byte[] niB, byte[] nrB) {
        return prf.compute(skeyidA.unsafeBytes(), new byte[] {0}, Concat.be32(messageId & 0xffffffffL), niB, nrB);
    }

    /**
     * Quick Mode KEYMAT (RFC 2409 §5.5): K1 = prf(SKEYID_d, [g(qm)^xy |] protocol | SPI | Ni_b | Nr_b),
     * Kn = prf(SKEYID_d, Kn-1 | [g(qm)^xy |] protocol | SPI | Ni_b | Nr_b); {@code pfsSecret} null without PFS.
     *
     * @param skeyidD SKEYID_d
     * @param pfsSecret g(qm)^xy, or null without PFS
     * @param protocol the protocol ID (ESP 3, AH 2)
     * @param spi the SPI of the SA being keyed
     * @param niB Ni_b
     * @param nrB Nr_b
     * @param length octets wanted
     * @return KEYMAT
     */
    public SecretBytes quickModeKeymat(SecretBytes skeyidD, SecretBytes pfsSecret, int protocol, byte[] spi,
                                       byte[] niB, byte[] nrB, int length) {
        byte[] g = pfsSecret == null ? new byte[0] : pfsSecret.unsafeBytes();
        byte[] tail = Concat.of(g, new byte[] {(byte) protocol}, spi, niB, nrB);
        try {
            return PrfFeedback.expand(prf, skeyidD, length, new byte[0], tail, false);
        } finally {
            Arrays.fill(tail, (byte) 0);
        }
    }

    /**
     * NAT-D (RFC 3947 §3.2): HASH = hash(CKY-I | CKY-R | IP | Port), with the negotiated hash.
     *
     * @param ckyI the initiator cookie
     * @param ckyR the responder cookie
     * @param address the IP address, 4 or 16 octets
     * @param port the UDP port
     * @return the NAT-D payload data
     */
    public byte[] natDetectionHash(byte[] ckyI, byte[] ckyR, byte[] address, int port) {
        return hash.hash(ckyI, ckyR, address, Concat.be16(port));
    }
}
