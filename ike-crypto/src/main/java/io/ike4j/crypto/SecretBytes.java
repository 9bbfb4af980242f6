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

    /** Takes ownership of {@code secret} (not copied; the caller must not keep it). */
    public static SecretBytes owning(byte[] secret) {
        return new SecretBytes(secret);
    }

    /** A copy of {@code secret[offset, offset+length)}. */
    public static SecretBytes copyOf(byte[] secret, int offset, int length) {
        return new SecretBytes(Arrays.copyOfRange(secret, offset, offset + length));
    }

    public static SecretBytes copyOf(byte[] secret) {
        return new SecretBytes(secret.clone());
    }

    public int length() {
        return secret.length;
    }

    /**
     * The secret itself, not a copy: for crypto code that must feed it to a primitive. Callers must not
     * modify or retain it.
     */
    public byte[] unsafeBytes() {
        check();
        return secret;
    }

    /** A copy the caller owns (and should zero). */
    public byte[] copy() {
        check();
        return secret.clone();
    }

    /** {@code [offset, offset+length)} as a new secret (key expansion splits prf+ output this way). */
    public SecretBytes slice(int offset, int length) {
        check();
        return copyOf(secret, offset, length);
    }

    /** Constant-time comparison (MessageDigest.isEqual does not short-circuit). */
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
