package io.ike4j.codec.v1;

import io.ike4j.codec.Bytes;

/**
 * Notification payload (RFC 2408 §3.14): DOI (32 bits), Protocol ID, SPI Size (from {@code spi}),
 * Notify Message Type (see {@link IsakmpNotifyType}), SPI and notification data.
 */
public record NotifyPayload(int doi, int protocolId, int notifyType, Bytes spi, Bytes data) implements IsakmpPayload {
    /**
     * Checks the field ranges.
     *
     * @param doi the Domain of Interpretation (1 for IPsec)
     * @param protocolId the protocol ID the notify is about
     * @param notifyType the 16-bit Notify Message Type
     * @param spi the SPI, up to 255 octets
     * @param data the notification data
     */
    public NotifyPayload {
        IsakmpHeader.octet("protocolId", protocolId);
        IsakmpCodec.require(notifyType >= 0 && notifyType <= 0xffff, "notifyType out of range");
        IsakmpCodec.require(spi != null && spi.length() <= 0xff, "SPI missing or longer than 255 octets");
        IsakmpCodec.require(data != null, "null data");
    }

    @Override
    public int type() {
        return 11;
    }
}
