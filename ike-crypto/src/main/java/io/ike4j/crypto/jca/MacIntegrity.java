package io.ike4j.crypto.jca;

import io.ike4j.crypto.Integrity;

import java.util.Arrays;

/**
 * A MAC truncated to the ICV length: HMAC-MD5-96 / HMAC-SHA1-96 (RFC 2403/2404), HMAC-SHA2-*
 * (RFC 4868 §2.3: half the hash), the legacy HMAC-SHA2-256-96, AES-XCBC-96 (RFC 3566) and
 * AES-CMAC-96 (RFC 4494). The AES ones take exactly a 16-octet key.
 */
final class MacIntegrity implements Integrity {
    private final int transformId;
    private final int keyLength;
    private final int icvLength;
    private final Hmac hmac;
    private final AesBlockMac aes;

    private MacIntegrity(int transformId, int keyLength, int icvLength, Hmac hmac, AesBlockMac aes) {
        this.transformId = transformId;
        this.keyLength = keyLength;
        this.icvLength = icvLength;
        this.hmac = hmac;
        this.aes = aes;
    }

    static MacIntegrity hmac(int transformId, Hmac hmac, int icvLength) {
        return new MacIntegrity(transformId, hmac.outputLength(), icvLength, hmac, null);
    }

    static MacIntegrity aes(int transformId, AesBlockMac mac) {
        return new MacIntegrity(transformId, 16, 12, null, mac);
    }

    @Override
    public int transformId() {
        return transformId;
    }

    @Override
    public int keyLength() {
        return keyLength;
    }

    @Override
    public int icvLength() {
        return icvLength;
    }

    @Override
    public byte[] compute(byte[] key, byte[] data, int offset, int length) {
        byte[] full = hmac != null ? hmac.compute(key, new byte[][] {data}, offset, length)
                : aes.mac(key, data, offset, length);
        byte[] out = Arrays.copyOf(full, icvLength);
        Arrays.fill(full, (byte) 0);
        return out;
    }

    @Override
    public String toString() {
        return "JcaIntegrity[" + transformId + "]";
    }
}
