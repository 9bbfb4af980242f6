package io.ike4j.codec.v2.iana;

import io.ike4j.crypto.iana.IanaValue;

import java.util.Map;
import java.util.Optional;

/**
 * IKEv2 hash algorithms for SIGNATURE_HASH_ALGORITHMS (RFC 7427 §4).
 *
 * <p>Generated from IANA's <code>hash-algorithms</code> (ikev2-parameters.xml) and checked
 * against it by {@code io.ike4j.vectors.iana.Ikev2RegistryTest}. Every assigned value is present; reserved,
 * unassigned and private-use ranges are not. {@link #ianaName()} is IANA's description verbatim; the
 * constant name is that description upper-cased with every run of other characters turned into {@code _},
 * except where a shorter conventional name reads better (those keep the verbatim IANA text in
 * {@code ianaName}, so the test still ties them to the registry).
 */
public enum Ikev2HashAlgorithm implements IanaValue {
    /** Value 1 (IANA reference: RFC 7427). */
    SHA1(1, "SHA1"),
    /** Value 2 (IANA reference: RFC 7427). */
    SHA2_256(2, "SHA2-256"),
    /** Value 3 (IANA reference: RFC 7427). */
    SHA2_384(3, "SHA2-384"),
    /** Value 4 (IANA reference: RFC 7427). */
    SHA2_512(4, "SHA2-512"),
    /** Value 5 (IANA reference: RFC 8420). */
    IDENTITY(5, "Identity"),
    /** Value 6 (IANA reference: RFC 9385). */
    STREEBOG_256(6, "STREEBOG_256"),
    /** Value 7 (IANA reference: RFC 9385). */
    STREEBOG_512(7, "STREEBOG_512");

    private static final Map<Integer, Ikev2HashAlgorithm> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;

    Ikev2HashAlgorithm(int number, String ianaName) {
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
    public static Optional<Ikev2HashAlgorithm> of(int number) {
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
