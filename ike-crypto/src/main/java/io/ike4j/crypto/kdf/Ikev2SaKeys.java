package io.ike4j.crypto.kdf;

import io.ike4j.crypto.SecretBytes;
import javax.security.auth.Destroyable;

/**
 * The seven IKE SA keys (RFC 7296 §2.14), destroyable as a set. {@code skAi}/{@code skAr} are empty
 * (zero-length) with an AEAD cipher.
 */
public record Ikev2SaKeys(SecretBytes skD, SecretBytes skAi, SecretBytes skAr, SecretBytes skEi, SecretBytes skEr,
                          SecretBytes skPi, SecretBytes skPr) implements Destroyable {

    /**
     * Splits prf+ output {@code keymat} by {@code lengths} (its length must be {@code lengths.total()}).
     *
     * @param keymat prf+(SKEYSEED, Ni | Nr | SPIi | SPIr)
     * @param lengths the keys' lengths
     * @return the seven keys
     */
    public static Ikev2SaKeys split(SecretBytes keymat, Ikev2KeyLengths lengths) {
        if (keymat.length() < lengths.total()) {
            throw new IllegalArgumentException("key material too short");
        }
        int o = 0;
        SecretBytes d = keymat.slice(o, lengths.skD());
        o += lengths.skD();
        SecretBytes ai = keymat.slice(o, lengths.integ());
        o += lengths.integ();
        SecretBytes ar = keymat.slice(o, lengths.integ());
        o += lengths.integ();
        SecretBytes ei = keymat.slice(o, lengths.encr());
        o += lengths.encr();
        SecretBytes er = keymat.slice(o, lengths.encr());
        o += lengths.encr();
        SecretBytes pi = keymat.slice(o, lengths.skP());
        o += lengths.skP();
        SecretBytes pr = keymat.slice(o, lengths.skP());
        return new Ikev2SaKeys(d, ai, ar, ei, er, pi, pr);
    }

    @Override
    public void destroy() {
        for (SecretBytes s : new SecretBytes[] {skD, skAi, skAr, skEi, skEr, skPi, skPr}) {
            s.destroy();
        }
    }

    @Override
    public boolean isDestroyed() {
        return skD.isDestroyed() && skAi.isDestroyed() && skAr.isDestroyed() && skEi.isDestroyed()
                && skEr.isDestroyed() && skPi.isDestroyed() && skPr.isDestroyed();
    }

    @Override
    public String toString() {
        return "Ikev2SaKeys[" + (isDestroyed() ? "destroyed" : "SK_d " + skD.length() + ", SK_a " + skAi.length()
                + ", SK_e " + skEi.length() + ", SK_p " + skPi.length() + " octets") + "]";
    }
}
