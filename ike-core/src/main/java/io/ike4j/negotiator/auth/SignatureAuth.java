package io.ike4j.negotiator.auth;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2AuthPayload;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.Rfc7427;
import io.ike4j.crypto.SignatureScheme;
import java.security.Key;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Signature AUTH payloads (RFC 7296 §2.15, §3.8): method 1 (RSA PKCS#1 v1.5 with SHA-1), methods 9-11
 * (ECDSA with raw r ‖ s on P-256/384/521, RFC 4754) and method 14 (RFC 7427 Digital Signature:
 * ASN.1 length octet, AlgorithmIdentifier, signature).
 */
public final class SignatureAuth {
    /** Auth method 1: RSA Digital Signature with SHA-1 (RFC 7296 §3.8). */
    public static final int METHOD_RSA = 1;
    /** Auth method 9: ECDSA with SHA-256 on P-256 (RFC 4754). */
    public static final int METHOD_ECDSA_256 = 9;
    /** Auth method 10: ECDSA with SHA-384 on P-384 (RFC 4754). */
    public static final int METHOD_ECDSA_384 = 10;
    /** Auth method 11: ECDSA with SHA-512 on P-521 (RFC 4754). */
    public static final int METHOD_ECDSA_521 = 11;
    /** Auth method 14: Digital Signature with an AlgorithmIdentifier (RFC 7427). */
    public static final int METHOD_DIGITAL_SIGNATURE = 14;
    /** N(SIGNATURE_HASH_ALGORITHMS), RFC 7427 §4. */
    public static final int SIGNATURE_HASH_ALGORITHMS = 16431;
    /** RFC 7427 §4 hash ID 1: SHA1 (the constants below are the other IDs). */
    public static final int HASH_SHA1 = 1;
    /** Hash ID 2: SHA2-256. */
    public static final int HASH_SHA2_256 = 2;
    /** Hash ID 3: SHA2-384. */
    public static final int HASH_SHA2_384 = 3;
    /** Hash ID 4: SHA2-512. */
    public static final int HASH_SHA2_512 = 4;
    /** Hash ID 5: Identity, for EdDSA (RFC 8420). */
    public static final int HASH_IDENTITY = 5;

    private SignatureAuth() {
    }

    /**
     * Our AUTH payload. RSA: method 14 with sha256WithRSAEncryption when the peer announced SHA2-256 (then
     * SHA2-384, SHA2-512), as strongSwan 5.9 does, else method 1. ECDSA: method 14 with the DER signature
     * and the hash matching the curve (RFC 4754 pairs) when the peer announced that hash, else method
     * 9/10/11. EdDSA: method 14 (RFC 8420) when the peer announced Identity.
     *
     * @param p the crypto provider
     * @param key our private key
     * @param signedOctets the octets to sign (RFC 7296 §2.15)
     * @param peerHashes the peer's SIGNATURE_HASH_ALGORITHMS (empty when it sent none)
     * @return the AUTH payload
     * @throws IllegalArgumentException when the key cannot produce any signature the peer accepts
     */
    public static Ikev2AuthPayload sign(CryptoProvider p, PrivateKey key, byte[] signedOctets, List<Integer> peerHashes) {
        List<Integer> hashes = peerHashes == null ? List.of() : peerHashes;
        if (key instanceof RSAKey) {
            SignatureScheme[] rsa = {SignatureScheme.RSA_PKCS1_SHA256, SignatureScheme.RSA_PKCS1_SHA384, SignatureScheme.RSA_PKCS1_SHA512};
            for (int i = 0; i < rsa.length; i++) {
                if (hashes.contains(HASH_SHA2_256 + i)) {
                    return digital(rsa[i], p.signer(rsa[i], key).sign(signedOctets));
                }
            }
            return new Ikev2AuthPayload(METHOD_RSA, Bytes.wrap(p.signer(SignatureScheme.RSA_PKCS1_SHA1, key).sign(signedOctets)));
        }
        if (key instanceof ECKey ec) {
            int bits = ec.getParams().getCurve().getField().getFieldSize();
            int hash = switch (bits) {
                case 256 -> HASH_SHA2_256;
                case 384 -> HASH_SHA2_384;
                case 521 -> HASH_SHA2_512;
                default -> 0;
            };
            if (hash != 0 && hashes.contains(hash)) {
                SignatureScheme s = derScheme(hash);
                return digital(s, p.signer(s, key).sign(signedOctets));
            }
            if (hash != 0) {
                int method = METHOD_ECDSA_256 + (hash - HASH_SHA2_256);
                SignatureScheme s = rawScheme(method);
                return new Ikev2AuthPayload(method, Bytes.wrap(p.signer(s, key).sign(signedOctets)));
            }
            for (int h : new int[] {HASH_SHA2_256, HASH_SHA2_384, HASH_SHA2_512}) {
                if (hashes.contains(h)) { // another curve: only RFC 7427 can carry it
                    SignatureScheme s = derScheme(h);
                    return digital(s, p.signer(s, key).sign(signedOctets));
                }
            }
            throw new IllegalArgumentException("ECDSA key on a " + bits + "-bit curve needs RFC 7427 support from the peer");
        }
        String alg = key == null ? "null" : key.getAlgorithm();
        if (("Ed25519".equals(alg) || "EdDSA".equals(alg) || "Ed448".equals(alg)) && hashes.contains(HASH_IDENTITY)) {
            SignatureScheme s = isEd448(key) ? SignatureScheme.ED448 : SignatureScheme.ED25519;
            return digital(s, p.signer(s, key).sign(signedOctets));
        }
        throw new IllegalArgumentException("cannot sign AUTH with a " + alg + " key"
                + (hashes.contains(HASH_IDENTITY) ? "" : " (EdDSA needs the peer's Identity hash, RFC 8420)"));
    }

    /**
     * Verifies a signature AUTH payload of method 1, 9, 10, 11 or 14 with the peer's public key. False
     * for any other method, a key of the wrong kind or curve, an unknown AlgorithmIdentifier, malformed
     * data or a wrong signature; never throws. Cryptography only: which algorithms a peer may use is
     * {@link SignaturePolicy}'s concern.
     *
     * @param p the crypto provider
     * @param key the peer's public key (from its certificate)
     * @param auth the peer's AUTH payload
     * @param signedOctets the octets the peer should have signed
     * @return true when the signature verifies
     */
    public static boolean verify(CryptoProvider p, PublicKey key, Ikev2AuthPayload auth, byte[] signedOctets) {
        if (p == null || key == null || auth == null || auth.data() == null || signedOctets == null) {
            return false;
        }
        Optional<SignatureScheme> scheme = scheme(auth);
        if (scheme.isEmpty() || SignatureKeys.mismatch(scheme.get(), key).isPresent()) {
            return false;
        }
        byte[] data = auth.data().toByteArray();
        byte[] sig = auth.method() == METHOD_DIGITAL_SIGNATURE
                ? java.util.Arrays.copyOfRange(data, 1 + (data[0] & 0xff), data.length) : data;
        try {
            return p.verifier(scheme.get(), key).verify(signedOctets, sig);
        } catch (RuntimeException e) {
            // A provider that cannot use this key (e.g. an EC key on a curve it lacks) throws from verifier():
            // for the peer's AUTH that is a failed verification, not an engine error.
            return false;
        }
    }

    /**
     * The scheme a signature AUTH payload names: method 1 (RFC 7296 §3.8), 9-11 (RFC 4754 §3: each fixes
     * curve and hash) or method 14's AlgorithmIdentifier (RFC 7427 §3). Empty for another method, an
     * AlgorithmIdentifier ike4j does not implement, or malformed data.
     *
     * @param auth an AUTH payload
     * @return its signature scheme, or empty
     */
    public static Optional<SignatureScheme> scheme(Ikev2AuthPayload auth) {
        if (auth == null || auth.data() == null) {
            return Optional.empty();
        }
        return switch (auth.method()) {
            case METHOD_RSA -> Optional.of(SignatureScheme.RSA_PKCS1_SHA1);
            case METHOD_ECDSA_256, METHOD_ECDSA_384, METHOD_ECDSA_521 -> Optional.of(rawScheme(auth.method()));
            case METHOD_DIGITAL_SIGNATURE -> algorithmIdentifier(auth).flatMap(Rfc7427::schemeOf);
            default -> Optional.empty();
        };
    }

    /**
     * The AlgorithmIdentifier of a method-14 AUTH payload (RFC 7427 §3: one length octet, the
     * AlgorithmIdentifier, the signature); empty for another method or when the length overruns the data.
     *
     * @param auth an AUTH payload
     * @return the DER AlgorithmIdentifier, or empty
     */
    public static Optional<byte[]> algorithmIdentifier(Ikev2AuthPayload auth) {
        if (auth == null || auth.method() != METHOD_DIGITAL_SIGNATURE || auth.data() == null || auth.data().isEmpty()) {
            return Optional.empty();
        }
        byte[] data = auth.data().toByteArray();
        int len = data[0] & 0xff;
        return len > data.length - 1 ? Optional.empty() : Optional.of(java.util.Arrays.copyOfRange(data, 1, 1 + len));
    }

    /** {@return N(SIGNATURE_HASH_ALGORITHMS) with SHA2-256, SHA2-384, SHA2-512 and Identity, as strongSwan sends it} */
    public static Ikev2NotifyPayload signatureHashAlgorithms() {
        return Ikev2NotifyPayload.of(SIGNATURE_HASH_ALGORITHMS,
                Bytes.wrap(new byte[] {0, HASH_SHA2_256, 0, HASH_SHA2_384, 0, HASH_SHA2_512, 0, HASH_IDENTITY}));
    }

    /**
     * The 2-octet hash IDs of a SIGNATURE_HASH_ALGORITHMS notify (RFC 7427 §4), in order; empty for another
     * notify. A trailing odd octet is ignored.
     *
     * @param n a received notify
     * @return the hash IDs
     */
    public static List<Integer> parseSignatureHashAlgorithms(Ikev2NotifyPayload n) {
        if (n == null || n.notifyType() != SIGNATURE_HASH_ALGORITHMS || n.data() == null) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        Bytes d = n.data();
        for (int i = 0; i + 1 < d.length(); i += 2) {
            out.add((d.get(i) << 8) | d.get(i + 1));
        }
        return List.copyOf(out);
    }

    private static Ikev2AuthPayload digital(SignatureScheme s, byte[] signature) {
        byte[] alg = Rfc7427.algorithmIdentifier(s);
        byte[] out = new byte[1 + alg.length + signature.length];
        out[0] = (byte) alg.length;
        System.arraycopy(alg, 0, out, 1, alg.length);
        System.arraycopy(signature, 0, out, 1 + alg.length, signature.length);
        return new Ikev2AuthPayload(METHOD_DIGITAL_SIGNATURE, Bytes.wrap(out));
    }

    private static SignatureScheme derScheme(int hash) {
        return switch (hash) {
            case HASH_SHA2_256 -> SignatureScheme.ECDSA_SHA256_DER;
            case HASH_SHA2_384 -> SignatureScheme.ECDSA_SHA384_DER;
            default -> SignatureScheme.ECDSA_SHA512_DER;
        };
    }

    private static SignatureScheme rawScheme(int method) {
        return switch (method) {
            case METHOD_ECDSA_256 -> SignatureScheme.ECDSA_P256_SHA256_RAW;
            case METHOD_ECDSA_384 -> SignatureScheme.ECDSA_P384_SHA384_RAW;
            default -> SignatureScheme.ECDSA_P521_SHA512_RAW;
        };
    }

    private static boolean isEd448(Key key) {
        return key instanceof java.security.interfaces.EdECKey ed && "Ed448".equals(ed.getParams().getName());
    }
}
