package io.ike4j.crypto.bc;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.ExtendedDigest;
import org.bouncycastle.util.Memoable;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * HMAC (RFC 2104) keyed once: the digest states after the inner and outer pad blocks are kept and restored
 * per MAC. Built here on BouncyCastle digests rather than with its HMac so that every key-derived state is
 * in fields of ours that {@link #destroy()} can clear through the public API: {@code Digest.reset()}
 * zeroes a digest's buffers and chaining values, and the pads are our arrays.
 */
final class BcHmac implements BcKeyedMac {
    private final Digest work;
    private final Digest inner; // state after K0 ^ ipad
    private final Digest outer; // state after K0 ^ opad
    private final byte[] innerHash;
    private boolean destroyed;

    BcHmac(Supplier<Digest> digests, byte[] key) {
        this.work = digests.get();
        int block = ((ExtendedDigest) work).getByteLength();
        this.innerHash = new byte[work.getDigestSize()];
        // RFC 2104 §2: keys longer than the block are hashed first; shorter ones are zero-padded.
        byte[] pad = new byte[block];
        if (key.length > block) {
            work.update(key, 0, key.length);
            work.doFinal(pad, 0);
        } else {
            System.arraycopy(key, 0, pad, 0, key.length);
        }
        xor(pad, (byte) 0x36);
        work.update(pad, 0, block);
        this.inner = (Digest) ((Memoable) work).copy();
        work.reset();
        xor(pad, (byte) (0x36 ^ 0x5c));
        work.update(pad, 0, block);
        this.outer = (Digest) ((Memoable) work).copy();
        work.reset();
        Arrays.fill(pad, (byte) 0);
    }

    @Override
    public byte[] mac(byte[]... parts) {
        start();
        for (byte[] p : parts) {
            work.update(p, 0, p.length);
        }
        return finish();
    }

    @Override
    public byte[] mac(byte[] data, int off, int len) {
        start();
        work.update(data, off, len);
        return finish();
    }

    private void start() {
        if (destroyed) {
            throw new IllegalStateException("HMAC key destroyed");
        }
        ((Memoable) work).reset((Memoable) inner);
    }

    private byte[] finish() {
        work.doFinal(innerHash, 0);
        ((Memoable) work).reset((Memoable) outer);
        work.update(innerHash, 0, innerHash.length);
        byte[] out = new byte[work.getDigestSize()];
        work.doFinal(out, 0); // doFinal resets work: no message state stays behind
        Arrays.fill(innerHash, (byte) 0);
        return out;
    }

    @Override
    public void destroy() {
        destroyed = true;
        work.reset();
        inner.reset();
        outer.reset();
        Arrays.fill(innerHash, (byte) 0);
    }

    private static void xor(byte[] a, byte b) {
        for (int i = 0; i < a.length; i++) {
            a[i] ^= b;
        }
    }
}
