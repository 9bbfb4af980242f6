package io.ike4j.crypto.jca;

import io.ike4j.crypto.Prf;

import java.util.Arrays;

/**
 * PRF_AES128_XCBC (RFC 4434) and PRF_AES128_CMAC (RFC 4615): 16-octet output, keys of any length.
 * XCBC: shorter keys are zero-padded, longer ones compressed with XCBC under the zero key (RFC 4434 §2).
 * CMAC: any key that is not 16 octets is replaced by AES-CMAC(0^128, key) (RFC 4615 §3).
 */
final class AesPrf implements Prf {
    private final int transformId;
    private final AesBlockMac mac;
    private final AesBlockMac.Kind kind;

    AesPrf(int transformId, Jca jca, AesBlockMac.Kind kind) {
        this.transformId = transformId;
        this.mac = new AesBlockMac(jca, kind);
        this.kind = kind;
    }

    @Override
    public int transformId() {
        return transformId;
    }

    @Override
    public int outputLength() {
        return 16;
    }

    @Override
    public int preferredKeyLength() {
        return 16;
    }

    @Override
    public byte[] compute(byte[] key, byte[]... data) {
        byte[] k = key.length == 16 ? key : derivedKey(key);
        try {
            return mac.mac(k, data);
        } finally {
            if (k != key) {
                Arrays.fill(k, (byte) 0);
            }
        }
    }

    private byte[] derivedKey(byte[] key) {
        if (kind == AesBlockMac.Kind.XCBC && key.length < 16) {
            return Arrays.copyOf(key, 16);
        }
        return mac.mac(new byte[16], key, 0, key.length);
    }

    @Override
    public String toString() {
        return "JcaPrf[" + transformId + "]";
    }
}
