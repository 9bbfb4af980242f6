package io.ike4j.crypto.bc;

import io.ike4j.crypto.Cipher;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.DESedeEngine;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.modes.CBCModeCipher;
import org.bouncycastle.crypto.modes.SICBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;

import java.util.Arrays;

/**
 * Normal-mode ciphers: 3DES-CBC (RFC 2451), AES-CBC (RFC 3602), AES-CTR (RFC 5930 / RFC 3686) and
 * NULL (RFC 2410; only for ESP, IKE SAs must never negotiate it).
 */
final class BcCipher implements Cipher {
    enum Mode { DES3_CBC, AES_CBC, AES_CTR, NULL }

    private final int id;
    private final Mode mode;
    private final int keyLen;

    BcCipher(int id, Mode mode, int keyLen) {
        this.id = id;
        this.mode = mode;
        this.keyLen = keyLen;
    }

    @Override
    public int transformId() {
        return id;
    }

    @Override
    public int keyMaterialLength() {
        return mode == Mode.AES_CTR ? keyLen + 4 : keyLen;
    }

    @Override
    public int ivLength() {
        return switch (mode) {
            case DES3_CBC -> 8;
            case AES_CBC -> 16;
            case AES_CTR -> 8;
            case NULL -> 0;
        };
    }

    @Override
    public int blockSize() {
        return switch (mode) {
            case DES3_CBC -> 8;
            case AES_CBC -> 16;
            case AES_CTR, NULL -> 1;
        };
    }

    @Override
    public byte[] encrypt(byte[] keyMaterial, byte[] iv, byte[] plaintext, int offset, int length) {
        return run(true, keyMaterial, iv, plaintext, offset, length);
    }

    @Override
    public byte[] decrypt(byte[] keyMaterial, byte[] iv, byte[] ciphertext, int offset, int length) {
        return run(false, keyMaterial, iv, ciphertext, offset, length);
    }

    private byte[] run(boolean enc, byte[] km, byte[] iv, byte[] in, int off, int len) {
        if (km.length != keyMaterialLength()) {
            throw new IllegalArgumentException("key material must be " + keyMaterialLength() + " octets, got " + km.length);
        }
        if (iv.length != ivLength()) {
            throw new IllegalArgumentException("IV must be " + ivLength() + " octets, got " + iv.length);
        }
        if (off < 0 || len < 0 || off > in.length - len) {
            throw new IllegalArgumentException("range outside input");
        }
        if (len % blockSize() != 0) {
            throw new IllegalArgumentException("length " + len + " is not a multiple of " + blockSize());
        }
        if (mode == Mode.NULL) {
            return Arrays.copyOfRange(in, off, off + len);
        }
        byte[] out = new byte[len];
        if (mode == Mode.AES_CTR) {
            // RFC 5930 §2 / RFC 3686 §4: counter block = nonce (last 4 octets of SK_e) | IV | 00000001.
            byte[] ctr = new byte[16];
            System.arraycopy(km, keyLen, ctr, 0, 4);
            System.arraycopy(iv, 0, ctr, 4, 8);
            ctr[15] = 1;
            SICBlockCipher c = new SICBlockCipher(AESEngine.newInstance());
            c.init(enc, new ParametersWithIV(new KeyParameter(km, 0, keyLen), ctr));
            c.processBytes(in, off, len, out, 0);
            return out;
        }
        BlockCipher engine = mode == Mode.DES3_CBC ? new DESedeEngine() : AESEngine.newInstance();
        CBCModeCipher cbc = CBCBlockCipher.newInstance(engine);
        cbc.init(enc, new ParametersWithIV(new KeyParameter(km), iv));
        int bs = cbc.getBlockSize();
        for (int i = 0; i < len; i += bs) {
            cbc.processBlock(in, off + i, out, i);
        }
        return out;
    }

    @Override
    public String toString() {
        return "BcCipher[" + id + ", " + keyLen * 8 + " bits]";
    }
}
