package io.ike4j.codec.v2;

import io.ike4j.codec.Bytes;

import java.util.List;

/**
 * Delete payload (RFC 7296 §3.11). The SPI size is kept explicitly because deleting the IKE SA sends
 * protocol 1, SPI size 0 and no SPIs; every SPI must be {@code spiSize} octets long.
 */
public record Ikev2DeletePayload(int protocolId, int spiSize, List<Bytes> spis, int flags) implements Ikev2Payload {
    /** Payload type 42, Delete (RFC 7296 §3.11). */
    public static final int TYPE = 42;

    /**
     * Copies the SPI list and checks every SPI has the SPI size.
     *
     * @param protocolId the protocol whose SAs are deleted (1 IKE, 2 AH, 3 ESP)
     * @param spiSize 0 for the IKE SA, 4 for ESP/AH
     * @param spis the SPIs of the deleted SAs
     * @param flags the generic payload header's flags octet
     */
    public Ikev2DeletePayload {
        spis = List.copyOf(spis);
        for (Bytes s : spis) {
            if (s.length() != spiSize) {
                throw new IllegalArgumentException("SPI length " + s.length() + " != SPI size " + spiSize);
            }
        }
    }

    /**
     * The payload with {@code flags} 0.
     *
     * @param protocolId the protocol ID (1 IKE, 2 AH, 3 ESP)
     * @param spiSize the SPI size (0 for the IKE SA, 4 for ESP/AH)
     * @param spis the SPIs
     */
    public Ikev2DeletePayload(int protocolId, int spiSize, List<Bytes> spis) {
        this(protocolId, spiSize, spis, 0);
    }

    @Override
    public int type() {
        return TYPE;
    }
}
