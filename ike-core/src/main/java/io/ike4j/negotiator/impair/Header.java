package io.ike4j.negotiator.impair;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2Header;

/**
 * IKEv2 header impairments (libreswan's major-version-bump, minor-version-bump, bogus-isakmp-flag and
 * bad-ikev2-auth-xchg class, and wrong SPI / message ID): the header fields of RFC 7296 §3.1 set to what the peer
 * must not accept (or, for the minor version and reserved flags, must ignore: §2.5).
 */
public final class Header {
    private Header() {
    }

    /**
     * Flips the last octet of the peer's SPI (the responder SPI; the initiator SPI while the responder's is still
     * zero), so the message names an SA the peer does not have.
     *
     * @param s which messages
     * @return the impairment
     */
    public static MessageImpairment wrongSpi(Select s) {
        return MessageImpairment.header("wrong-spi", s, h -> {
            boolean zero = h.responderSpi().equals(Bytes.wrap(new byte[8]));
            return zero ? new Ikev2Header(flip(h.initiatorSpi()), h.responderSpi(), h.majorVersion(), h.minorVersion(),
                    h.exchangeType(), h.flags(), h.messageId())
                    : new Ikev2Header(h.initiatorSpi(), flip(h.responderSpi()), h.majorVersion(), h.minorVersion(),
                    h.exchangeType(), h.flags(), h.messageId());
        });
    }

    /**
     * Adds {@code delta} to the message ID (§2.2: the peer must drop a request outside its window and a response it
     * did not ask for).
     *
     * @param s which messages
     * @param delta added modulo 2^32
     * @return the impairment
     */
    public static MessageImpairment messageId(Select s, long delta) {
        return MessageImpairment.header("wrong-message-id", s, h -> new Ikev2Header(h.initiatorSpi(), h.responderSpi(),
                h.majorVersion(), h.minorVersion(), h.exchangeType(), h.flags(), (h.messageId() + delta) & 0xffffffffL));
    }

    /**
     * Sets the version octet (§2.5: a higher major version gets INVALID_MAJOR_VERSION, a higher minor is ignored).
     *
     * @param s which messages
     * @param major 0-15
     * @param minor 0-15
     * @return the impairment
     */
    public static MessageImpairment version(Select s, int major, int minor) {
        return MessageImpairment.header("version-bump", s, h -> new Ikev2Header(h.initiatorSpi(), h.responderSpi(),
                major, minor, h.exchangeType(), h.flags(), h.messageId()));
    }

    /**
     * Sets extra bits in the flags octet (reserved bits 0x01-0x04, 0x40-0x80 must be ignored, §3.1; or V 0x10).
     *
     * @param s which messages
     * @param bits ORed into the flags
     * @return the impairment
     */
    public static MessageImpairment flags(Select s, int bits) {
        return MessageImpairment.header("bogus-flags", s, h -> new Ikev2Header(h.initiatorSpi(), h.responderSpi(),
                h.majorVersion(), h.minorVersion(), h.exchangeType(), h.flags() | bits, h.messageId()));
    }

    /**
     * Sends the message under another exchange type (e.g. IKE_AUTH's payloads as CREATE_CHILD_SA).
     *
     * @param s which messages
     * @param exchangeType the number written instead
     * @return the impairment
     */
    public static MessageImpairment exchangeType(Select s, int exchangeType) {
        return MessageImpairment.header("bad-exchange-type", s, h -> new Ikev2Header(h.initiatorSpi(), h.responderSpi(),
                h.majorVersion(), h.minorVersion(), exchangeType, h.flags(), h.messageId()));
    }

    private static Bytes flip(Bytes spi) {
        byte[] b = spi.toByteArray();
        b[b.length - 1] ^= 0x01;
        return Bytes.wrap(b);
    }
}
