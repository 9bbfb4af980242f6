package io.ike4j.crypto.iana.v1;

import io.ike4j.crypto.iana.IanaValue;

import java.util.Map;
import java.util.Optional;

/**
 * IKEv1 Group Type values (phase-1 class 5, RFC 2409 App. A).
 */
public enum Ikev1GroupType implements IanaValue {
    /** Value 1 (IANA reference: RFC 2409). */
    MODP(1, "MODP (modular exponentiation group)"),
    /** Value 2 (IANA reference: RFC 2409). */
    ECP(2, "ECP (elliptic curve group over GF[P])"),
    /** Value 3 (IANA reference: RFC 2409). */
    EC2N(3, "EC2N (elliptic curve group over GF[2^N])");

    private static final Map<Integer, Ikev1GroupType> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;

    Ikev1GroupType(int number, String ianaName) {
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
    public static Optional<Ikev1GroupType> of(int number) {
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
