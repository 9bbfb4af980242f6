package io.ike4j.crypto.bc;

import io.ike4j.crypto.AeadCipher;
import io.ike4j.crypto.IcvMismatchException;
import io.ike4j.crypto.KeyedAeadCipher;
import io.ike4j.crypto.SecretBytes;

/**
 * Combined-mode ciphers: AES-GCM and AES-CCM with 8/12/16-octet ICV (RFC 5282 §4-§7: key ‖ salt,
 * nonce = salt ‖ 8-octet IV, GCM salt 4 octets, CCM salt 3 octets), ChaCha20-Poly1305 (RFC 7634 §2:
 * 32-octet key ‖ 4-octet salt).
 */
final class BcAeadCipher implements AeadCipher {
    enum Mode { GCM, CCM, CHACHA }

    private final int id;
    private final Mode mode;
    private final int keyLen;
    private final int icvLen;

    BcAeadCipher(int id, Mode mode, int keyLen, int icvLen) {
        this.id = id;
        this.mode = mode;
        this.keyLen = keyLen;
        this.icvLen = icvLen;
    }

    @Override
    public int transformId() {
        return id;
    }

    @Override
    public int keyMaterialLength() {
        return keyLen + saltLength();
    }

    @Override
    public int saltLength() {
        return mode == Mode.CCM ? 3 : 4;
    }

    @Override
    public int ivLength() {
        return 8;
    }

    @Override
    public int icvLength() {
        return icvLen;
    }

    @Override
    public byte[] seal(byte[] keyMaterial, byte[] iv, byte[] aad, byte[] plaintext, int offset, int length) {
        BcKeyedAead k = keyedWith(keyMaterial);
        try {
            return k.seal(iv, aad, plaintext, offset, length);
        } finally {
            k.destroy();
        }
    }

    @Override
    public byte[] open(byte[] keyMaterial, byte[] iv, byte[] aad, byte[] ciphertextAndIcv, int offset, int length)
            throws IcvMismatchException {
        BcKeyedAead k = keyedWith(keyMaterial);
        try {
            return k.open(iv, aad, ciphertextAndIcv, offset, length);
        } finally {
            k.destroy();
        }
    }

    @Override
    public KeyedAeadCipher keyed(SecretBytes keyMaterial) {
        return keyedWith(keyMaterial.unsafeBytes());
    }

    private BcKeyedAead keyedWith(byte[] km) {
        if (km.length != keyMaterialLength()) {
            throw new IllegalArgumentException("key material must be " + keyMaterialLength() + " octets, got " + km.length);
        }
        return new BcKeyedAead(this, mode, keyLen, km);
    }

    @Override
    public String toString() {
        return "BcAeadCipher[" + id + ", " + keyLen * 8 + " bits]";
    }
}
