package io.ike4j.crypto.bc;

import io.ike4j.crypto.KeyedPrf;
import io.ike4j.crypto.Prf;
import io.ike4j.crypto.SecretBytes;

import java.util.Arrays;

/** The PRFs of RFC 7296 §3.3.2 on BouncyCastle: HMAC (RFC 2104/4868), AES128-XCBC (RFC 4434), AES128-CMAC (RFC 4615). */
final class BcPrf implements Prf {
    enum Kind { HMAC, XCBC, CMAC }

    private final int id;
    private final Kind kind;
    private final BcHash hash;
    private final int outLen;

    private BcPrf(int id, Kind kind, BcHash hash, int outLen) {
        this.id = id;
        this.kind = kind;
        this.hash = hash;
        this.outLen = outLen;
    }

    static BcPrf hmac(int id, BcHash hash) {
        return new BcPrf(id, Kind.HMAC, hash, hash.size);
    }

    static BcPrf aes(int id, Kind kind) {
        return new BcPrf(id, kind, null, 16);
    }

    @Override
    public int transformId() {
        return id;
    }

    @Override
    public int outputLength() {
        return outLen;
    }

    @Override
    public int preferredKeyLength() {
        return outLen; // HMAC: output length (RFC 7296 §2.14); AES PRFs: 16 = output length too
    }

    /**
     * Each call keys a MAC, computes and wipes it in a finally block (SK_d, SK_p and the PSK pass through
     * here); a key used for several blocks (prf+) is keyed once with {@link #keyed}.
     */
    @Override
    public byte[] compute(byte[] key, byte[]... data) {
        BcKeyedMac mac = keyedMac(key);
        try {
            return mac.compute(data);
        } finally {
            mac.destroy();
        }
    }

    /** The MAC itself: HMAC's two pad states, or the AES-XCBC/CMAC keys; {@code key} stays the caller's. */
    @Override
    public KeyedPrf keyed(SecretBytes key) {
        return keyedMac(key.unsafeBytes());
    }

    /** The MAC keyed with {@code key} (any length). */
    private BcKeyedMac keyedMac(byte[] key) {
        if (kind == Kind.HMAC) {
            return new BcHmac(hash, key);
        }
        byte[] k = aesPrfKey(key);
        try {
            return kind == Kind.XCBC ? AesCbcMac.xcbc(k) : AesCbcMac.cmac(k);
        } finally {
            if (k != key) {
                Arrays.fill(k, (byte) 0);
            }
        }
    }

    /**
     * The 16-octet AES key for a PRF key of any length: RFC 4434 §2 zero-pads shorter keys and XCBC-MACs
     * longer ones under a zero key; RFC 4615 §3 CMACs every key that is not exactly 16 octets under a zero
     * key. A derived key is a fresh array, zeroed by the caller once the MAC is keyed.
     */
    private byte[] aesPrfKey(byte[] key) {
        if (key.length == 16) {
            return key;
        }
        if (kind == Kind.XCBC && key.length < 16) {
            return Arrays.copyOf(key, 16);
        }
        BcKeyedMac zero = kind == Kind.XCBC ? AesCbcMac.xcbc(new byte[16]) : AesCbcMac.cmac(new byte[16]);
        try {
            return zero.mac(key, 0, key.length);
        } finally {
            zero.destroy();
        }
    }

    static byte[] concat(byte[]... data) {
        int n = 0;
        for (byte[] d : data) {
            n += d.length;
        }
        byte[] out = new byte[n];
        int o = 0;
        for (byte[] d : data) {
            System.arraycopy(d, 0, out, o, d.length);
            o += d.length;
        }
        return out;
    }

    @Override
    public String toString() {
        return "BcPrf[" + id + "]";
    }
}
