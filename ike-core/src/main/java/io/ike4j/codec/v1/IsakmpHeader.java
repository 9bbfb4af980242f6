package io.ike4j.codec.v1;

/**
 * The 28-octet ISAKMP header (RFC 2408 §3.1), with raw wire numbers so unknown values round-trip.
 * The Length field is not stored: the decoder checks it equals the datagram length and the encoder
 * computes it ({@link IsakmpRawEncoder} can write any other value).
 *
 * @param initiatorCookie the 8-octet initiator cookie (IKEv1's "SPI i")
 * @param responderCookie the 8-octet responder cookie, 0 in the first message
 * @param nextPayload     type of the first payload; for a plain message {@link IsakmpMessage} derives
 *                        it from the payload list, for an encrypted one it names the first payload of
 *                        the ciphertext and is kept as received
 * @param majorVersion    4 bits, 1 for ISAKMP
 * @param minorVersion    4 bits, 0 for ISAKMP
 * @param exchangeType    octet, see {@link IsakmpExchangeType}
 * @param flags           octet: E (0x01), C (0x02), A (0x04); other bits are kept as received
 * @param messageId       32-bit message ID (0 in phase 1); use {@link #messageIdUnsigned()} to print it
 */
public record IsakmpHeader(long initiatorCookie, long responderCookie, int nextPayload, int majorVersion,
                           int minorVersion, int exchangeType, int flags, int messageId) {
    /** Header size in octets. */
    public static final int SIZE = 28;
    /** E: the body after the header is encrypted (RFC 2408 §3.1). */
    public static final int FLAG_ENCRYPTION = 0x01;
    /** C: commit bit, key exchange synchronisation (RFC 2408 §3.1). */
    public static final int FLAG_COMMIT = 0x02;
    /** A: authentication only (RFC 2408 §3.1). */
    public static final int FLAG_AUTH_ONLY = 0x04;

    /**
     * Checks the octet fields and the version nibbles.
     *
     * @param initiatorCookie the 8-octet initiator cookie (IKEv1's "SPI i")
     * @param responderCookie the 8-octet responder cookie, 0 in the first message
     * @param nextPayload type of the first payload; for a plain message {@link IsakmpMessage} derives it from the payload list, for an encrypted one it names the first payload of the ciphertext and is kept as received
     * @param majorVersion 4 bits, 1 for ISAKMP
     * @param minorVersion 4 bits, 0 for ISAKMP
     * @param exchangeType octet, see {@link IsakmpExchangeType}
     * @param flags octet: E (0x01), C (0x02), A (0x04); other bits are kept as received
     * @param messageId 32-bit message ID (0 in phase 1); use {@link #messageIdUnsigned()} to print it
     */
    public IsakmpHeader {
        octet("nextPayload", nextPayload);
        octet("exchangeType", exchangeType);
        octet("flags", flags);
        if (majorVersion < 0 || majorVersion > 15 || minorVersion < 0 || minorVersion > 15) {
            throw new IllegalArgumentException("version nibbles out of range: " + majorVersion + "." + minorVersion);
        }
    }

    /**
     * A version 1.0 header.
     *
     * @param initiatorCookie the initiator cookie
     * @param responderCookie the responder cookie, 0 in the first message
     * @param nextPayload the type of the first payload
     * @param exchangeType the exchange type
     * @param flags E 0x01, C 0x02, A 0x04
     * @param messageId the message ID (0 in phase 1)
     * @return the header
     */
    public static IsakmpHeader of(long initiatorCookie, long responderCookie, int nextPayload, int exchangeType,
                                  int flags, int messageId) {
        return new IsakmpHeader(initiatorCookie, responderCookie, nextPayload, 1, 0, exchangeType, flags, messageId);
    }

    static void octet(String name, int v) {
        if (v < 0 || v > 0xff) {
            throw new IllegalArgumentException(name + " out of range: " + v);
        }
    }

    /** {@return true when the E(ncryption) flag is set} */
    public boolean encrypted() {
        return (flags & FLAG_ENCRYPTION) != 0;
    }

    /** {@return true when the C(ommit) flag is set} */
    public boolean commit() {
        return (flags & FLAG_COMMIT) != 0;
    }

    /** {@return true when the A(uthentication only) flag is set} */
    public boolean authOnly() {
        return (flags & FLAG_AUTH_ONLY) != 0;
    }

    /** {@return the message ID as an unsigned number} */
    public long messageIdUnsigned() {
        return Integer.toUnsignedLong(messageId);
    }

    /**
     * This header with another Next Payload.
     *
     * @param next the payload type
     * @return the header
     */
    public IsakmpHeader withNextPayload(int next) {
        return next == nextPayload ? this
                : new IsakmpHeader(initiatorCookie, responderCookie, next, majorVersion, minorVersion, exchangeType,
                flags, messageId);
    }

    /**
     * This header with other flags.
     *
     * @param newFlags the flags octet
     * @return the header
     */
    public IsakmpHeader withFlags(int newFlags) {
        return new IsakmpHeader(initiatorCookie, responderCookie, nextPayload, majorVersion, minorVersion,
                exchangeType, newFlags, messageId);
    }
}
