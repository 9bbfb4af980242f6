package io.ike4j.crypto.iana.v1;

import io.ike4j.crypto.iana.IanaValue;

import java.util.Map;
import java.util.Optional;

/**
 * Phase-2 Encapsulation Mode attribute values (RFC 2407 §4.5 attribute 4, RFC 3947 §5.1). The
 * 61443/61444 values are those of draft-ietf-ipsec-nat-t-ike-00..03, still sent by older peers.
 */
public enum EncapsulationMode implements IanaValue {
    /** Value 1 (IANA reference: RFC 2407). */
    TUNNEL(1, "Tunnel"),
    /** Value 2 (IANA reference: RFC 2407). */
    TRANSPORT(2, "Transport"),
    /** Value 3 (IANA reference: RFC 3947). */
    UDP_ENCAPSULATED_TUNNEL(3, "UDP-Encapsulated-Tunnel"),
    /** Value 4 (IANA reference: RFC 3947). */
    UDP_ENCAPSULATED_TRANSPORT(4, "UDP-Encapsulated-Transport"),
    /** Value 61443: UDP-Encapsulated-Tunnel of draft-ietf-ipsec-nat-t-ike-00..03 (private range). */
    UDP_ENCAPSULATED_TUNNEL_DRAFT(61443, "UDP-Encapsulated-Tunnel (draft)"),
    /** Value 61444: UDP-Encapsulated-Transport of draft-ietf-ipsec-nat-t-ike-00..03 (private range). */
    UDP_ENCAPSULATED_TRANSPORT_DRAFT(61444, "UDP-Encapsulated-Transport (draft)");

    private static final Map<Integer, EncapsulationMode> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;

    EncapsulationMode(int number, String ianaName) {
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
    public static Optional<EncapsulationMode> of(int number) {
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
