package io.ike4j.crypto.iana.v1;

import io.ike4j.crypto.iana.IanaValue;

import java.util.Map;
import java.util.Optional;

/**
 * Phase-2 ECN Tunnel attribute values (RFC 3168 §9.2.1; IANA isakmp-registry-23).
 */
public enum EcnTunnel implements IanaValue {
    /** Value 1 (IANA reference: RFC 3168). */
    ALLOWED(1, "Allowed"),
    /** Value 2 (IANA reference: RFC 3168). */
    FORBIDDEN(2, "Forbidden");

    private static final Map<Integer, EcnTunnel> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;

    EcnTunnel(int number, String ianaName) {
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
    public static Optional<EcnTunnel> of(int number) {
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
