package io.ike4j.crypto.bc;

import io.ike4j.crypto.Integrity;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.macs.CMac;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * INTEG transforms: a MAC truncated to the ICV length (RFC 2404, 3566, 4494, 4868). The key is used
 * as given and must have {@link #keyLength()} octets (SK_a is exactly that long).
 */
final class BcIntegrity implements Integrity {
    private final int id;
    private final Supplier<Digest> digest; // null for the AES MACs
    private final boolean xcbc;
    private final int keyLen;
    private final int icvLen;

    private BcIntegrity(int id, Supplier<Digest> digest, boolean xcbc, int keyLen, int icvLen) {
        this.id = id;
        this.digest = digest;
        this.xcbc = xcbc;
        this.keyLen = keyLen;
        this.icvLen = icvLen;
    }

    /** HMAC with the key length = digest output length (RFC 4868 §2.1.1) and the given truncation. */
    static BcIntegrity hmac(int id, Supplier<Digest> digest, int icvLen) {
        return new BcIntegrity(id, digest, false, digest.get().getDigestSize(), icvLen);
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
        if (key.length != keyLen) {
            throw new IllegalArgumentException("integrity key must be " + keyLen + " octets, got " + key.length);
        }
        if (offset < 0 || length < 0 || offset > data.length - length) {
            throw new IllegalArgumentException("range outside data");
        }
        byte[] full;
        if (digest != null) {
            HMac mac = new HMac(digest.get());
            mac.init(new KeyParameter(key));
            mac.update(data, offset, length);
            full = new byte[mac.getMacSize()];
            mac.doFinal(full, 0);
        } else if (xcbc) {
            full = Xcbc.mac(key, data, offset, length);
        } else {
            CMac mac = new CMac(AESEngine.newInstance(), 128);
            mac.init(new KeyParameter(key));
            mac.update(data, offset, length);
            full = new byte[16];
            mac.doFinal(full, 0);
        }
        return Arrays.copyOf(full, icvLen);
    }

    @Override
    public String toString() {
        return "BcIntegrity[" + id + "]";
    }
}
