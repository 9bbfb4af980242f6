package io.ike4j.crypto.iana.v1;

import io.ike4j.crypto.iana.IanaValue;

import java.util.Map;
import java.util.Optional;

/**
 * IKEv1 phase-1 Encryption Algorithm attribute values (class 1; RFC 2409 App. A, IANA
 * "Internet Key Exchange (IKE) Attributes", Encryption Algorithm Class Values).
 */
public enum Ikev1EncryptionAlgorithm implements IanaValue {
    /** Value 1 (IANA reference: RFC 2405). */
    DES_CBC(1, "DES-CBC"),
    /** Value 2 (IANA reference: RFC 2409). */
    IDEA_CBC(2, "IDEA-CBC"),
    /** Value 3 (IANA reference: RFC 2409). */
    BLOWFISH_CBC(3, "Blowfish-CBC"),
    /** Value 4 (IANA reference: RFC 2409). */
    RC5_R16_B64_CBC(4, "RC5-R16-B64-CBC"),
    /** Value 5 (IANA reference: RFC 2409). */
    TRIPLE_DES_CBC(5, "3DES-CBC"),
    /** Value 6 (IANA reference: RFC 2409). */
    CAST_CBC(6, "CAST-CBC"),
    /** Value 7 (IANA reference: RFC 3602). */
    AES_CBC(7, "AES-CBC"),
    /** Value 8 (IANA reference: RFC 4312). */
    CAMELLIA_CBC(8, "CAMELLIA-CBC");

    private static final Map<Integer, Ikev1EncryptionAlgorithm> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;

    Ikev1EncryptionAlgorithm(int number, String ianaName) {
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
    public static Optional<Ikev1EncryptionAlgorithm> of(int number) {
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
