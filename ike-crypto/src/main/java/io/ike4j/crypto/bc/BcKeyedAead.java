package io.ike4j.crypto.bc;

import io.ike4j.crypto.IcvMismatchException;
import io.ike4j.crypto.KeyedAeadCipher;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.modes.AEADCipher;
import org.bouncycastle.crypto.modes.ChaCha20Poly1305;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

import java.util.Arrays;

/**
 * AES-GCM, AES-CCM and ChaCha20-Poly1305 bound to one SK_e (RFC 5282, RFC 7634); the nonce is salt ‖ IV.
 *
 * <p>Only the key and the salt are kept. Each GCM message runs on {@link AesGcm}, keyed per message in this thread's
 * scratch and wiped before returning; each other message keys a fresh BouncyCastle ChaCha20-Poly1305 (or a
 * {@link BcCcm}) and wipes it ({@link BcWipe}) before returning. Measured (ike-bench KeyedHeapBenchmark,
 * KeyedPrimitiveBenchmark, seal and open of 304 octets): a kept GCM with BouncyCastle's default 4 KiB table
 * cost 10.5 KiB per SA direction, CCM and ChaCha20-Poly1305 about 750 octets, and saved 0.3-0.6 µs per
 * message; an IKE SA seals a handful of messages in its life. Keying per message (no GHASH table) also drops the
 * encrypt-twice-under-one-nonce guard that a kept one needed worked around: the caller owns IV uniqueness
 * (RFC 5282 §3.1), as with the stateless form. {@link #destroy()} zeroes the key and the salt.
 */
final class BcKeyedAead implements KeyedAeadCipher {
    private final BcAeadCipher alg;
    private final BcAeadCipher.Mode mode;
    private final byte[] key;
    private final byte[] salt;
    private boolean destroyed;

    BcKeyedAead(BcAeadCipher alg, BcAeadCipher.Mode mode, int keyLen, byte[] keyMaterial) {
        this.alg = alg;
        this.mode = mode;
        this.key = Arrays.copyOf(keyMaterial, keyLen);
        this.salt = Arrays.copyOfRange(keyMaterial, keyLen, keyMaterial.length);
    }

