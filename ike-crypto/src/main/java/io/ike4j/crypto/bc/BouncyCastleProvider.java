package io.ike4j.crypto.bc;

import io.ike4j.crypto.AeadCipher;
import io.ike4j.crypto.Cipher;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.Integrity;
import io.ike4j.crypto.IntegrityIds;
import io.ike4j.crypto.KeyExchange;
import io.ike4j.crypto.Prf;
import io.ike4j.crypto.SignatureScheme;
import io.ike4j.crypto.Signer;
import io.ike4j.crypto.TransformKind;
import io.ike4j.crypto.UnsupportedTransformException;
import io.ike4j.crypto.Verifier;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.EnumSet;
import java.util.Set;

/**
 * The BouncyCastle provider ({@code bc}): BouncyCastle's lightweight API only (no
 * {@code java.security.Security} registration, no JCA).
 *
 * <p>Serves PRF 1, 2, 4-8; INTEG 1, 2, 5, 8, 12-14 and the private
 * {@link IntegrityIds#LEGACY_HMAC_SHA2_256_96} (listed in {@code supported(INTEG)} so that a
 * configuration can ask for it, but a negotiator must never offer or accept it unless the
 * configuration explicitly opts in: it is a private-use number); ENCR 3 (3DES-CBC), 11 (NULL: ESP
 * only, never for an IKE SA), 12 (AES-CBC), 13 (AES-CTR), 14-16 (AES-CCM), 18-20 (AES-GCM),
 * 28 (ChaCha20-Poly1305); the key exchange methods of {@link BcKeyExchanges} and every
 * {@link SignatureScheme}.
 */
public final class BouncyCastleProvider implements CryptoProvider {
    private static final Set<Integer> PRF = Set.of(1, 2, 4, 5, 6, 7, 8);
    private static final Set<Integer> INTEG = Set.of(1, 2, 5, 8, 12, 13, 14, IntegrityIds.LEGACY_HMAC_SHA2_256_96);
    private static final Set<Integer> ENCR = Set.of(3, 11, 12, 13, 14, 15, 16, 18, 19, 20, 28);
    private static final Set<Integer> AEAD = Set.of(14, 15, 16, 18, 19, 20, 28);

    /** The {@code bc} provider; nothing is registered with {@code java.security.Security}. */
    public BouncyCastleProvider() {
    }

    @Override
    public String name() {
        return "bc";
    }

    @Override
    public Set<Integer> supported(TransformKind kind) {
        return switch (kind) {
            case ENCR -> ENCR;
            case PRF -> PRF;
            case INTEG -> INTEG;
            case KE -> BcKeyExchanges.SUPPORTED;
        };
    }

    @Override
    public Set<SignatureScheme> supportedSignatureSchemes() {
        return EnumSet.allOf(SignatureScheme.class);
    }

    @Override
    public KeyExchange keyExchange(int transformId) {
        KeyExchange ke = BcKeyExchanges.create(transformId);
        if (ke == null) {
            throw new UnsupportedTransformException(TransformKind.KE, transformId, name());
        }
        return ke;
    }

    /**
     * HMAC over SHA-224 as well as the hashes with an IKE PRF ID: NIST CAVP SP 800-135 tests IKE key
     * derivation with SHA-224, which has no IKEv2 PRF ID (its Prf's transformId is 0).
     */
    @Override
    public Prf hmacPrf(String hashName) {
        String h = hashName.trim().toUpperCase(java.util.Locale.ROOT).replace("_", "-");
        if (h.equals("SHA224") || h.equals("SHA-224") || h.equals("SHA2-224")) {
            return BcPrf.hmac(0, BcHash.SHA224);
        }
        return CryptoProvider.super.hmacPrf(hashName);
    }

    @Override
    public Prf prf(int transformId) {
        return switch (transformId) {
            case 1 -> BcPrf.hmac(1, BcHash.MD5);
            case 2 -> BcPrf.hmac(2, BcHash.SHA1);
            case 4 -> BcPrf.aes(4, BcPrf.Kind.XCBC);
            case 5 -> BcPrf.hmac(5, BcHash.SHA256);
            case 6 -> BcPrf.hmac(6, BcHash.SHA384);
            case 7 -> BcPrf.hmac(7, BcHash.SHA512);
            case 8 -> BcPrf.aes(8, BcPrf.Kind.CMAC);
            default -> throw new UnsupportedTransformException(TransformKind.PRF, transformId, name());
        };
    }

