package io.ike4j.codec.v1;

import io.ike4j.crypto.iana.IanaValue;
import java.util.Map;
import java.util.Optional;

/**
 * ISAKMP certificate encodings (RFC 2408 §3.9; no IANA XML registry is shipped for them).
 */
public enum Ikev1CertEncoding implements IanaValue {
    NONE(0, "NONE"),
    PKCS7(1, "PKCS #7 wrapped X.509 certificate"),
    PGP(2, "PGP Certificate"),
    DNS_SIGNED_KEY(3, "DNS Signed Key"),
    X509_SIGNATURE(4, "X.509 Certificate - Signature"),
    X509_KEY_EXCHANGE(5, "X.509 Certificate - Key Exchange"),
    KERBEROS(6, "Kerberos Tokens"),
    CRL(7, "Certificate Revocation List (CRL)"),
    ARL(8, "Authority Revocation List (ARL)"),
    SPKI(9, "SPKI Certificate"),
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
