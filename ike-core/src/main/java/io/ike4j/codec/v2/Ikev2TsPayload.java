package io.ike4j.codec.v2;

import java.util.List;

/**
 * Traffic Selector payload, TSi (44) or TSr (45) (RFC 7296 §3.13); {@code initiator} selects the type.
 *
 * @param reserved the 24 reserved bits after the TS count
 */
public record Ikev2TsPayload(boolean initiator, int reserved, List<Ikev2TrafficSelector> selectors, int flags)
        implements Ikev2Payload {
    /** Payload type 44, Traffic Selector - Initiator (RFC 7296 §3.13). */
    public static final int TYPE_TSI = 44;
    /** Payload type 45, Traffic Selector - Responder (RFC 7296 §3.13). */
    public static final int TYPE_TSR = 45;

    /**
     * Copies the selector list.
     *
     * @param initiator true for TSi, false for TSr
     * @param reserved the 24 reserved bits after the TS count
     * @param selectors the traffic selectors in wire order
     * @param flags the generic payload header's flags octet
     */
    public Ikev2TsPayload {
        selectors = List.copyOf(selectors);
    }

    /**
     * The payload with {@code reserved} 0 and {@code flags} 0.
     *
     * @param initiator true for TSi, false for TSr
     * @param selectors the traffic selectors in wire order
     */
    public Ikev2TsPayload(boolean initiator, List<Ikev2TrafficSelector> selectors) {
        this(initiator, 0, selectors, 0);
    }

    @Override
    public int type() {
        return initiator ? TYPE_TSI : TYPE_TSR;
    }
}