    @Override
    public byte[] seal(byte[] iv, byte[] aad, byte[] plaintext, int offset, int length) {
        check(iv, plaintext, offset, length);
        if (mode == BcAeadCipher.Mode.GCM) {
            return AesGcm.seal(key, salt, iv, aad, plaintext, offset, length, alg.icvLength());
        }
        byte[] nonce = nonce(iv);
        if (mode == BcAeadCipher.Mode.CCM) {
            BcCcm ccm = new BcCcm(key, key.length, alg.icvLength());
            try {
                return ccm.seal(nonce, aad, plaintext, offset, length);
            } finally {
                ccm.destroy();
                Arrays.fill(nonce, (byte) 0);
            }
        }
        AEADCipher bc = keyed(true, nonce, aad);
        try {
            byte[] out = new byte[bc.getOutputSize(length)];
            int n = bc.processBytes(plaintext, offset, length, out, 0);
            n += bc.doFinal(out, n);
            return n == out.length ? out : Arrays.copyOf(out, n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException(e);
        } finally {
            BcWipe.wipe(bc);
        }
    }

    @Override
    public byte[] open(byte[] iv, byte[] aad, byte[] in, int offset, int length) throws IcvMismatchException {
        check(iv, in, offset, length);
        if (length < alg.icvLength()) {
            throw new IcvMismatchException("ciphertext shorter than the ICV");
        }
        byte[] plain;
        if (mode == BcAeadCipher.Mode.GCM) {
            plain = AesGcm.open(key, salt, iv, aad, in, offset, length, alg.icvLength());
        } else if (mode == BcAeadCipher.Mode.CCM) {
            byte[] nonce = nonce(iv);
            BcCcm ccm = new BcCcm(key, key.length, alg.icvLength());
            try {
                plain = ccm.open(nonce, aad, in, offset, length);
            } finally {
                ccm.destroy();
                Arrays.fill(nonce, (byte) 0);
            }
        } else {
            plain = open(keyed(false, nonce(iv), aad), in, offset, length);
        }
        if (plain == null) {
            throw new IcvMismatchException("AEAD tag mismatch");
        }
        return plain;
    }

    @Override
    public void sealInMessage(byte[] iv, byte[] message, int aadLength, int offset, int length) {
        if (mode != BcAeadCipher.Mode.GCM) {
            KeyedAeadCipher.super.sealInMessage(iv, message, aadLength, offset, length);
            return;
        }
        check(iv, message, offset, length);
        if (aadLength < 0 || aadLength > offset || length > message.length - offset - alg.icvLength()) {
            throw new IllegalArgumentException("AAD overlaps the plaintext or no room for the ICV");
        }
        AesGcm.seal(key, salt, iv, message, 0, aadLength, message, offset, length, message, offset, alg.icvLength());
    }

    @Override
    public byte[] openInMessage(byte[] iv, byte[] message, int aadLength, int offset, int length)
            throws IcvMismatchException {
        if (mode != BcAeadCipher.Mode.GCM) {
            return KeyedAeadCipher.super.openInMessage(iv, message, aadLength, offset, length);
        }
        check(iv, message, offset, length);
        if (aadLength < 0 || aadLength > offset) {
            throw new IllegalArgumentException("AAD of " + aadLength + " octets overlaps the ciphertext");
        }
        if (length < alg.icvLength()) {
            throw new IcvMismatchException("ciphertext shorter than the ICV");
        }
        byte[] plain = AesGcm.open(key, salt, iv, message, 0, aadLength, message, offset, length, alg.icvLength());
        if (plain == null) {
            throw new IcvMismatchException("AEAD tag mismatch");
        }
        return plain;
    }

    /** The plaintext, or null (nothing released) when the tag does not verify; {@code bc} is wiped. */
    private static byte[] open(AEADCipher bc, byte[] in, int offset, int length) {
        byte[] out = new byte[bc.getOutputSize(length)];
        try {
            int n = bc.processBytes(in, offset, length, out, 0);
            n += bc.doFinal(out, n);
            return n == out.length ? out : Arrays.copyOf(out, n);
        } catch (InvalidCipherTextException e) {
            // BouncyCastle compares the tag in constant time.
            Arrays.fill(out, (byte) 0);
            return null;
        } finally {
            BcWipe.wipe(bc);
        }
    }

    /** A ChaCha20-Poly1305 keyed for this one message. */
    private AEADCipher keyed(boolean encrypt, byte[] nonce, byte[] aad) {
        AEADCipher bc = BcWipe.scratch(new ChaCha20Poly1305(new KeyWipingPoly1305()));
        AEADParameters p = BcWipe.scratch(new AEADParameters(new KeyParameter(key), alg.icvLength() * 8, nonce, aad));
        try {
            bc.init(encrypt, p);
        } finally {
            BcWipe.wipe(p); // its key and nonce copies
            Arrays.fill(nonce, (byte) 0); // salt ‖ IV
        }
        return bc;
    }

    private void check(byte[] iv, byte[] in, int offset, int length) {
        if (destroyed) {
            throw new IllegalStateException("AEAD key destroyed");
        }
        if (iv.length != 8) {
            throw new IllegalArgumentException("IV must be 8 octets, got " + iv.length);
        }
        if (offset < 0 || length < 0 || offset > in.length - length) {
            throw new IllegalArgumentException("range outside input");
        }
    }

    private byte[] nonce(byte[] iv) {
        byte[] nonce = new byte[salt.length + 8];
        System.arraycopy(salt, 0, nonce, 0, salt.length);
        System.arraycopy(iv, 0, nonce, salt.length, 8);
        return nonce;
    }

    @Override
    public void destroy() {
        destroyed = true;
        Arrays.fill(key, (byte) 0);
        Arrays.fill(salt, (byte) 0);
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }
}
