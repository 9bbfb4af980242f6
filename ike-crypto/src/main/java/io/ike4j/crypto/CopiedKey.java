package io.ike4j.crypto;

import javax.security.auth.Destroyable;

/**
 * The default keyed form of a stateless primitive: it holds its own copy of the key (zeroed on
 * {@link #destroy()}) and passes it to every stateless call. Providers whose primitives keep key-derived
 * state (BouncyCastle's key schedules) override {@code keyed(...)} with instances that key once.
 */
abstract class CopiedKey implements Destroyable {
    private final SecretBytes key;

    CopiedKey(SecretBytes key) {
        this.key = SecretBytes.copyOf(key.unsafeBytes());
    }

    /** The copy; IllegalStateException once destroyed. */
    final byte[] key() {
        return key.unsafeBytes();
    }

    @Override
    public final void destroy() {
        key.destroy();
    }

    @Override
    public final boolean isDestroyed() {
        return key.isDestroyed();
    }
}
