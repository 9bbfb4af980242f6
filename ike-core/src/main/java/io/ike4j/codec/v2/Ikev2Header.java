package io.ike4j.codec.v2;

import io.ike4j.codec.Bytes;

/**
 * The fixed IKE header (RFC 7296 §3.1) without the fields the encoder derives: next payload (from the
 * first payload) and length (from the encoded message). The decoder rejects a length field that does
 * not match the datagram, so nothing is lost.
 *
 * @param initiatorSpi 8 octets
 * @param responderSpi 8 octets (zero in a first IKE_SA_INIT request)
 * @param majorVersion 2 for IKEv2 (the decoder rejects other values)
 * @param minorVersion kept as sent (0 today)
 * @param exchangeType raw exchange type number ({@link io.ike4j.codec.v2.iana.Ikev2ExchangeType})
 * @param flags        the whole flags octet: I 0x08, V 0x10, R 0x20, other bits reserved but kept
 * @param messageId    unsigned 32-bit message ID
 */
public record Ikev2Header(Bytes initiatorSpi, Bytes responderSpi, int majorVersion, int minorVersion,
                          int exchangeType, int flags, long messageId) {
    /** The header's length in octets. */
    public static final int LENGTH = 28;
    /** The I(nitiator) flag: set by the original initiator of the IKE SA (RFC 7296 §3.1). */
    public static final int FLAG_INITIATOR = 0x08;
    /** The V(ersion) flag: the sender could speak a higher major version. */
    public static final int FLAG_VERSION = 0x10;
    /** The R(esponse) flag: the message answers a request with the same message ID. */
    public static final int FLAG_RESPONSE = 0x20;

    /**
     * Checks that both SPIs are 8 octets.
     *
     * @param initiatorSpi 8 octets
     * @param responderSpi 8 octets (zero in a first IKE_SA_INIT request)
     * @param majorVersion 2 for IKEv2 (the decoder rejects other values)
     * @param minorVersion kept as sent (0 today)
     * @param exchangeType raw exchange type number ({@link io.ike4j.codec.v2.iana.Ikev2ExchangeType})
     * @param flags the whole flags octet: I 0x08, V 0x10, R 0x20, other bits reserved but kept
     * @param messageId unsigned 32-bit message ID
     */
    public Ikev2Header {
        if (initiatorSpi.length() != 8 || responderSpi.length() != 8) {
            throw new IllegalArgumentException("IKE SPIs are 8 octets");
        }
    }

    /**
     * A version 2.0 header.
     *
     * @param initiatorSpi 8 octets
     * @param responderSpi 8 octets (zero in a first IKE_SA_INIT request)
     * @param exchangeType the exchange type number
     * @param flags the flags octet: I 0x08, V 0x10, R 0x20
     * @param messageId the message ID
     */
    public Ikev2Header(Bytes initiatorSpi, Bytes responderSpi, int exchangeType, int flags, long messageId) {
        this(initiatorSpi, responderSpi, 2, 0, exchangeType, flags, messageId);
    }

    /** {@return true when the I flag is set: the sender is the original initiator} */
    public boolean isInitiator() {
        return (flags & FLAG_INITIATOR) != 0;
    }

    /** {@return true when the R flag is set} */
    public boolean isResponse() {
        return (flags & FLAG_RESPONSE) != 0;
    }
}
