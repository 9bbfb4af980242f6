package io.ike4j.codec.v1;

import io.ike4j.crypto.iana.IanaValue;
import java.util.Map;
import java.util.Optional;

/**
 * IPsec DOI security protocol identifiers (RFC 2407 §4.4.1, IANA isakmp-registry-3).
 */
public enum IsakmpProtocolId implements IanaValue {
    PROTO_ISAKMP(1, "PROTO_ISAKMP"),
    PROTO_IPSEC_AH(2, "PROTO_IPSEC_AH"),
    PROTO_IPSEC_ESP(3, "PROTO_IPSEC_ESP"),
    PROTO_IPCOMP(4, "PROTO_IPCOMP"),
    PROTO_GIGABEAM_RADIO(5, "PROTO_GIGABEAM_RADIO");

    private static final Map<Integer, IsakmpProtocolId> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;

    IsakmpProtocolId(int number, String ianaName) {
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

    public static Optional<IsakmpProtocolId> of(int number) {
        return Optional.ofNullable(BY_NUMBER.get(number));
    }

    /** The constant's name, or {@code UNKNOWN(n)} for a number this enum does not know. */
    public static String nameOf(int number) {
        return IanaValue.nameOf(BY_NUMBER, number);
    }
}
