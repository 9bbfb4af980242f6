package io.ike4j.crypto.bc;

import io.ike4j.crypto.IcvMismatchException;
import io.ike4j.crypto.KeyedAeadCipher;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.AEADCipher;
import org.bouncycastle.crypto.modes.ChaCha20Poly1305;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

import java.util.Arrays;

/**
 * AES-GCM, AES-CCM and ChaCha20-Poly1305 keyed once (RFC 5282, RFC 7634): GCM and ChaCha20-Poly1305 are
 * BouncyCastle objects keyed at construction and re-initialised per message with a null key (which reuses
 * the key schedule, GCM's H table and ChaCha's key words); CCM is {@link BcCcm}. The nonce is salt ‖ IV.
 * {@link #destroy()} zeroes the salt and, through {@link BcWipe}, everything key-derived inside.
 */
final class BcKeyedAead implements KeyedAeadCipher {
    private final BcAeadCipher alg;
    private final byte[] salt;
    private final AEADCipher bc; // GCM, ChaCha20-Poly1305
    private final BcCcm ccm;
    private byte[] lastNonce;
    private boolean destroyed;

    BcKeyedAead(BcAeadCipher alg, BcAeadCipher.Mode mode, int keyLen, byte[] keyMaterial) {
        this.alg = alg;
        this.salt = Arrays.copyOfRange(keyMaterial, keyLen, keyMaterial.length);
        if (mode == BcAeadCipher.Mode.CCM) {
            this.bc = null;
            this.ccm = new BcCcm(keyMaterial, keyLen, alg.icvLength());
            return;
        }
        this.ccm = null;
        this.bc = mode == BcAeadCipher.Mode.GCM ? new GCMBlockCipher(new AESEngine())
                : new ChaCha20Poly1305(new KeyWipingPoly1305());
        // Keyed for decryption under a placeholder nonce: BouncyCastle's nonce-reuse guard applies to encryption.
        KeyParameter key = new KeyParameter(keyMaterial, 0, keyLen);
        try {
            byte[] placeholder = new byte[salt.length + 8];
            bc.init(false, new AEADParameters(key, alg.icvLength() * 8, placeholder));
            lastNonce = placeholder;
        } finally {
            BcWipe.wipe(key); // GCM's lastKey is this same array
        }
    }

    @Override
    public byte[] seal(byte[] iv, byte[] aad, byte[] plaintext, int offset, int length) {
        byte[] nonce = nonce(iv, plaintext, offset, length);
        if (ccm != null) {
            return ccm.seal(nonce, aad, plaintext, offset, length);
        }
        init(true, nonce, aad);
        byte[] out = new byte[bc.getOutputSize(length)];
        int n = bc.processBytes(plaintext, offset, length, out, 0);
        try {
            n += bc.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException(e);
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    @Override
    public byte[] open(byte[] iv, byte[] aad, byte[] in, int offset, int length) throws IcvMismatchException {
        byte[] nonce = nonce(iv, in, offset, length);
        if (length < alg.icvLength()) {
            throw new IcvMismatchException("ciphertext shorter than the ICV");
        }
        if (ccm != null) {
            byte[] plain = ccm.open(nonce, aad, in, offset, length);
            if (plain == null) {
                throw new IcvMismatchException("AEAD tag mismatch");
            }
            return plain;
        }
        init(false, nonce, aad);
        byte[] out = new byte[bc.getOutputSize(length)];
        try {
            int n = bc.processBytes(in, offset, length, out, 0);
            n += bc.doFinal(out, n);
            return n == out.length ? out : Arrays.copyOf(out, n);
        } catch (InvalidCipherTextException e) {
            // BouncyCastle compares the tag in constant time and releases nothing on failure.
            Arrays.fill(out, (byte) 0);
            throw new IcvMismatchException("AEAD tag mismatch");
        }
    }

    private byte[] nonce(byte[] iv, byte[] in, int offset, int length) {
        if (destroyed) {
            throw new IllegalStateException("AEAD key destroyed");
        }
        if (iv.length != 8) {
            throw new IllegalArgumentException("IV must be 8 octets, got " + iv.length);
        }
        if (offset < 0 || length < 0 || offset > in.length - length) {
            throw new IllegalArgumentException("range outside input");
        }
        byte[] nonce = new byte[salt.length + 8];
        System.arraycopy(salt, 0, nonce, 0, salt.length);
        System.arraycopy(iv, 0, nonce, salt.length, 8);
        return nonce;
    }

    /**
     * Re-initialises with the key schedule kept (null key). BouncyCastle refuses to encrypt twice in a row
     * under one nonce; the stateless form never refused a repeated IV (the caller owns IV uniqueness, RFC 5282
     * §3.1, and the engine never repeats one), so a repeat is first moved out of the way by an init for
     * decryption under another nonce.
     */
    private void init(boolean encrypt, byte[] nonce, byte[] aad) {
        if (encrypt && Arrays.equals(nonce, lastNonce)) {
            byte[] other = nonce.clone();
            other[other.length - 1] ^= 1;
            bc.init(false, new AEADParameters(null, alg.icvLength() * 8, other));
        }
        bc.init(encrypt, new AEADParameters(null, alg.icvLength() * 8, nonce, aad));
        lastNonce = nonce;
    }

    @Override
    public void destroy() {
        destroyed = true;
        Arrays.fill(salt, (byte) 0);
        if (lastNonce != null) {
            Arrays.fill(lastNonce, (byte) 0);
        }
        if (ccm != null) {
            ccm.destroy();
        } else {
            BcWipe.wipe(bc);
        }
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }
}
