package io.ike4j.crypto.bc;

import io.ike4j.crypto.Prf;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.macs.CMac;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

import java.util.Arrays;
import java.util.function.Supplier;

/** The PRFs of RFC 7296 §3.3.2 on BouncyCastle: HMAC (RFC 2104/4868), AES128-XCBC (RFC 4434), AES128-CMAC (RFC 4615). */
final class BcPrf implements Prf {
    enum Kind { HMAC, XCBC, CMAC }

    private final int id;
    private final Kind kind;
    private final Supplier<Digest> digest;
    private final int outLen;

    private BcPrf(int id, Kind kind, Supplier<Digest> digest, int outLen) {
        this.id = id;
        this.kind = kind;
        this.digest = digest;
        this.outLen = outLen;
    }

    static BcPrf hmac(int id, Supplier<Digest> digest) {
        return new BcPrf(id, Kind.HMAC, digest, digest.get().getDigestSize());
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

    @Override
    public byte[] compute(byte[] key, byte[]... data) {
        switch (kind) {
            case HMAC -> {
                HMac mac = new HMac(digest.get());
                mac.init(new KeyParameter(key));
                for (byte[] d : data) {
                    mac.update(d, 0, d.length);
                }
                byte[] out = new byte[outLen];
                mac.doFinal(out, 0);
                return out;
            }
            case XCBC -> {
                // RFC 4434 §2: shorter keys are zero-padded, longer ones XCBC-MACed under a zero key.
                byte[] k;
                if (key.length == 16) {
                    k = key.clone();
                } else if (key.length < 16) {
                    k = Arrays.copyOf(key, 16);
                } else {
                    k = Xcbc.mac(new byte[16], key, 0, key.length);
                }
                byte[] msg = concat(data);
                byte[] out = Xcbc.mac(k, msg, 0, msg.length);
                Arrays.fill(k, (byte) 0);
                return out;
            }
            case CMAC -> {
                // RFC 4615 §3: any key that is not exactly 16 octets is first CMACed under a zero key.
                byte[] k = key.length == 16 ? key.clone() : cmac(new byte[16], new byte[][] {key});
                byte[] out = cmac(k, data);
                Arrays.fill(k, (byte) 0);
                return out;
            }
            default -> throw new IllegalStateException();
        }
    }

    /** Plain AES-CMAC (RFC 4493) with a 16/24/32-octet key. */
    static byte[] cmac(byte[] key, byte[][] data) {
        CMac mac = new CMac(AESEngine.newInstance(), 128);
        mac.init(new KeyParameter(key));
        for (byte[] d : data) {
            mac.update(d, 0, d.length);
        }
        byte[] out = new byte[16];
        mac.doFinal(out, 0);
        return out;
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
