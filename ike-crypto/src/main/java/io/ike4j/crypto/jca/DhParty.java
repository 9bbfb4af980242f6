package io.ike4j.crypto.jca;

import io.ike4j.crypto.InvalidKeyExchangeValueException;
import io.ike4j.crypto.KeyExchangeParty;
import io.ike4j.crypto.SecretBytes;

import javax.security.auth.DestroyFailedException;
import javax.security.auth.Destroyable;
import java.util.Arrays;

/**
 * One Diffie-Hellman side: our public value plus a function from the peer's value to the shared secret.
 * {@link #destroy()} zeroes the private material we hold and tries to destroy the JCA private key
 * (many JDK keys do not implement destroy; the reference is dropped then).
 */
final class DhParty implements KeyExchangeParty {
    interface Agreement {
        byte[] agree(byte[] peerValue) throws InvalidKeyExchangeValueException;
    }

    private final byte[] publicValue;
    private Agreement agreement;
    private byte[] privateBytes;
    private Destroyable privateKey;
    private volatile boolean destroyed;

    DhParty(byte[] publicValue, Agreement agreement, byte[] privateBytes, Destroyable privateKey) {
        this.publicValue = publicValue;
        this.agreement = agreement;
        this.privateBytes = privateBytes;
        this.privateKey = privateKey;
    }

    @Override
    public byte[] publicValue() {
        return publicValue.clone();
    }

    @Override
    public SecretBytes sharedSecret(byte[] peerValue) throws InvalidKeyExchangeValueException {
        if (destroyed) {
            throw new IllegalStateException("key exchange party already destroyed");
        }
        if (peerValue == null) {
            throw new InvalidKeyExchangeValueException("no peer key exchange value");
        }
        return SecretBytes.owning(agreement.agree(peerValue));
    }

    @Override
    public void destroy() {
        destroyed = true;
        agreement = null;
        if (privateBytes != null) {
            Arrays.fill(privateBytes, (byte) 0);
            privateBytes = null;
        }
        if (privateKey != null) {
            try {
                privateKey.destroy();
            } catch (DestroyFailedException e) {
                // JDK key classes mostly do not support destroy(); dropping the reference is all we can do
            }
            privateKey = null;
        }
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    @Override
    public String toString() {
        return destroyed ? "DhParty[destroyed]" : "DhParty[" + publicValue.length + "-octet public value]";
    }
}
