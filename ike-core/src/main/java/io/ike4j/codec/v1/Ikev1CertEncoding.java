package io.ike4j.codec.v1;

import io.ike4j.crypto.iana.IanaValue;
import java.util.Map;
import java.util.Optional;

/**
 * ISAKMP certificate encodings (RFC 2408 §3.9; no IANA XML registry is shipped for them).
 */
public enum Ikev1CertEncoding implements IanaValue {
    /** Value 0 (RFC 2408 §3.9). */
    NONE(0, "NONE"),
    /** Value 1 (RFC 2408 §3.9). */
    PKCS7(1, "PKCS #7 wrapped X.509 certificate"),
    /** Value 2 (RFC 2408 §3.9). */
    PGP(2, "PGP Certificate"),
    /** Value 3 (RFC 2408 §3.9). */
    DNS_SIGNED_KEY(3, "DNS Signed Key"),
    /** Value 4 (RFC 2408 §3.9). */
    X509_SIGNATURE(4, "X.509 Certificate - Signature"),
    /** Value 5 (RFC 2408 §3.9). */
    X509_KEY_EXCHANGE(5, "X.509 Certificate - Key Exchange"),
    /** Value 6 (RFC 2408 §3.9). */
    KERBEROS(6, "Kerberos Tokens"),
    /** Value 7 (RFC 2408 §3.9). */
    CRL(7, "Certificate Revocation List (CRL)"),
    /** Value 8 (RFC 2408 §3.9). */
    ARL(8, "Authority Revocation List (ARL)"),
    /** Value 9 (RFC 2408 §3.9). */
    SPKI(9, "SPKI Certificate"),
    /** Value 10 (RFC 2408 §3.9). */
    X509_ATTRIBUTE(10, "X.509 Certificate - Attribute");

    private static final Map<Integer, Ikev1CertEncoding> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;

    Ikev1CertEncoding(int number, String ianaName) {
        this.number = number;
        this.ianaName = ianaName;
    }

    @Override
    public int number() {
        return number;
    }

    @Override
    public String ianaName() {
        return ianaName;
    }

    /**
     * The constant IANA assigned {@code number} to.
     *
     * @param number the IANA value
     * @return the constant, or empty for a number this enum does not know
     */
    public static Optional<Ikev1CertEncoding> of(int number) {
        return Optional.ofNullable(BY_NUMBER.get(number));
    }

    /**
     * The constant's name, or {@code UNKNOWN(n)} for a number this enum does not know.
     *
     * @param number the IANA value
     * @return the constant's name or {@code UNKNOWN(number)}
     */
    public static String nameOf(int number) {
        return IanaValue.nameOf(BY_NUMBER, number);
    }
}
