package io.ike4j.crypto.iana.v1;

import io.ike4j.crypto.iana.IanaValue;

import java.util.Map;
import java.util.Optional;

/**
 * Phase-2 Signature Encoding Algorithm attribute values (RFC 4359; IANA isakmp-registry-26).
 */
public enum SignatureEncodingAlgorithm implements IanaValue {
    /** Value 1 (IANA reference: RFC 4359). */
    RSASSA_PKCS1_V1_5(1, "RSASSA-PKCS1-v1_5"),
    /** Value 2 (IANA reference: RFC 4359). */
    RSASSA_PSS(2, "RSASSA-PSS");

    private static final Map<Integer, SignatureEncodingAlgorithm> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;

    SignatureEncodingAlgorithm(int number, String ianaName) {
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
    public static Optional<SignatureEncodingAlgorithm> of(int number) {
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
