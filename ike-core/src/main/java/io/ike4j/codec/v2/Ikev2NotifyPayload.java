package io.ike4j.codec.v2;

import io.ike4j.codec.Bytes;

/**
 * Notify payload (RFC 7296 §3.10).
 *
 * @param protocolId {@link io.ike4j.codec.v2.iana.Ikev2ProtocolId} number (0 when no SPI applies)
 * @param spi        SPI, its length is the SPI size field
 * @param notifyType {@link io.ike4j.codec.v2.iana.Ikev2NotifyType} number
 */
public record Ikev2NotifyPayload(int protocolId, Bytes spi, int notifyType, Bytes data, int flags)
        implements Ikev2Payload {
    /** Payload type 41, Notify (RFC 7296 §3.10). */
    public static final int TYPE = 41;

    /**
     * The payload with {@code flags} 0.
     *
     * @param protocolId the protocol ID (1 IKE, 2 AH, 3 ESP)
     * @param spi the SPI, empty when there is none
     * @param notifyType the notify message type
     * @param data the payload data
     */
    public Ikev2NotifyPayload(int protocolId, Bytes spi, int notifyType, Bytes data) {
        this(protocolId, spi, notifyType, data, 0);
    }

    /**
     * A notify without SPI and protocol 0, as used for most status notifies.
     *
     * @param notifyType the notify message type
     * @param data the notification data
     * @return the payload
     */
    public static Ikev2NotifyPayload of(int notifyType, Bytes data) {
        return new Ikev2NotifyPayload(0, Bytes.EMPTY, notifyType, data, 0);
    }

    @Override
    public int type() {
        return TYPE;
    }

    /** {@return true for error types, which are below 16384 (RFC 7296 §3.10.1)} */
    public boolean isError() {
        return notifyType < 16384;
    }
}
