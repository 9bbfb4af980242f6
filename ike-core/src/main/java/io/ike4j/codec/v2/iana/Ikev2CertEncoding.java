package io.ike4j.codec.v2.iana;

import io.ike4j.crypto.iana.IanaValue;

import java.util.Map;
import java.util.Optional;

/**
 * IKEv2 certificate encodings (RFC 7296 §3.6).
 *
 * <p>Generated from IANA's <code>ikev2-parameters-11</code> (ikev2-parameters.xml) and checked
 * against it by {@code io.ike4j.vectors.iana.Ikev2RegistryTest}. Every assigned value is present; reserved,
 * unassigned and private-use ranges are not. {@link #ianaName()} is IANA's description verbatim; the
 * constant name is that description upper-cased with every run of other characters turned into {@code _},
 * except where a shorter conventional name reads better (those keep the verbatim IANA text in
 * {@code ianaName}, so the test still ties them to the registry).
 */
public enum Ikev2CertEncoding implements IanaValue {
    /** Value 1. */
    PKCS7_WRAPPED_X509(1, "PKCS #7 wrapped X.509 certificate"),
    /** Value 2. */
    PGP(2, "PGP Certificate"),
    /** Value 3. */
    DNS_SIGNED_KEY(3, "DNS Signed Key"),
    /** Value 4 (IANA reference: RFC 7296). */
    X509_SIGNATURE(4, "X.509 Certificate - Signature"),
    /** Value 6. */
    KERBEROS_TOKEN(6, "Kerberos Token"),
    /** Value 7 (IANA reference: RFC 7296). */
    CRL(7, "Certificate Revocation List (CRL)"),
    /** Value 8. */
    ARL(8, "Authority Revocation List (ARL)"),
    /** Value 9. */
    SPKI(9, "SPKI Certificate"),
    /** Value 10. */
    X509_ATTRIBUTE(10, "X.509 Certificate - Attribute"),
    /** Value 11 (IANA reference: RFC 7296). */
    RAW_RSA_KEY(11, "Raw RSA Key (DEPRECATED)"),
    /** Value 12 (IANA reference: RFC 7296). */
    HASH_URL_X509_CERT(12, "Hash and URL of X.509 certificate"),
    /** Value 13 (IANA reference: RFC 7296). */
    HASH_URL_X509_BUNDLE(13, "Hash and URL of X.509 bundle"),
    /** Value 14 (IANA reference: RFC 4806). */
    OCSP_CONTENT(14, "OCSP Content"),
    /** Value 15 (IANA reference: RFC 7670). */
    RAW_PUBLIC_KEY(15, "Raw Public Key");

    private static final Map<Integer, Ikev2CertEncoding> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;

    Ikev2CertEncoding(int number, String ianaName) {
        this.number = number;
        this.ianaName = ianaName;
    }

    /** The number IANA assigned. */
    public int number() {
        return number;
    }

    /** IANA's description, verbatim. */
    public String ianaName() {
        return ianaName;
    }

    /**
     * The constant IANA assigned {@code number} to.
     *
     * @param number the IANA value
     * @return the constant, or empty for a number this enum does not know
     */
    public static Optional<Ikev2CertEncoding> of(int number) {
        return Optional.ofNullable(BY_NUMBER.get(number));
    }

    /**
     * The constant name, or {@code UNKNOWN(n)} for a value without an enum constant.
     *
     * @param number the IANA value
     * @return the constant's name or {@code UNKNOWN(number)}
     */
    public static String nameOf(int number) {
        return IanaValue.nameOf(BY_NUMBER, number);
    }
}
