package io.ike4j.crypto;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Set;

/**
 * Creates the algorithms IKE negotiates, selected by IANA transform ID, and says which it can serve.
 * Implementations: {@code io.ike4j.crypto.bc.BouncyCastleProvider} (BouncyCastle lightweight API, no
 * JCA registration) and {@code io.ike4j.crypto.jca.JcaProvider} (installed {@code java.security}
 * providers, e.g. a FIPS one). Found by {@link CryptoProviders} through {@link java.util.ServiceLoader}
 * or constructed directly.
 *
 * <p>Every factory method throws {@link UnsupportedTransformException} for an ID outside
 * {@link #supported(TransformKind)}, so a gateway learns at configuration time, not mid-handshake,
 * what it cannot negotiate.
 */
public interface CryptoProvider {
    /** {@return the short name used on the command line ({@code bc}, {@code jca})} */
    String name();

    /**
     * The transform IDs of {@code kind} this provider serves.
     *
     * @param kind the transform type
     * @return the IANA IDs
     */
    Set<Integer> supported(TransformKind kind);

    /**
     * Whether {@link #supported(TransformKind)} holds {@code transformId}.
     *
     * @param kind the transform type
     * @param transformId the IANA ID
     * @return true when the factory method for {@code kind} can create it
     */
    default boolean supports(TransformKind kind, int transformId) {
        return supported(kind).contains(transformId);
    }

    /** {@return the signature schemes {@link #signer} and {@link #verifier} serve} */
    Set<SignatureScheme> supportedSignatureSchemes();

    /**
     * The key exchange method (DH group or KEM) {@code transformId}.
     *
     * @param transformId the IANA key exchange method number (transform type 4)
     * @return the method
     * @throws UnsupportedTransformException when it is not supported
     */
    KeyExchange keyExchange(int transformId);

    /**
     * The PRF {@code transformId}.
     *
     * @param transformId the IANA PRF transform ID (transform type 2)
     * @return the PRF
     * @throws UnsupportedTransformException when it is not supported
     */
    Prf prf(int transformId);

    /**
     * The integrity algorithm {@code transformId}.
     *
     * @param transformId the IANA INTEG transform ID (transform type 3)
     * @return the algorithm
     * @throws UnsupportedTransformException when it is not supported
     */
    Integrity integrity(int transformId);

    /**
     * HMAC (RFC 2104) over the hash named {@code hashName} ({@code MD5}, {@code SHA-1}, {@code SHA-224},
     * {@code SHA-256}, {@code SHA-384}, {@code SHA-512}) as a {@link Prf}: IKEv1 negotiates a hash, not a
     * PRF (RFC 2409 §4), and NIST CAVP SP 800-135 also tests SHA-224, which has no IKEv2 PRF ID. The
     * default maps the hashes that have an IKEv2 PRF ID to {@link #prf(int)}; providers that can serve
     * more (SHA-224) override it. The returned Prf's {@link Prf#transformId()} is the IKEv2 ID, or 0.
     *
     * @param hashName the hash's name (IKEv1 and JCA spellings)
     * @return HMAC over that hash
     * @throws UnsupportedTransformException when the provider has no HMAC over that hash
     */
    default Prf hmacPrf(String hashName) {
        String h = hashName.trim().toUpperCase(java.util.Locale.ROOT).replace("_", "-");
        int id = switch (h) {
            case "MD5" -> 1;
            case "SHA", "SHA1", "SHA-1" -> 2;
            case "SHA256", "SHA-256", "SHA2-256" -> 5;
            case "SHA384", "SHA-384", "SHA2-384" -> 6;
            case "SHA512", "SHA-512", "SHA2-512" -> 7;
            default -> 0;
        };
        if (id == 0) {
            throw new UnsupportedTransformException(TransformKind.PRF, 0, name() + " (HMAC-" + h + ")");
        }
        return prf(id);
    }

    /**
     * True when ENCR {@code transformId} is a combined-mode algorithm (AES-GCM/CCM, ChaCha20-Poly1305),
     * created with {@link #aeadCipher}; false for normal-mode ones, created with {@link #cipher}.
     *
     * @param transformId the IANA ENCR transform ID
     * @return whether it is combined-mode
     */
    boolean isAead(int transformId);

    /**
     * The normal-mode encryption algorithm {@code transformId}.
     *
     * @param transformId the IANA ENCR transform ID
     * @param keyLengthBits the Key Length transform attribute (RFC 7296 §3.3.5), or 0 for fixed-length
     *                      ciphers such as 3DES
     * @return the cipher
     * @throws UnsupportedTransformException when it is not supported
     */
    Cipher cipher(int transformId, int keyLengthBits);

    /**
     * The combined-mode algorithm {@code transformId} (RFC 5282, RFC 7634).
     *
     * @param transformId the IANA ENCR transform ID
     * @param keyLengthBits the Key Length transform attribute, or 0 for ChaCha20-Poly1305
     * @return the cipher
     * @throws UnsupportedTransformException when it is not supported
     */
    AeadCipher aeadCipher(int transformId, int keyLengthBits);

    /**
     * A signer for AUTH octets.
     *
     * @param scheme the signature scheme
     * @param key the private key, of the scheme's family
     * @return the signer
     */
    Signer signer(SignatureScheme scheme, PrivateKey key);

    /**
     * A verifier of AUTH signatures.
     *
     * @param scheme the signature scheme
     * @param key the peer's public key
     * @return the verifier
     */
    Verifier verifier(SignatureScheme scheme, PublicKey key);

    /** {@return a strong random source for production use} */
    default RandomSource random() {
        return RandomSource.secure();
    }
}
