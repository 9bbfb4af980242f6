package io.ike4j.crypto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The AlgorithmIdentifier DER blobs of IKEv2 Digital Signature authentication (auth method 14, RFC 7427
 * §3 and App. A) and the {@link SignatureScheme} each names.
 *
 * <p>Parsing compares against a fixed table of accepted encodings rather than decoding ASN.1 from the
 * peer: only the algorithms ike4j implements can match, and a malformed blob simply matches nothing.
 * RSASSA-PSS is accepted in both forms seen in the wild: with the explicit default trailerField
 * (RFC 7427 App. A.4.3, 72 octets for SHA-256) and without it (strict DER, as libreswan sends, 67
 * octets). RSA PKCS#1 v1.5 identifiers are accepted with the NULL parameters (RFC 4055 §5) and without.
 * ECDSA identifiers carry no curve: the curve comes from the certificate's key.
 */
public final class Rfc7427 {
    private static final HexFormat HEX = HexFormat.of();
    private static final String RSA_PREFIX = "06092a864886f70d0101"; // OID pkcs-1.x
    private static final String ECDSA_PREFIX = "06082a8648ce3d0403"; // OID ecdsa-with-SHA2.x
    private static final String SHA2_OID = "0609608648016503040201"; // id-sha256 without the last octet's variation

    private record Entry(byte[] der, SignatureScheme scheme) {
    }

    private static final List<Entry> TABLE = new ArrayList<>();

    static {
        // A.1 PKCS#1 v1.5: sha{1,256,384,512}WithRSAEncryption = pkcs-1 5, 11, 12, 13.
        addRsa("05", SignatureScheme.RSA_PKCS1_SHA1);
        addRsa("0b", SignatureScheme.RSA_PKCS1_SHA256);
        addRsa("0c", SignatureScheme.RSA_PKCS1_SHA384);
        addRsa("0d", SignatureScheme.RSA_PKCS1_SHA512);
        // A.3 ECDSA: ecdsa-with-SHA256/384/512 = 1.2.840.10045.4.3.2/3/4, parameters absent.
        add("300a" + ECDSA_PREFIX + "02", SignatureScheme.ECDSA_SHA256_DER);
        add("300a" + ECDSA_PREFIX + "03", SignatureScheme.ECDSA_SHA384_DER);
        add("300a" + ECDSA_PREFIX + "04", SignatureScheme.ECDSA_SHA512_DER);
        // A.4.3 RSASSA-PSS with MGF1 of the same hash and salt length = hash length.
        addPss(1, 0x20, SignatureScheme.RSA_PSS_SHA256);
        addPss(2, 0x30, SignatureScheme.RSA_PSS_SHA384);
        addPss(3, 0x40, SignatureScheme.RSA_PSS_SHA512);
        // RFC 8420 §3: id-Ed25519 / id-Ed448, parameters absent.
        add("300506032b6570", SignatureScheme.ED25519);
        add("300506032b6571", SignatureScheme.ED448);
    }

    private Rfc7427() {
    }

    private static void add(String hex, SignatureScheme s) {
        TABLE.add(new Entry(HEX.parseHex(hex), s));
    }

    private static void addRsa(String last, SignatureScheme s) {
        add("300d" + RSA_PREFIX + last + "0500", s); // canonical first: the one we send
        add("300b" + RSA_PREFIX + last, s);
    }

    private static void addPss(int hashIndex, int salt, SignatureScheme s) {
        String hashAlg = "300d" + SHA2_OID.substring(0, SHA2_OID.length() - 2) + String.format("%02x", hashIndex) + "0500";
        String a0 = "a00f" + hashAlg;
        String a1 = "a11c" + "301a" + "06092a864886f70d010108" + hashAlg; // id-mgf1 with the same hash
        String a2 = "a203" + "0201" + String.format("%02x", salt);
        String a3 = "a303" + "020101"; // trailerField 1 (the default)
        String oid = RSA_PREFIX + "0a"; // id-RSASSA-PSS
        String withTrailer = a0 + a1 + a2 + a3;
        String without = a0 + a1 + a2;
        add(seq(oid + seq(withTrailer)), s); // RFC 7427 App. A.4.3 form: what we send
        add(seq(oid + seq(without)), s);
    }

    private static String seq(String content) {
        int n = content.length() / 2;
        if (n > 127) {
            throw new IllegalStateException("short-form length only");
        }
        return "30" + String.format("%02x", n) + content;
    }

    /**
     * The scheme named by the AlgorithmIdentifier {@code der}, or empty when ike4j does not implement it.
     *
     * @param der a DER AlgorithmIdentifier (RFC 7427 §3)
     * @return the scheme, or empty
     */
    public static Optional<SignatureScheme> schemeOf(byte[] der) {
        return der == null ? Optional.empty() : schemeOf(der, 0, der.length);
    }

    /**
     * As {@link #schemeOf(byte[])} for {@code buf[offset, offset+length)}.
     *
     * @param buf holds the AlgorithmIdentifier
     * @param offset where it starts
     * @param length its length
     * @return the scheme, or empty
     */
    public static Optional<SignatureScheme> schemeOf(byte[] buf, int offset, int length) {
        if (buf == null || offset < 0 || length < 0 || offset > buf.length - length) {
            return Optional.empty();
        }
        for (Entry e : TABLE) {
            if (e.der.length == length && Arrays.equals(e.der, 0, length, buf, offset, offset + length)) {
                return Optional.of(e.scheme);
            }
        }
        return Optional.empty();
    }

    /**
     * The AlgorithmIdentifier ike4j sends for {@code scheme} (RSA with NULL parameters, PSS in the RFC 7427
     * App. A.4.3 form with the explicit trailerField). The raw r ‖ s ECDSA schemes belong to auth methods
     * 9-11, which carry no AlgorithmIdentifier: IllegalArgumentException.
     *
     * @param scheme a scheme used with auth method 14
     * @return its DER AlgorithmIdentifier
     */
    public static byte[] algorithmIdentifier(SignatureScheme scheme) {
        for (Entry e : TABLE) {
            if (e.scheme == scheme) {
                return e.der.clone();
            }
        }
        throw new IllegalArgumentException(scheme + " has no RFC 7427 AlgorithmIdentifier ("
                + (scheme == SignatureScheme.RSA_PKCS1_NULL ? "it is IKEv1's" : "use auth method 9-11") + ")");
    }
}
