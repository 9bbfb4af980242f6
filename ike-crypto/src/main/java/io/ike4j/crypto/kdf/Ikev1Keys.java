package io.ike4j.crypto.kdf;

import io.ike4j.crypto.SecretBytes;
import javax.security.auth.Destroyable;

/** SKEYID and its three derivatives (RFC 2409 §5), destroyable as a set. */
public record Ikev1Keys(SecretBytes skeyid, SecretBytes skeyidD, SecretBytes skeyidA, SecretBytes skeyidE)
        implements Destroyable {
    @Override
    public void destroy() {
        skeyid.destroy();
        skeyidD.destroy();
        skeyidA.destroy();
        skeyidE.destroy();
    }

    @Override
    public boolean isDestroyed() {
        return skeyid.isDestroyed() && skeyidD.isDestroyed() && skeyidA.isDestroyed() && skeyidE.isDestroyed();
    }

    @Override
    public String toString() {
        return "Ikev1Keys[" + (isDestroyed() ? "destroyed" : skeyid.length() + " octets each") + "]";
    }
}
