package io.ike4j.crypto.bc;

import java.util.Arrays;

/**
 * HMAC (RFC 2104) keyed once. It keeps only K0 without its zero padding (the key, or H(key) when the key is longer
 * than the block, §2 step 1); each MAC hashes K0 ^ ipad and K0 ^ opad again in this thread's {@link BcHash.Scratch}.
 * That costs two more compressions per MAC than resuming stored pad states, but with the CPU's SHA instructions
 * four compressions take less time than two in Java, and the SA keeps 32 octets per HMAC-SHA-256 key instead of two
 * chaining values. The scratch ends every call wiped, failed calls included; {@link #destroy()} zeroes K0.
 */
final class BcHmac implements BcKeyedMac {
    private final BcHash hash;
    private final byte[] k0;
    private boolean destroyed;

    BcHmac(BcHash hash, byte[] key) {
        this.hash = hash;
        if (key.length > hash.block) {
            BcHash.Scratch s = BcWipe.scratch(hash.scratch());
            s.md.update(key, 0, key.length);
            this.k0 = s.md.digest();
            s.clear();
        } else {
            this.k0 = key.clone();
        }
    }

    @Override
    public int outputLength() {
        return hash.size;
    }

    @Override
    public byte[] compute(byte[]... parts) {
        BcHash.Scratch s = start();
        try {
            for (byte[] p : parts) {
                s.md.update(p, 0, p.length);
            }
        } catch (RuntimeException e) {
            s.clear(); // a bad argument leaves no inner state behind
            throw e;
        }
        return finish(s);
    }

    @Override
    public byte[] mac(byte[] data, int off, int len) {
        BcHash.Scratch s = start();
        try {
            s.md.update(data, off, len);
        } catch (RuntimeException e) {
            s.clear();
            throw e;
        }
        return finish(s);
    }

    private BcHash.Scratch start() {
        if (destroyed) {
            throw new IllegalStateException("HMAC key destroyed");
        }
        BcHash.Scratch s = BcWipe.scratch(hash.scratch());
        s.absorbPad(k0, (byte) 0x36);
        return s;
    }

    private byte[] finish(BcHash.Scratch s) {
        s.finishInner();
        s.absorbPad(k0, (byte) 0x5c);
        s.md.update(s.inner, 0, s.inner.length);
        byte[] out = s.md.digest();
        s.clear();
        return out;
    }

    @Override
    public void destroy() {
        destroyed = true;
        Arrays.fill(k0, (byte) 0);
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }
}
