package io.ike4j.crypto.bc;

import io.ike4j.crypto.AeadCipher;
import io.ike4j.crypto.IcvMismatchException;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.AEADCipher;
import org.bouncycastle.crypto.modes.CCMBlockCipher;
import org.bouncycastle.crypto.modes.ChaCha20Poly1305;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

import java.util.Arrays;

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

    private AEADCipher init(boolean enc, byte[] km, byte[] iv, byte[] aad) {
        if (km.length != keyMaterialLength()) {
            throw new IllegalArgumentException("key material must be " + keyMaterialLength() + " octets, got " + km.length);
        }
        if (iv.length != 8) {
            throw new IllegalArgumentException("IV must be 8 octets, got " + iv.length);
        }
        byte[] nonce = new byte[saltLength() + 8];
        System.arraycopy(km, keyLen, nonce, 0, saltLength());
        System.arraycopy(iv, 0, nonce, saltLength(), 8);
        AEADCipher c = switch (mode) {
            case GCM -> GCMBlockCipher.newInstance(AESEngine.newInstance());
            case CCM -> CCMBlockCipher.newInstance(AESEngine.newInstance());
            case CHACHA -> new ChaCha20Poly1305();
        };
        c.init(enc, new AEADParameters(new KeyParameter(km, 0, keyLen), icvLen * 8, nonce, aad));
        return c;
    }

    @Override
    public byte[] seal(byte[] keyMaterial, byte[] iv, byte[] aad, byte[] plaintext, int offset, int length) {
        if (offset < 0 || length < 0 || offset > plaintext.length - length) {
            throw new IllegalArgumentException("range outside input");
        }
        AEADCipher c = init(true, keyMaterial, iv, aad);
        byte[] out = new byte[c.getOutputSize(length)];
        int n = c.processBytes(plaintext, offset, length, out, 0);
        try {
            n += c.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException(e);
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    @Override
    public byte[] open(byte[] keyMaterial, byte[] iv, byte[] aad, byte[] ciphertextAndIcv, int offset, int length)
            throws IcvMismatchException {
        if (offset < 0 || length < 0 || offset > ciphertextAndIcv.length - length) {
            throw new IllegalArgumentException("range outside input");
        }
        if (length < icvLen) {
            throw new IcvMismatchException("ciphertext shorter than the ICV");
        }
        AEADCipher c = init(false, keyMaterial, iv, aad);
        byte[] out = new byte[c.getOutputSize(length)];
        try {
            int n = c.processBytes(ciphertextAndIcv, offset, length, out, 0);
            n += c.doFinal(out, n);
            return n == out.length ? out : Arrays.copyOf(out, n);
        } catch (InvalidCipherTextException e) {
            // BouncyCastle compares the tag in constant time and releases nothing on failure.
            Arrays.fill(out, (byte) 0);
            throw new IcvMismatchException("AEAD tag mismatch");
        }
    }

    @Override
    public String toString() {
        return "BcAeadCipher[" + id + ", " + keyLen * 8 + " bits]";
    }
}
