package io.ike4j.codec.v1;

import io.ike4j.crypto.iana.IanaValue;
import java.util.Map;
import java.util.Optional;

/**
 * IKEv1 phase-1 attribute classes (RFC 2409 App. A, IANA ipsec-registry-2); {@code basic} tells
 * whether the class is a Basic (TV) attribute; the others are Variable (TLV).
 */
public enum Ikev1AttributeClass implements IanaValue {
    ENCRYPTION_ALGORITHM(1, "Encryption Algorithm", true),
    HASH_ALGORITHM(2, "Hash Algorithm", true),
    AUTHENTICATION_METHOD(3, "Authentication Method", true),
    GROUP_DESCRIPTION(4, "Group Description", true),
    GROUP_TYPE(5, "Group Type", true),
    GROUP_PRIME(6, "Group Prime/Irreducible Polynomial", false),
    GROUP_GENERATOR_ONE(7, "Group Generator One", false),
    GROUP_GENERATOR_TWO(8, "Group Generator Two", false),
    GROUP_CURVE_A(9, "Group Curve A", false),
    GROUP_CURVE_B(10, "Group Curve B", false),
    LIFE_TYPE(11, "Life Type", true),
    LIFE_DURATION(12, "Life Duration", false),
    PRF(13, "PRF", true),
    KEY_LENGTH(14, "Key Length", true),
    FIELD_SIZE(15, "Field Size", true),
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

    public boolean basic() {
        return basic;
    }

    public static Optional<Ikev1AttributeClass> of(int number) {
        return Optional.ofNullable(BY_NUMBER.get(number));
    }

    /** The constant's name, or {@code UNKNOWN(n)} for a number this enum does not know. */
    public static String nameOf(int number) {
        return IanaValue.nameOf(BY_NUMBER, number);
    }
}
