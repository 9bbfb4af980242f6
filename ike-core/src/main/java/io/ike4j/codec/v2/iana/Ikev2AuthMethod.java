package io.ike4j.codec.v2.iana;

import io.ike4j.crypto.iana.IanaValue;

import java.util.Map;
import java.util.Optional;

/**
 * IKEv2 authentication methods (RFC 7296 §3.8, RFC 4754, RFC 7427, RFC 7619).
 *
 * <p>Generated from IANA's <code>ikev2-parameters-12</code> (ikev2-parameters.xml) and checked
 * against it by {@code io.ike4j.vectors.iana.Ikev2RegistryTest}. Every assigned value is present; reserved,
 * unassigned and private-use ranges are not. {@link #ianaName()} is IANA's description verbatim; the
 * constant name is that description upper-cased with every run of other characters turned into {@code _},
 * except where a shorter conventional name reads better (those keep the verbatim IANA text in
 * {@code ianaName}, so the test still ties them to the registry).
 */
public enum Ikev2AuthMethod implements IanaValue {
    /** Value 1 (IANA reference: RFC 7296). */
    RSA_SIGNATURE(1, "RSA Digital Signature"),
    /** Value 2 (IANA reference: RFC 7296). */
    SHARED_KEY_MIC(2, "Shared Key Message Integrity Code"),
    /** Value 3 (IANA reference: RFC 7296). */
    DSS_SIGNATURE(3, "DSS Digital Signature"),
    /** Value 9 (IANA reference: RFC 4754). */
    ECDSA_SHA256_P256(9, "ECDSA with SHA-256 on the P-256 curve"),
    /** Value 10 (IANA reference: RFC 4754). */
    ECDSA_SHA384_P384(10, "ECDSA with SHA-384 on the P-384 curve"),
    /** Value 11 (IANA reference: RFC 4754). */
    ECDSA_SHA512_P521(11, "ECDSA with SHA-512 on the P-521 curve"),
    /** Value 12 (IANA reference: RFC 6467). */
    GSPAM(12, "Generic Secure Password Authentication Method"),
    /** Value 13 (IANA reference: RFC 7619). */
    NULL_AUTH(13, "NULL Authentication"),
    /** Value 14 (IANA reference: RFC 7427). */
    DIGITAL_SIGNATURE(14, "Digital Signature");

    private static final Map<Integer, Ikev2AuthMethod> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;

    Ikev2AuthMethod(int number, String ianaName) {
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
    public static Optional<Ikev2AuthMethod> of(int number) {
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