    @Override
    public Integrity integrity(int transformId) {
        return switch (transformId) {
            case 1 -> BcIntegrity.hmac(1, BcHash.MD5, 12);
            case 2 -> BcIntegrity.hmac(2, BcHash.SHA1, 12);
            case 5 -> BcIntegrity.aes(5, true);
            case 8 -> BcIntegrity.aes(8, false);
            case 12 -> BcIntegrity.hmac(12, BcHash.SHA256, 16);
            case 13 -> BcIntegrity.hmac(13, BcHash.SHA384, 24);
            case 14 -> BcIntegrity.hmac(14, BcHash.SHA512, 32);
            case IntegrityIds.LEGACY_HMAC_SHA2_256_96 -> BcIntegrity.hmac(transformId, BcHash.SHA256, 12);
            default -> throw new UnsupportedTransformException(TransformKind.INTEG, transformId, name());
        };
    }

    @Override
    public boolean isAead(int transformId) {
        return AEAD.contains(transformId);
    }

    @Override
    public Cipher cipher(int transformId, int keyLengthBits) {
        return switch (transformId) {
            case 3 -> {
                requireKeyLength(keyLengthBits, 0, 192);
                yield new BcCipher(3, BcCipher.Mode.DES3_CBC, 24);
            }
            case 11 -> {
                requireKeyLength(keyLengthBits, 0);
                yield new BcCipher(11, BcCipher.Mode.NULL, 0);
            }
            case 12 -> new BcCipher(12, BcCipher.Mode.AES_CBC, aesKeyLength(keyLengthBits));
            case 13 -> new BcCipher(13, BcCipher.Mode.AES_CTR, aesKeyLength(keyLengthBits));
            default -> {
                if (AEAD.contains(transformId)) {
                    throw new IllegalArgumentException("ENCR " + transformId + " is combined-mode: use aeadCipher");
                }
                throw new UnsupportedTransformException(TransformKind.ENCR, transformId, name());
            }
        };
    }

    @Override
    public AeadCipher aeadCipher(int transformId, int keyLengthBits) {
        return switch (transformId) {
            case 14, 15, 16 -> new BcAeadCipher(transformId, BcAeadCipher.Mode.CCM, aesKeyLength(keyLengthBits),
                    transformId == 14 ? 8 : transformId == 15 ? 12 : 16);
            case 18, 19, 20 -> new BcAeadCipher(transformId, BcAeadCipher.Mode.GCM, aesKeyLength(keyLengthBits),
                    transformId == 18 ? 8 : transformId == 19 ? 12 : 16);
            case 28 -> {
                requireKeyLength(keyLengthBits, 0, 256);
                yield new BcAeadCipher(28, BcAeadCipher.Mode.CHACHA, 32, 16);
            }
            default -> {
                if (ENCR.contains(transformId)) {
                    throw new IllegalArgumentException("ENCR " + transformId + " is normal-mode: use cipher");
                }
                throw new UnsupportedTransformException(TransformKind.ENCR, transformId, name());
            }
        };
    }

    @Override
    public Signer signer(SignatureScheme scheme, PrivateKey key) {
        return BcSignatures.signer(scheme, key);
    }

    @Override
    public Verifier verifier(SignatureScheme scheme, PublicKey key) {
        return BcSignatures.verifier(scheme, key);
    }

    /** AES takes the Key Length attribute (RFC 7296 §3.3.5): 128, 192 or 256 bits, required. */
    private static int aesKeyLength(int bits) {
        if (bits != 128 && bits != 192 && bits != 256) {
            throw new IllegalArgumentException("AES key length must be 128, 192 or 256 bits, got " + bits);
        }
        return bits / 8;
    }

    private static void requireKeyLength(int bits, int... allowed) {
        for (int a : allowed) {
            if (a == bits) {
                return;
            }
        }
        throw new IllegalArgumentException("invalid key length " + bits + " bits");
    }

    @Override
    public String toString() {
        return "BouncyCastleProvider[bc]";
    }
}
