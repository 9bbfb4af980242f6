package io.ike4j.codec.v1;

import io.ike4j.crypto.iana.IanaValue;
import java.util.Map;
import java.util.Optional;

/**
 * IPsec DOI security protocol identifiers (RFC 2407 §4.4.1, IANA isakmp-registry-3).
 */
public enum IsakmpProtocolId implements IanaValue {
    /** Value 1 (IANA reference: RFC 2407). */
    PROTO_ISAKMP(1, "PROTO_ISAKMP"),
    /** Value 2 (IANA reference: RFC 2407). */
    PROTO_IPSEC_AH(2, "PROTO_IPSEC_AH"),
    /** Value 3 (IANA reference: RFC 2407). */
    PROTO_IPSEC_ESP(3, "PROTO_IPSEC_ESP"),
    /** Value 4 (IANA reference: RFC 2407). */
    PROTO_IPCOMP(4, "PROTO_IPCOMP"),
    /** Value 5 (IANA reference: RFC 4705). */
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

    /**
     * The constant IANA assigned {@code number} to.
     *
     * @param number the IANA value
     * @return the constant, or empty for a number this enum does not know
     */
    public static Optional<IsakmpProtocolId> of(int number) {
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
