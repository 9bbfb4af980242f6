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
    SHA1(1, "SHA1"),
    SHA2_256(2, "SHA2-256"),
    SHA2_384(3, "SHA2-384"),
    SHA2_512(4, "SHA2-512"),
    IDENTITY(5, "Identity"),
    STREEBOG_256(6, "STREEBOG_256"),
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

    public static Optional<Ikev2HashAlgorithm> of(int number) {
        return Optional.ofNullable(BY_NUMBER.get(number));
    }

    /** The constant name, or {@code UNKNOWN(n)} for a value without an enum constant. */
    public static String nameOf(int number) {
        return IanaValue.nameOf(BY_NUMBER, number);
    }
}
