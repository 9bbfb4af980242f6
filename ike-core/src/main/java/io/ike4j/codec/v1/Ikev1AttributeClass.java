package io.ike4j.codec.v1;

import io.ike4j.crypto.iana.IanaValue;
import java.util.Map;
import java.util.Optional;

/**
 * IKEv1 phase-1 attribute classes (RFC 2409 App. A, IANA ipsec-registry-2); {@code basic} tells
 * whether the class is a Basic (TV) attribute; the others are Variable (TLV).
 */
public enum Ikev1AttributeClass implements IanaValue {
    /** Value 1 (IANA reference: RFC 2409). */
    ENCRYPTION_ALGORITHM(1, "Encryption Algorithm", true),
    /** Value 2 (IANA reference: RFC 2409). */
    HASH_ALGORITHM(2, "Hash Algorithm", true),
    /** Value 3 (IANA reference: RFC 2409). */
    AUTHENTICATION_METHOD(3, "Authentication Method", true),
    /** Value 4 (IANA reference: RFC 2409). */
    GROUP_DESCRIPTION(4, "Group Description", true),
    /** Value 5 (IANA reference: RFC 2409). */
    GROUP_TYPE(5, "Group Type", true),
    /** Value 6 (IANA reference: RFC 2409). */
    GROUP_PRIME(6, "Group Prime/Irreducible Polynomial", false),
    /** Value 7 (IANA reference: RFC 2409). */
    GROUP_GENERATOR_ONE(7, "Group Generator One", false),
    /** Value 8 (IANA reference: RFC 2409). */
    GROUP_GENERATOR_TWO(8, "Group Generator Two", false),
    /** Value 9 (IANA reference: RFC 2409). */
    GROUP_CURVE_A(9, "Group Curve A", false),
    /** Value 10 (IANA reference: RFC 2409). */
    GROUP_CURVE_B(10, "Group Curve B", false),
    /** Value 11 (IANA reference: RFC 2409). */
    LIFE_TYPE(11, "Life Type", true),
    /** Value 12 (IANA reference: RFC 2409). */
    LIFE_DURATION(12, "Life Duration", false),
    /** Value 13 (IANA reference: RFC 2409). */
    PRF(13, "PRF", true),
    /** Value 14 (IANA reference: RFC 2409). */
    KEY_LENGTH(14, "Key Length", true),
    /** Value 15 (IANA reference: RFC 2409). */
    FIELD_SIZE(15, "Field Size", true),
    /** Value 16 (IANA reference: RFC 2409). */
    GROUP_ORDER(16, "Group Order", false);

    private static final Map<Integer, Ikev1AttributeClass> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;
    private final boolean basic;

    Ikev1AttributeClass(int number, String ianaName, boolean basic) {
        this.number = number;
        this.ianaName = ianaName;
        this.basic = basic;
    }

    @Override
    public int number() {
        return number;
    }

    @Override
    public String ianaName() {
        return ianaName;
    }

    /** {@return true for a Basic (TV) attribute class, false for a Variable (TLV) one} */
    public boolean basic() {
        return basic;
    }

    /**
     * The constant IANA assigned {@code number} to.
     *
     * @param number the IANA value
     * @return the constant, or empty for a number this enum does not know
     */
    public static Optional<Ikev1AttributeClass> of(int number) {
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
