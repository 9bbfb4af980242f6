package io.ike4j.crypto.bc;

import java.util.Arrays;

/**
 * HMAC (RFC 2104) keyed once. All it keeps are the chaining values after the K0 ^ ipad and K0 ^ opad blocks
 * (RFC 2104 §4: 32 octets each for SHA-256, 64 for SHA-512). Each MAC resumes them in this thread's
 * {@link HashCore}, which ends every call wiped (block buffer, schedule, working chaining value and the inner
 * hash), so a MAC allocates only its output and never hashes the pads again; {@link #destroy()} zeroes the two
 * states. Heap per keyed HMAC-SHA-256: the object and two 48-octet arrays (ike-bench KeyedHeapBenchmark).
 */
final class BcHmac implements BcKeyedMac {
    private final BcHash hash;
    private final int[] inner;
    private final int[] outer;
    private boolean destroyed;

    BcHmac(BcHash hash, byte[] key) {
        this.hash = hash;
        HashCore c = BcWipe.scratch(hash.core());
        // RFC 2104 §2: keys longer than the block are hashed first; shorter ones are zero-padded.
        byte[] pad = new byte[hash.block];
        if (key.length > hash.block) {
            c.begin(c.iv(), 0);
            c.update(key, 0, key.length);
            c.finish(pad, 0);
        } else {
            System.arraycopy(key, 0, pad, 0, key.length);
        }
        this.inner = absorbed(c, pad, (byte) 0x36);
        this.outer = absorbed(c, pad, (byte) (0x36 ^ 0x5c));
        Arrays.fill(pad, (byte) 0);
        c.wipe();
    }

    /** The chaining value after the block {@code pad ^ x} (pad is left xored). */
    private static int[] absorbed(HashCore c, byte[] pad, byte x) {
        for (int i = 0; i < pad.length; i++) {
            pad[i] ^= x;
        }
        c.begin(c.iv(), 0);
        c.update(pad, 0, pad.length);
        return c.store();
    }

    @Override
    public int outputLength() {
        return hash.size;
    }

    @Override
    public byte[] compute(byte[]... parts) {
        HashCore c = start();
        try {
            for (byte[] p : parts) {
                c.update(p, 0, p.length);
            }
        } catch (RuntimeException e) {
            throw wiped(c, e);
        }
        return finish(c);
    }

    @Override
    public byte[] mac(byte[] data, int off, int len) {
        HashCore c = start();
        try {
            c.update(data, off, len);
        } catch (RuntimeException e) {
            throw wiped(c, e);
        }
        return finish(c);
    }

    /** A bad argument leaves no inner state behind. */
    private static RuntimeException wiped(HashCore c, RuntimeException e) {
        c.wipe();
        return e;
    }

    private HashCore start() {
        if (destroyed) {
            throw new IllegalStateException("HMAC key destroyed");
        }
        HashCore c = BcWipe.scratch(hash.core());
        c.begin(inner, hash.block);
        return c;
    }

    private byte[] finish(HashCore c) {
        c.finish(c.innerHash, 0);
        c.begin(outer, hash.block);
        c.update(c.innerHash, 0, hash.size);
        byte[] out = new byte[hash.size];
        c.finish(out, 0);
        c.wipe();
        return out;
    }

    @Override
    public void destroy() {
        destroyed = true;
        Arrays.fill(inner, 0);
        Arrays.fill(outer, 0);
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }
}
