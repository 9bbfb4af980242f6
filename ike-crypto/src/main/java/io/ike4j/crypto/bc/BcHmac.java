package io.ike4j.crypto.bc;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.EncodableDigest;

import java.util.Arrays;

/**
 * HMAC (RFC 2104) keyed once. All it keeps are the digest states after the K0 ^ ipad and K0 ^ opad blocks, in
 * BouncyCastle's encoded form (SHA-256: 53 octets each). Each MAC restores them into two per-call digests,
 * which {@code doFinal} resets (zeroing their buffers and chaining values); {@link #destroy()} zeroes the two
 * states. Three live digests and two pads cost 1,270 octets per keyed HMAC-SHA-256 (SHA-512: 2,570), the
 * largest part of an SA's heap; now 250 (350), and a 304-octet MAC still takes 1.7 µs (ike-bench
 * KeyedHeapBenchmark, KeyedPrimitiveBenchmark): restoring costs two small allocations and no hashing, the pad
 * blocks being absorbed once, at keying.
 */
final class BcHmac implements BcKeyedMac {
    private final BcHash hash;
    private final byte[] inner;
    private final byte[] outer;
    private boolean destroyed;

    BcHmac(BcHash hash, byte[] key) {
        this.hash = hash;
        Digest d = BcWipe.scratch(hash.fresh());
        // RFC 2104 §2: keys longer than the block are hashed first; shorter ones are zero-padded.
        byte[] pad = new byte[hash.block];
        if (key.length > hash.block) {
            d.update(key, 0, key.length);
            d.doFinal(pad, 0);
        } else {
            System.arraycopy(key, 0, pad, 0, key.length);
        }
        this.inner = absorbed(d, pad, (byte) 0x36);
        this.outer = absorbed(d, pad, (byte) (0x36 ^ 0x5c));
        Arrays.fill(pad, (byte) 0);
    }

    /** The encoded state after {@code pad ^ x} (pad is left xored); {@code d} is reset after. */
    private static byte[] absorbed(Digest d, byte[] pad, byte x) {
        for (int i = 0; i < pad.length; i++) {
            pad[i] ^= x;
        }
        d.update(pad, 0, pad.length);
        byte[] state = ((EncodableDigest) d).getEncodedState();
        d.reset();
        return state;
    }

    @Override
    public int outputLength() {
        return hash.size;
    }

    @Override
    public byte[] compute(byte[]... parts) {
        Digest d = start();
        try {
            for (byte[] p : parts) {
                d.update(p, 0, p.length);
            }
        } catch (RuntimeException e) {
            throw reset(d, e);
        }
        return finish(d);
    }

    @Override
    public byte[] mac(byte[] data, int off, int len) {
        Digest d = start();
        try {
            d.update(data, off, len);
        } catch (RuntimeException e) {
            throw reset(d, e);
        }
        return finish(d);
    }

    /** A bad argument leaves no inner state behind (the chaining value is in int fields no walk sees). */
    private static RuntimeException reset(Digest d, RuntimeException e) {
        d.reset();
        return e;
    }

    private Digest start() {
        if (destroyed) {
            throw new IllegalStateException("HMAC key destroyed");
        }
        return BcWipe.scratch(hash.restore(inner));
    }

    private byte[] finish(Digest d) {
        byte[] innerHash = new byte[hash.size];
        d.doFinal(innerHash, 0); // doFinal resets d: no message state stays behind
        Digest o = BcWipe.scratch(hash.restore(outer));
        o.update(innerHash, 0, innerHash.length);
        Arrays.fill(innerHash, (byte) 0);
        byte[] out = new byte[hash.size];
        o.doFinal(out, 0);
        return out;
    }

    @Override
    public void destroy() {
        destroyed = true;
        Arrays.fill(inner, (byte) 0);
        Arrays.fill(outer, (byte) 0);
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }
}
