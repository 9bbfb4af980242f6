package io.ike4j.codec.v1;

import io.ike4j.crypto.iana.IanaValue;
import java.util.Map;
import java.util.Optional;

/**
 * ISAKMP exchange types (RFC 2408 §3.1, RFC 2409 §5.5/§9, IANA ipsec-registry-17/18) with the
 * names strongSwan prints. 6 (Transaction, mode-config) is from draft-dukes-ike-mode-cfg.
 */
public enum IsakmpExchangeType implements IanaValue {
    NONE(0, "NONE", "NONE"),
    BASE(1, "Base", "BASE"),
    IDENTITY_PROTECTION(2, "Identity Protection", "ID_PROT"),
    AUTHENTICATION_ONLY(3, "Authentication Only", "AUTH_ONLY"),
    AGGRESSIVE(4, "Aggressive", "AGGRESSIVE"),
    INFORMATIONAL(5, "Informational", "INFORMATIONAL_V1"),
    TRANSACTION(6, "Transaction (mode-config)", "TRANSACTION"),
    QUICK_MODE(32, "Quick Mode", "QUICK_MODE"),
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

    public String charonName() {
        return charonName;
    }

    public static Optional<IsakmpExchangeType> of(int number) {
        return Optional.ofNullable(BY_NUMBER.get(number));
    }

    /** The constant's name, or {@code UNKNOWN(n)} for a number this enum does not know. */
    public static String nameOf(int number) {
        return IanaValue.nameOf(BY_NUMBER, number);
    }
}
