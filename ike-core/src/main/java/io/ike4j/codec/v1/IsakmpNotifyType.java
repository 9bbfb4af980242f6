package io.ike4j.codec.v1;

import io.ike4j.crypto.iana.IanaValue;
import java.util.Map;
import java.util.Optional;

/**
 * ISAKMP notify message types: RFC 2408 §3.14.1 errors and CONNECTED, RFC 2407 §4.6.3 IPsec DOI status
 * types, RFC 3706 DPD. Names use underscores; the IANA name (with hyphens) is {@link #ianaName()}.
 */
public enum IsakmpNotifyType implements IanaValue {
    /** Value 1 (IANA reference: RFC 2408). */
    INVALID_PAYLOAD_TYPE(1, "INVALID-PAYLOAD-TYPE"),
    /** Value 2 (IANA reference: RFC 2408). */
    DOI_NOT_SUPPORTED(2, "DOI-NOT-SUPPORTED"),
    /** Value 3 (IANA reference: RFC 2408). */
    SITUATION_NOT_SUPPORTED(3, "SITUATION-NOT-SUPPORTED"),
    /** Value 4 (IANA reference: RFC 2408). */
    INVALID_COOKIE(4, "INVALID-COOKIE"),
    /** Value 5 (IANA reference: RFC 2408). */
    INVALID_MAJOR_VERSION(5, "INVALID-MAJOR-VERSION"),
    /** Value 6 (IANA reference: RFC 2408). */
    INVALID_MINOR_VERSION(6, "INVALID-MINOR-VERSION"),
    /** Value 7 (IANA reference: RFC 2408). */
    INVALID_EXCHANGE_TYPE(7, "INVALID-EXCHANGE-TYPE"),
    /** Value 8 (IANA reference: RFC 2408). */
    INVALID_FLAGS(8, "INVALID-FLAGS"),
    /** Value 9 (IANA reference: RFC 2408). */
    INVALID_MESSAGE_ID(9, "INVALID-MESSAGE-ID"),
    /** Value 10 (IANA reference: RFC 2408). */
    INVALID_PROTOCOL_ID(10, "INVALID-PROTOCOL-ID"),
    /** Value 11 (IANA reference: RFC 2408). */
    INVALID_SPI(11, "INVALID-SPI"),
    /** Value 12 (IANA reference: RFC 2408). */
    INVALID_TRANSFORM_ID(12, "INVALID-TRANSFORM-ID"),
    /** Value 13 (IANA reference: RFC 2408). */
    ATTRIBUTES_NOT_SUPPORTED(13, "ATTRIBUTES-NOT-SUPPORTED"),
    /** Value 14 (IANA reference: RFC 2408). */
    NO_PROPOSAL_CHOSEN(14, "NO-PROPOSAL-CHOSEN"),
    /** Value 15 (IANA reference: RFC 2408). */
    BAD_PROPOSAL_SYNTAX(15, "BAD-PROPOSAL-SYNTAX"),
    /** Value 16 (IANA reference: RFC 2408). */
    PAYLOAD_MALFORMED(16, "PAYLOAD-MALFORMED"),
    /** Value 17 (IANA reference: RFC 2408). */
    INVALID_KEY_INFORMATION(17, "INVALID-KEY-INFORMATION"),
    /** Value 18 (IANA reference: RFC 2408). */
    INVALID_ID_INFORMATION(18, "INVALID-ID-INFORMATION"),
    /** Value 19 (IANA reference: RFC 2408). */
    INVALID_CERT_ENCODING(19, "INVALID-CERT-ENCODING"),
    /** Value 20 (IANA reference: RFC 2408). */
    INVALID_CERTIFICATE(20, "INVALID-CERTIFICATE"),
    /** Value 21 (IANA reference: RFC 2408). */
    CERT_TYPE_UNSUPPORTED(21, "CERT-TYPE-UNSUPPORTED"),
    /** Value 22 (IANA reference: RFC 2408). */
    INVALID_CERT_AUTHORITY(22, "INVALID-CERT-AUTHORITY"),
    /** Value 23 (IANA reference: RFC 2408). */
    INVALID_HASH_INFORMATION(23, "INVALID-HASH-INFORMATION"),
    /** Value 24 (IANA reference: RFC 2408). */
    AUTHENTICATION_FAILED(24, "AUTHENTICATION-FAILED"),
    /** Value 25 (IANA reference: RFC 2408). */
    INVALID_SIGNATURE(25, "INVALID-SIGNATURE"),
    /** Value 26 (IANA reference: RFC 2408). */
    ADDRESS_NOTIFICATION(26, "ADDRESS-NOTIFICATION"),
    /** Value 27 (IANA reference: RFC 2408). */
    NOTIFY_SA_LIFETIME(27, "NOTIFY-SA-LIFETIME"),
    /** Value 28 (IANA reference: RFC 2408). */
    CERTIFICATE_UNAVAILABLE(28, "CERTIFICATE-UNAVAILABLE"),
    /** Value 29 (IANA reference: RFC 2408). */
    UNSUPPORTED_EXCHANGE_TYPE(29, "UNSUPPORTED-EXCHANGE-TYPE"),
    /** Value 30 (IANA reference: RFC 2408). */
    UNEQUAL_PAYLOAD_LENGTHS(30, "UNEQUAL-PAYLOAD-LENGTHS"),
    /** Value 16384 (IANA reference: RFC 2408). */
    CONNECTED(16384, "CONNECTED"),
    /** Value 24576 (IANA reference: RFC 2407). */
    RESPONDER_LIFETIME(24576, "RESPONDER-LIFETIME"),
    /** Value 24577 (IANA reference: RFC 2407). */
    REPLAY_STATUS(24577, "REPLAY-STATUS"),
    /** Value 24578 (IANA reference: RFC 2407). */
    INITIAL_CONTACT(24578, "INITIAL-CONTACT"),
    /** Value 36136: DPD R-U-THERE (RFC 3706). */
    R_U_THERE(36136, "R-U-THERE (RFC 3706)"),
    /** Value 36137: DPD R-U-THERE-ACK (RFC 3706). */
    R_U_THERE_ACK(36137, "R-U-THERE-ACK (RFC 3706)");

    private static final Map<Integer, IsakmpNotifyType> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;

    IsakmpNotifyType(int number, String ianaName) {
        this.number = number;
        this.ianaName = ianaName;
    }

    @Override
    public int number() {
        return number;
    }

    @Override
    public String ianaName() {
        return ianaName;
    }

    /**
     * The constant IANA assigned {@code number} to.
     *
     * @param number the IANA value
     * @return the constant, or empty for a number this enum does not know
     */
    public static Optional<IsakmpNotifyType> of(int number) {
        return Optional.ofNullable(BY_NUMBER.get(number));
    }

    /**
     * The constant's name, or {@code UNKNOWN(n)} for a number this enum does not know.
     *
     * @param number the IANA value
     * @return the constant's name or {@code UNKNOWN(number)}
     */
    public static String nameOf(int number) {
        return IanaValue.nameOf(BY_NUMBER, number);
    }
}
