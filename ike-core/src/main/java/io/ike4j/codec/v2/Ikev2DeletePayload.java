package io.ike4j.codec.v2;

import io.ike4j.codec.Bytes;

import java.util.List;

/**
 * Delete payload (RFC 7296 §3.11). The SPI size is kept explicitly because deleting the IKE SA sends
 * protocol 1, SPI size 0 and no SPIs; every SPI must be {@code spiSize} octets long.
 */
public record Ikev2DeletePayload(int protocolId, int spiSize, List<Bytes> spis, int flags) implements Ikev2Payload {
    public static final int TYPE = 42;

    public Ikev2DeletePayload {
        spis = List.copyOf(spis);
        for (Bytes s : spis) {
            if (s.length() != spiSize) {
                throw new IllegalArgumentException("SPI length " + s.length() + " != SPI size " + spiSize);
            }
        }
    }

    public Ikev2DeletePayload(int protocolId, int spiSize, List<Bytes> spis) {
        this(protocolId, spiSize, spis, 0);
    }

    @Override
    public int type() {
        return TYPE;
    }
}
