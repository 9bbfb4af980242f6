package io.ike4j.codec.v1;

import io.ike4j.crypto.iana.IanaValue;
import java.util.Map;
import java.util.Optional;

/**
 * ISAKMP exchange types (RFC 2408 §3.1, RFC 2409 §5.5/§9, IANA ipsec-registry-17/18) with the
 * names strongSwan prints. 6 (Transaction, mode-config) is from draft-dukes-ike-mode-cfg.
 */
public enum IsakmpExchangeType implements IanaValue {
    /** Value 0 (IANA reference: RFC 2408). */
    NONE(0, "NONE", "NONE"),
    /** Value 1 (IANA reference: RFC 2408). */
    BASE(1, "Base", "BASE"),
    /** Value 2 (IANA reference: RFC 2408). */
    IDENTITY_PROTECTION(2, "Identity Protection", "ID_PROT"),
    /** Value 3 (IANA reference: RFC 2408). */
    AUTHENTICATION_ONLY(3, "Authentication Only", "AUTH_ONLY"),
    /** Value 4 (IANA reference: RFC 2408). */
    AGGRESSIVE(4, "Aggressive", "AGGRESSIVE"),
    /** Value 5 (IANA reference: RFC 2408). */
    INFORMATIONAL(5, "Informational", "INFORMATIONAL_V1"),
    /** Value 6: Transaction (mode-config, draft-dukes-ike-mode-cfg-02). */
    TRANSACTION(6, "Transaction (mode-config)", "TRANSACTION"),
    /** Value 32 (IANA reference: RFC 2409). */
    QUICK_MODE(32, "Quick Mode", "QUICK_MODE"),
    /** Value 33 (IANA reference: RFC 2409). */
    NEW_GROUP_MODE(33, "New Group Mode", "NEW_GROUP_MODE");

    private static final Map<Integer, IsakmpExchangeType> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;
    private final String charonName;

    IsakmpExchangeType(int number, String ianaName, String charonName) {
        this.number = number;
        this.ianaName = ianaName;
        this.charonName = charonName;
    }

    @Override
    public int number() {
        return number;
    }

    @Override
    public String ianaName() {
        return ianaName;
    }

    /** {@return the name strongSwan logs for the exchange} */
    public String charonName() {
        return charonName;
    }

    /**
     * The constant IANA assigned {@code number} to.
     *
     * @param number the IANA value
     * @return the constant, or empty for a number this enum does not know
     */
    public static Optional<IsakmpExchangeType> of(int number) {
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
