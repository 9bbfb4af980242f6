package io.ike4j.codec.v2;

import io.ike4j.crypto.SecretBytes;
import io.ike4j.crypto.kdf.Ikev2SaKeys;

/**
 * The four keys that protect SK/SKF payloads of one IKE SA (RFC 7296 §2.14): SK_ei/SK_ai protect what the
 * original initiator sends (Initiator flag set), SK_er/SK_ar what the original responder sends. With an
 * AEAD cipher SK_a* are empty and SK_e* include the salt (RFC 5282 §7.1).
 */
public record Ikev2SkKeys(SecretBytes skEi, SecretBytes skAi, SecretBytes skEr, SecretBytes skAr) {
    private static final SecretBytes NONE = SecretBytes.owning(new byte[0]);

    public static Ikev2SkKeys of(Ikev2SaKeys k) {
        return new Ikev2SkKeys(k.skEi(), k.skAi(), k.skEr(), k.skAr());
    }

    /** Keys given as raw octets (tests, key tables); {@code skAi}/{@code skAr} may be null for AEAD. */
    public static Ikev2SkKeys of(byte[] skEi, byte[] skAi, byte[] skEr, byte[] skAr) {
        return new Ikev2SkKeys(SecretBytes.copyOf(skEi), skAi == null ? NONE : SecretBytes.copyOf(skAi),
                SecretBytes.copyOf(skEr), skAr == null ? NONE : SecretBytes.copyOf(skAr));
    }

    /** SK_e for a message whose header has (true) or lacks (false) the Initiator flag. */
    public SecretBytes encryptionKey(boolean initiatorFlag) {
        return initiatorFlag ? skEi : skEr;
    }

    /** SK_a for a message whose header has (true) or lacks (false) the Initiator flag. */
    public SecretBytes integrityKey(boolean initiatorFlag) {
        return initiatorFlag ? skAi : skAr;
    }

    @Override
    public String toString() {
        return "Ikev2SkKeys[SK_e " + skEi.length() + ", SK_a " + skAi.length() + " octets]";
    }
}
