package io.ike4j.crypto.bc;

import org.bouncycastle.crypto.CipherParameters;
import org.bouncycastle.crypto.Mac;
import org.bouncycastle.crypto.macs.Poly1305;
import org.bouncycastle.crypto.params.KeyParameter;

import java.util.Arrays;

/**
 * The Poly1305 inside our ChaCha20-Poly1305. For every message ChaCha20Poly1305 derives a one-time key
 * (RFC 8439 §2.6) and hands it over in a new KeyParameter that it never clears; Poly1305 copies it into
 * its own fields at init, so the KeyParameter's array is zeroed right after.
 */
final class KeyWipingPoly1305 implements Mac, BcWipe.Wipeable {
    private final Poly1305 poly = new Poly1305();

    @Override
    public void init(CipherParameters params) {
        try {
            poly.init(params);
        } finally {
            if (params instanceof KeyParameter k) {
                Arrays.fill(k.getKey(), (byte) 0); // getKey() returns the parameter's own array
            }
        }
    }

    @Override
    public String getAlgorithmName() {
        return poly.getAlgorithmName();
    }

    @Override
    public int getMacSize() {
        return poly.getMacSize();
    }

    @Override
    public void update(byte in) {
        poly.update(in);
    }

    @Override
    public void update(byte[] in, int inOff, int len) {
        poly.update(in, inOff, len);
    }

    @Override
    public int doFinal(byte[] out, int outOff) {
        return poly.doFinal(out, outOff);
    }

    @Override
    public void reset() {
        poly.reset();
    }

    @Override
    public void wipe() {
        BcWipe.wipe(poly);
    }
}
