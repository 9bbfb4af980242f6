package io.ike4j.crypto.jca;

import io.ike4j.crypto.AeadCipher;
import io.ike4j.crypto.IcvMismatchException;

import javax.crypto.AEADBadTagException;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.spec.AlgorithmParameterSpec;
import java.util.Arrays;

/**
 * Combined-mode ENCR transforms (RFC 5282, RFC 7634): keying material = key ‖ salt, nonce = salt ‖ the
 * 8-octet IV of the SK payload, output = ciphertext ‖ ICV.
 *
 * <p>AES-GCM with an ICV shorter than the provider accepts (SunJCE refuses 64-bit tags) is computed as
 * the full 128-bit GCM tag truncated to its leftmost octets, which is exactly how GCM defines short
 * tags (NIST SP 800-38D §7.1, T = MSB_t). Opening then decrypts with AES-CTR from inc32(J0), recomputes
 * the full tag over the recovered plaintext and compares the truncated tags in constant time; the
 * plaintext is zeroed and withheld on mismatch.
 */
final class JcaAeadCipher implements AeadCipher {
    enum Mode { GCM, CCM, CHACHA20_POLY1305 }

    private final Jca jca;
    private final int transformId;
    private final Mode mode;
    private final int keyLength;
    private final int icvLength;
    /** GCM only: the provider refuses this tag length, so truncate a 16-octet tag. */
    private final boolean truncateTag;

    JcaAeadCipher(Jca jca, int transformId, Mode mode, int keyLength, int icvLength, boolean truncateTag) {
        this.jca = jca;
        this.transformId = transformId;
        this.mode = mode;
        this.keyLength = keyLength;
        this.icvLength = icvLength;
        this.truncateTag = truncateTag;
    }

    @Override
    public int transformId() {
        return transformId;
    }

    @Override
    public int keyMaterialLength() {
        return keyLength + saltLength();
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
        return icvLength;
    }

