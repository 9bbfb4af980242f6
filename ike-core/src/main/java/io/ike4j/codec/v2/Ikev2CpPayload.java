package io.ike4j.codec.v2;

import java.util.List;

/**
 * Configuration payload (RFC 7296 §3.15).
 *
 * @param cfgType  {@link io.ike4j.codec.v2.iana.Ikev2CfgType} number (CFG_REQUEST 1, CFG_REPLY 2, ...)
 * @param reserved the 24 reserved bits
 */
public record Ikev2CpPayload(int cfgType, int reserved, List<Ikev2CpAttribute> attributes, int flags)
        implements Ikev2Payload {
    /** Payload type 47, Configuration (RFC 7296 §3.15). */
    public static final int TYPE = 47;

    /**
     * Copies the attribute list.
     *
     * @param cfgType the CFG type (CFG_REQUEST 1, CFG_REPLY 2, CFG_SET 3, CFG_ACK 4)
     * @param reserved the 24 reserved bits
     * @param attributes the configuration attributes in wire order
     * @param flags the generic payload header's flags octet (critical bit and reserved bits)
     */
    public Ikev2CpPayload {
        attributes = List.copyOf(attributes);
    }

    /**
     * The payload with {@code reserved} 0 and {@code flags} 0.
     *
     * @param cfgType the CFG type (CFG_REQUEST 1, CFG_REPLY 2, CFG_SET 3, CFG_ACK 4)
     * @param attributes the attributes in wire order
     */
    public Ikev2CpPayload(int cfgType, List<Ikev2CpAttribute> attributes) {
        this(cfgType, 0, attributes, 0);
    }

    @Override
    public int type() {
        return TYPE;
    }
}
