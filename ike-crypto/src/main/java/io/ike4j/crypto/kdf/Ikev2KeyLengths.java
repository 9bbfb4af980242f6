package io.ike4j.crypto.kdf;

import io.ike4j.crypto.AeadCipher;
import io.ike4j.crypto.Cipher;
import io.ike4j.crypto.Integrity;
import io.ike4j.crypto.Prf;

/**
 * Octet lengths of the IKE SA keys taken in order from prf+ (RFC 7296 §2.14): SK_d, SK_ai, SK_ar,
 * SK_ei, SK_er, SK_pi, SK_pr.
 *
 * @param skD    SK_d (and SK_pi/SK_pr): the PRF's preferred key length
 * @param integ  SK_ai/SK_ar: the integrity key length, 0 with an AEAD cipher (RFC 5282 §7.1: no SK_a)
 * @param encr   SK_ei/SK_er: cipher key plus, for AES-CTR/AEAD, the nonce salt (RFC 5930 §2, RFC 5282 §7.1)
 */
public record Ikev2KeyLengths(int skD, int integ, int encr, int skP) {
    /**
     * Checks that no length is negative.
     *
     * @param skD SK_d length
     * @param integ SK_ai/SK_ar length
     * @param encr SK_ei/SK_er length
     * @param skP SK_pi/SK_pr length
     */
    public Ikev2KeyLengths {
        if (skD < 0 || integ < 0 || encr < 0 || skP < 0) {
            throw new IllegalArgumentException("negative key length");
        }
    }

    /**
     * Normal mode: ENCR + INTEG.
     *
     * @param prf the negotiated PRF
     * @param cipher the negotiated cipher
     * @param integrity the negotiated integrity algorithm, or null for none (no SK_a)
     * @return the lengths
     */
    public static Ikev2KeyLengths of(Prf prf, Cipher cipher, Integrity integrity) {
        return new Ikev2KeyLengths(prf.preferredKeyLength(), integrity == null ? 0 : integrity.keyLength(),
                cipher.keyMaterialLength(), prf.preferredKeyLength());
    }

    /**
     * Combined mode: no SK_a, SK_e = key ‖ salt.
     *
     * @param prf the negotiated PRF
     * @param cipher the negotiated AEAD
     * @return the lengths
     */
    public static Ikev2KeyLengths of(Prf prf, AeadCipher cipher) {
        return new Ikev2KeyLengths(prf.preferredKeyLength(), 0, cipher.keyMaterialLength(), prf.preferredKeyLength());
    }

    /** {@return the total octets taken from prf+} */
    public int total() {
        return skD + 2 * integ + 2 * encr + 2 * skP;
    }
}
