package io.ike4j.crypto.iana.v1;

import io.ike4j.crypto.iana.IanaValue;

import java.util.Map;
import java.util.Optional;

/**
 * IKEv1 phase-1 Hash Algorithm attribute values (class 2; RFC 2409 App. A, RFC 4868).
 */
public enum Ikev1HashAlgorithm implements IanaValue {
    /** Value 1 (IANA reference: RFC 1321). */
    MD5(1, "MD5"),
    /** Value 2. */
    SHA(2, "SHA"),
    /** Value 3. */
    TIGER(3, "Tiger"),
    /** Value 4 (IANA reference: RFC 4868). */
    SHA2_256(4, "SHA2-256"),
    /** Value 5 (IANA reference: RFC 4868). */
    SHA2_384(5, "SHA2-384"),
    /** Value 6 (IANA reference: RFC 4868). */
    SHA2_512(6, "SHA2-512");

    private static final Map<Integer, Ikev1HashAlgorithm> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;

    Ikev1HashAlgorithm(int number, String ianaName) {
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
    public static Optional<Ikev1HashAlgorithm> of(int number) {
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
