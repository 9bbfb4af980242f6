package io.ike4j.codec.v2;

import io.ike4j.crypto.AeadCipher;
import io.ike4j.crypto.Cipher;
import io.ike4j.crypto.Integrity;
import io.ike4j.crypto.KeyedAeadCipher;
import io.ike4j.crypto.KeyedCipher;
import io.ike4j.crypto.KeyedIntegrity;
import io.ike4j.crypto.SecretBytes;
import io.ike4j.crypto.kdf.Ikev2SaKeys;

import javax.security.auth.Destroyable;
import java.util.function.Supplier;

/**
 * The four keys that protect SK/SKF payloads of one IKE SA (RFC 7296 §2.14): SK_ei/SK_ai protect what the
 * original initiator sends (Initiator flag set), SK_er/SK_ar what the original responder sends. With an
 * AEAD cipher SK_a* are empty and SK_e* include the salt (RFC 5282 §7.1).
 *
 * <p>It also holds, per direction, the primitives keyed with them ({@link Ikev2SkProtector} asks for them
 * on first use), so that keying work is done once per SA rather than per message (what a keyed primitive keeps
 * is its provider's choice), and so that {@link #destroy()} — when the SA dies — zeroes the keys and every
 * keyed copy the provider made. Like its SA, it is used by one thread at a time.
 */
public final class Ikev2SkKeys implements Destroyable {
    private static final SecretBytes NONE = SecretBytes.owning(new byte[0]);
    private static final int ENCRYPTION = 0;
    private static final int INTEGRITY = 1;

    private final SecretBytes skEi;
    private final SecretBytes skAi;
    private final SecretBytes skEr;
    private final SecretBytes skAr;
    /** Keyed primitives by {@link #slot}, and the algorithm each was keyed for. */
    private final Destroyable[] keyed = new Destroyable[4];
    private final Object[] keyedFor = new Object[4];
    private boolean destroyed;

    /**
     * The four keys, owned from now on: {@link #destroy()} zeroes them.
     *
     * @param skEi SK_ei
     * @param skAi SK_ai, empty for AEAD
     * @param skEr SK_er
     * @param skAr SK_ar, empty for AEAD
     */
    public Ikev2SkKeys(SecretBytes skEi, SecretBytes skAi, SecretBytes skEr, SecretBytes skAr) {
        this.skEi = skEi;
        this.skAi = skAi;
        this.skEr = skEr;
        this.skAr = skAr;
    }

    /**
     * The SK_e and SK_a keys of an IKE SA's key set (shared, not copied: {@link #destroy()} zeroes them).
     *
     * @param k the seven keys
     * @return the four protection keys
     */
    public static Ikev2SkKeys of(Ikev2SaKeys k) {
        return new Ikev2SkKeys(k.skEi(), k.skAi(), k.skEr(), k.skAr());
    }

    /**
     * Keys given as raw octets (tests, key tables); {@code skAi}/{@code skAr} may be null for AEAD.
     *
     * @param skEi SK_ei
     * @param skAi SK_ai, or null
     * @param skEr SK_er
     * @param skAr SK_ar, or null
     * @return the keys (copies)
     */
    public static Ikev2SkKeys of(byte[] skEi, byte[] skAi, byte[] skEr, byte[] skAr) {
        return new Ikev2SkKeys(SecretBytes.copyOf(skEi), skAi == null ? NONE : SecretBytes.copyOf(skAi),
                SecretBytes.copyOf(skEr), skAr == null ? NONE : SecretBytes.copyOf(skAr));
    }

    /** {@return SK_ei} */
    public SecretBytes skEi() {
        return skEi;
    }

    /** {@return SK_ai (empty for AEAD)} */
    public SecretBytes skAi() {
        return skAi;
    }

    /** {@return SK_er} */
    public SecretBytes skEr() {
        return skEr;
    }

    /** {@return SK_ar (empty for AEAD)} */
    public SecretBytes skAr() {
        return skAr;
    }

    /**
     * SK_e for a message whose header has (true) or lacks (false) the Initiator flag.
     *
     * @param initiatorFlag the message's I flag
     * @return SK_ei or SK_er
     */
    public SecretBytes encryptionKey(boolean initiatorFlag) {
        return initiatorFlag ? skEi : skEr;
    }

    /**
     * SK_a for a message whose header has (true) or lacks (false) the Initiator flag.
     *
     * @param initiatorFlag the message's I flag
     * @return SK_ai or SK_ar
     */
    public SecretBytes integrityKey(boolean initiatorFlag) {
        return initiatorFlag ? skAi : skAr;
    }

    KeyedCipher cipher(Cipher cipher, boolean initiatorFlag) {
        return keyed(slot(initiatorFlag, ENCRYPTION), cipher, () -> cipher.keyed(encryptionKey(initiatorFlag)));
    }

    KeyedAeadCipher aead(AeadCipher aead, boolean initiatorFlag) {
        return keyed(slot(initiatorFlag, ENCRYPTION), aead, () -> aead.keyed(encryptionKey(initiatorFlag)));
    }

    KeyedIntegrity integrity(Integrity integrity, boolean initiatorFlag) {
        return keyed(slot(initiatorFlag, INTEGRITY), integrity, () -> integrity.keyed(integrityKey(initiatorFlag)));
    }

    private static int slot(boolean initiatorFlag, int use) {
        return (initiatorFlag ? 0 : 2) + use;
    }

    /** The primitive keyed for {@code alg} in {@code slot}; a different algorithm replaces (and wipes) it. */
    @SuppressWarnings("unchecked")
    private <K extends Destroyable> K keyed(int slot, Object alg, Supplier<K> make) {
        if (destroyed) {
            throw new IllegalStateException("SK keys destroyed");
        }
        if (keyedFor[slot] != alg) {
            destroy(keyed[slot]);
            keyed[slot] = make.get();
            keyedFor[slot] = alg;
        }
        return (K) keyed[slot];
    }

    /** Zeroes the four keys and every primitive keyed with them (the SA is gone: RFC 7296 §2.14 keys die with it). */
    @Override
    public void destroy() {
        destroyed = true;
        for (int i = 0; i < keyed.length; i++) {
            destroy(keyed[i]);
            keyedFor[i] = null;
        }
        for (SecretBytes s : new SecretBytes[] {skEi, skAi, skEr, skAr}) {
            if (s != NONE) {
                s.destroy();
            }
        }
    }

    private static void destroy(Destroyable d) {
        if (d != null) {
            try {
                d.destroy();
            } catch (javax.security.auth.DestroyFailedException e) {
                throw new IllegalStateException(e); // our Keyed* types declare no DestroyFailedException
            }
        }
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    @Override
    public String toString() {
        return destroyed ? "Ikev2SkKeys[destroyed]"
                : "Ikev2SkKeys[SK_e " + skEi.length() + ", SK_a " + skAi.length() + " octets]";
    }
}
