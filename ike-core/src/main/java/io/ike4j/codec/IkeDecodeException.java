package io.ike4j.codec;

/**
 * A message, or part of one, that cannot be decoded. It names the notify a receiver answers with
 * (RFC 7296 §2.21 for IKEv2, e.g. INVALID_SYNTAX or UNSUPPORTED_CRITICAL_PAYLOAD; RFC 2408 §3.14.1
 * for ISAKMP, e.g. PAYLOAD_MALFORMED or INVALID_PAYLOAD_TYPE) and the offset, counted from the first
 * octet of the IKE header, at which decoding stopped.
 *
 * <p>It is the only exception the decoders throw on bad input.
 */
public final class IkeDecodeException extends RuntimeException {
    /** The IANA name of the notify to answer with. */
    private final String notifyName;
    /** The notify message type to answer with. */
    private final int notifyType;
    /** Where decoding stopped, from the first octet of the IKE header. */
    private final int offset;
    /** The notification data to answer with, or null. */
    private final Bytes notifyData;

    /**
     * A decoding failure.
     *
     * @param notifyName the IANA name of the notify to answer with
     * @param notifyType its number
     * @param offset where decoding stopped, from the first octet of the IKE header
     * @param detail what was wrong, for the message
     */
    public IkeDecodeException(String notifyName, int notifyType, int offset, String detail) {
        this(notifyName, notifyType, offset, detail, null);
    }

    /**
     * A decoding failure whose notify carries data (UNSUPPORTED_CRITICAL_PAYLOAD: the one-octet payload type,
     * RFC 7296 §3.10.1).
     *
     * @param notifyName the IANA name of the notify to answer with
     * @param notifyType its number
     * @param offset where decoding stopped, from the first octet of the IKE header
     * @param detail what was wrong, for the message
     * @param notifyData the notification data, or null
     */
    public IkeDecodeException(String notifyName, int notifyType, int offset, String detail, Bytes notifyData) {
        super(notifyName + " at offset " + offset + ": " + detail, null, false, false);
        this.notifyName = notifyName;
        this.notifyType = notifyType;
        this.offset = offset;
        this.notifyData = notifyData;
    }

    /** {@return the notification data to answer with, or null when there is none} */
    public Bytes notifyData() {
        return notifyData;
    }

    /** {@return the IANA name of the notify to answer with, e.g. {@code INVALID_SYNTAX}} */
    public String notifyName() {
        return notifyName;
    }

    /** {@return the IANA number of that notify message type} */
    public int notifyType() {
        return notifyType;
    }

    /** {@return the offset of the offending field from the start of the IKE header} */
    public int offset() {
        return offset;
    }
}
