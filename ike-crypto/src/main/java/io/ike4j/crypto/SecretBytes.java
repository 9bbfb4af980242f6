package io.ike4j.crypto;

import javax.security.auth.Destroyable;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * Secret key material (a shared secret, SKEYSEED, SK_d, an encryption key…). It never appears in
 * {@code toString}, compares in constant time and is zeroed by {@link #destroy()}; after that every
 * access fails, so a key that outlived its SA cannot be used by accident.
 */
public final class SecretBytes implements Destroyable {
    private final byte[] secret;
    private volatile boolean destroyed;

    private SecretBytes(byte[] secret) {
        this.secret = secret;
    }

    /**
     * Takes ownership of {@code secret} (not copied; the caller must not keep it).
     *
     * @param secret the key material
     * @return the wrapper, which zeroes it on destroy
     */
    public static SecretBytes owning(byte[] secret) {
        return new SecretBytes(secret);
    }

    /**
     * A copy of {@code secret[offset, offset+length)}.
     *
     * @param secret holds the key material
     * @param offset where it starts
     * @param length how many octets
     * @return the copy
     */
    public static SecretBytes copyOf(byte[] secret, int offset, int length) {
        return new SecretBytes(Arrays.copyOfRange(secret, offset, offset + length));
    }

    /**
     * A copy of {@code secret}.
     *
     * @param secret the key material, still the caller's to zero
     * @return the copy
     */
    public static SecretBytes copyOf(byte[] secret) {
        return new SecretBytes(secret.clone());
    }

    /** {@return the secret's length in octets} */
    public int length() {
        return secret.length;
    }

    /**
     * {@return the secret itself, not a copy} For crypto code that must feed it to a primitive. Callers must not
     * modify or retain it.
     */
    public byte[] unsafeBytes() {
        check();
        return secret;
    }

    /** {@return a copy the caller owns (and should zero)} */
    public byte[] copy() {
        check();
        return secret.clone();
    }

    /**
     * {@code [offset, offset+length)} as a new secret (key expansion splits prf+ output this way).
     *
     * @param offset where the slice starts
     * @param length its length
     * @return a new secret holding a copy of those octets
     */
    public SecretBytes slice(int offset, int length) {
        check();
        return copyOf(secret, offset, length);
    }

    /**
     * Constant-time comparison (MessageDigest.isEqual does not short-circuit).
     *
     * @param other the octets to compare with
     * @return true when they equal the secret
     */
    public boolean contentEquals(byte[] other) {
        check();
        return MessageDigest.isEqual(secret, other);
    }

    @Override
    public void destroy() {
        Arrays.fill(secret, (byte) 0);
        destroyed = true;
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    private void check() {
        if (destroyed) {
            throw new IllegalStateException("secret already destroyed");
        }
    }

    @Override
    public String toString() {
        return destroyed ? "SecretBytes[destroyed]" : "SecretBytes[" + secret.length + " octets]";
    }
}
