package io.ike4j.crypto.bc;

import io.ike4j.crypto.Integrity;
import io.ike4j.crypto.KeyedIntegrity;
import io.ike4j.crypto.SecretBytes;

/**
 * INTEG transforms: a MAC truncated to the ICV length (RFC 2404, 3566, 4494, 4868). The key is used
 * as given and must have {@link #keyLength()} octets (SK_a is exactly that long). {@link #keyed} keys the
 * MAC once per SA direction; the stateless {@link #compute} keys one, uses it and wipes it.
 */
final class BcIntegrity implements Integrity {
    private final int id;
    private final BcHash hash; // null for the AES MACs
    private final boolean xcbc;
    private final int keyLen;
    private final int icvLen;

    private BcIntegrity(int id, BcHash hash, boolean xcbc, int keyLen, int icvLen) {
        this.id = id;
        this.hash = hash;
        this.xcbc = xcbc;
        this.keyLen = keyLen;
        this.icvLen = icvLen;
    }

    /** HMAC with the key length = digest output length (RFC 4868 §2.1.1) and the given truncation. */
    static BcIntegrity hmac(int id, BcHash hash, int icvLen) {
        return new BcIntegrity(id, hash, false, hash.size, icvLen);
    }

    static BcIntegrity aes(int id, boolean xcbc) {
        return new BcIntegrity(id, null, xcbc, 16, 12);
    }

    @Override
    public int transformId() {
        return id;
    }

    @Override
    public int keyLength() {
        return keyLen;
    }

    @Override
    public int icvLength() {
        return icvLen;
    }

    @Override
    public byte[] compute(byte[] key, byte[] data, int offset, int length) {
        BcKeyedIntegrity k = keyedWith(key);
        try {
            return k.compute(data, offset, length);
        } finally {
            k.destroy();
        }
    }

    @Override
    public KeyedIntegrity keyed(SecretBytes key) {
        return keyedWith(key.unsafeBytes());
    }

    private BcKeyedIntegrity keyedWith(byte[] key) {
        if (key.length != keyLen) {
            throw new IllegalArgumentException("integrity key must be " + keyLen + " octets, got " + key.length);
        }
        BcKeyedMac mac = hash != null ? new BcHmac(hash, key) : xcbc ? AesCbcMac.xcbc(key) : AesCbcMac.cmac(key);
        return new BcKeyedIntegrity(mac, icvLen);
    }

    @Override
    public String toString() {
        return "BcIntegrity[" + id + "]";
    }
}