    @Override
    public byte[] seal(byte[] keyMaterial, byte[] iv, byte[] aad, byte[] plaintext, int offset, int length) {
        check(keyMaterial, iv);
        byte[] key = Arrays.copyOf(keyMaterial, keyLength);
        byte[] nonce = nonce(keyMaterial, iv);
        try {
            int tagLength = truncateTag ? 16 : icvLength;
            byte[] out = crypt(javax.crypto.Cipher.ENCRYPT_MODE, key, nonce, tagLength, aad, plaintext, offset, length);
            return truncateTag ? Arrays.copyOf(out, length + icvLength) : out;
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("encryption cannot fail authentication", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    @Override
    public byte[] open(byte[] keyMaterial, byte[] iv, byte[] aad, byte[] in, int offset, int length)
            throws IcvMismatchException {
        check(keyMaterial, iv);
        if (length < icvLength) {
            throw new IcvMismatchException("AEAD input of " + length + " octets is shorter than the ICV");
        }
        byte[] key = Arrays.copyOf(keyMaterial, keyLength);
        byte[] nonce = nonce(keyMaterial, iv);
        try {
            if (!truncateTag) {
                try {
                    return crypt(javax.crypto.Cipher.DECRYPT_MODE, key, nonce, icvLength, aad, in, offset, length);
                } catch (AEADBadTagException e) {
                    throw new IcvMismatchException("ENCR " + transformId + " ICV mismatch");
                }
            }
            int ctLength = length - icvLength;
            byte[] plain = gcmCtr(key, nonce, in, offset, ctLength);
            byte[] resealed;
            try {
                resealed = crypt(javax.crypto.Cipher.ENCRYPT_MODE, key, nonce, 16, aad, plain, 0, ctLength);
            } catch (AEADBadTagException e) {
                throw new IllegalStateException(e);
            }
            byte[] expected = Arrays.copyOfRange(resealed, ctLength, ctLength + icvLength);
            byte[] received = Arrays.copyOfRange(in, offset + ctLength, offset + length);
            if (!MessageDigest.isEqual(expected, received)) {
                Arrays.fill(plain, (byte) 0);
                throw new IcvMismatchException("ENCR " + transformId + " ICV mismatch");
            }
            return plain;
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private void check(byte[] keyMaterial, byte[] iv) {
        if (keyMaterial.length != keyMaterialLength()) {
            throw new IllegalArgumentException("ENCR " + transformId + " needs " + keyMaterialLength()
                    + " octets of keying material, got " + keyMaterial.length);
        }
        if (iv.length != 8) {
            throw new IllegalArgumentException("ENCR " + transformId + " needs an 8-octet IV");
        }
    }

    private byte[] nonce(byte[] keyMaterial, byte[] iv) {
        byte[] nonce = new byte[saltLength() + 8];
        System.arraycopy(keyMaterial, keyLength, nonce, 0, saltLength());
        System.arraycopy(iv, 0, nonce, saltLength(), 8);
        return nonce;
    }

    private byte[] crypt(int opmode, byte[] key, byte[] nonce, int tagLength, byte[] aad, byte[] in, int offset,
                         int length) throws AEADBadTagException {
        try {
            javax.crypto.Cipher c = jca.cipher(transformation(mode));
            c.init(opmode, new SecretKeySpec(key, keyAlgorithm(mode)), spec(mode, tagLength, nonce));
            if (aad != null && aad.length > 0) {
                c.updateAAD(aad);
            }
            return c.doFinal(in, offset, length);
        } catch (AEADBadTagException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            throw Jca.broken(transformation(mode), e);
        }
    }

    /** GCM's encryption keystream alone: AES-CTR starting at inc32(J0) = nonce ‖ 0x00000002. */
    private byte[] gcmCtr(byte[] key, byte[] nonce, byte[] in, int offset, int length) {
        byte[] counter = Arrays.copyOf(nonce, 16);
        counter[15] = 2;
        try {
            javax.crypto.Cipher c = jca.cipher("AES/CTR/NoPadding");
            c.init(javax.crypto.Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(counter));
            return c.doFinal(in, offset, length);
        } catch (GeneralSecurityException e) {
            throw Jca.broken("AES/CTR/NoPadding", e);
        }
    }

    static String transformation(Mode mode) {
        return switch (mode) {
            case GCM -> "AES/GCM/NoPadding";
            case CCM -> "AES/CCM/NoPadding";
            case CHACHA20_POLY1305 -> "ChaCha20-Poly1305";
        };
    }

    static String keyAlgorithm(Mode mode) {
        return mode == Mode.CHACHA20_POLY1305 ? "ChaCha20" : "AES";
    }

    static AlgorithmParameterSpec spec(Mode mode, int tagLength, byte[] nonce) {
        // ChaCha20-Poly1305 has a fixed 16-octet tag and takes the nonce as an IvParameterSpec (JDK 11+);
        // providers with CCM accept GCMParameterSpec for it (tag length + nonce) as well.
        return mode == Mode.CHACHA20_POLY1305 ? new IvParameterSpec(nonce) : new GCMParameterSpec(tagLength * 8, nonce);
    }

    /** One seal/open round with a zero key, to learn whether the provider serves {@code mode} with this tag. */
    static boolean available(Jca jca, Mode mode, int keyLength, int tagLength) {
        int nonceLength = mode == Mode.CCM ? 11 : 12;
        try {
            javax.crypto.Cipher c = jca.cipher(transformation(mode));
            SecretKeySpec key = new SecretKeySpec(new byte[keyLength], keyAlgorithm(mode));
            c.init(javax.crypto.Cipher.ENCRYPT_MODE, key, spec(mode, tagLength, new byte[nonceLength]));
            c.updateAAD(new byte[4]);
            byte[] sealed = c.doFinal(new byte[5]);
            javax.crypto.Cipher d = jca.cipher(transformation(mode));
            d.init(javax.crypto.Cipher.DECRYPT_MODE, key, spec(mode, tagLength, new byte[nonceLength]));
            d.updateAAD(new byte[4]);
            return sealed.length == 5 + tagLength && d.doFinal(sealed).length == 5;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "JcaAeadCipher[" + transformId + ", " + keyLength * 8 + " bits]";
    }
}
