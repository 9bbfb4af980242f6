package io.ike4j.codec.v1;

import io.ike4j.crypto.iana.IanaValue;
import java.util.Map;
import java.util.Optional;

/**
 * ISAKMP notify message types: RFC 2408 §3.14.1 errors and CONNECTED, RFC 2407 §4.6.3 IPsec DOI status
 * types, RFC 3706 DPD. Names use underscores; the IANA name (with hyphens) is {@link #ianaName()}.
 */
public enum IsakmpNotifyType implements IanaValue {
    INVALID_PAYLOAD_TYPE(1, "INVALID-PAYLOAD-TYPE"),
    DOI_NOT_SUPPORTED(2, "DOI-NOT-SUPPORTED"),
    SITUATION_NOT_SUPPORTED(3, "SITUATION-NOT-SUPPORTED"),
    INVALID_COOKIE(4, "INVALID-COOKIE"),
    INVALID_MAJOR_VERSION(5, "INVALID-MAJOR-VERSION"),
    INVALID_MINOR_VERSION(6, "INVALID-MINOR-VERSION"),
    INVALID_EXCHANGE_TYPE(7, "INVALID-EXCHANGE-TYPE"),
    INVALID_FLAGS(8, "INVALID-FLAGS"),
    INVALID_MESSAGE_ID(9, "INVALID-MESSAGE-ID"),
    INVALID_PROTOCOL_ID(10, "INVALID-PROTOCOL-ID"),
    INVALID_SPI(11, "INVALID-SPI"),
    INVALID_TRANSFORM_ID(12, "INVALID-TRANSFORM-ID"),
    ATTRIBUTES_NOT_SUPPORTED(13, "ATTRIBUTES-NOT-SUPPORTED"),
    NO_PROPOSAL_CHOSEN(14, "NO-PROPOSAL-CHOSEN"),
    BAD_PROPOSAL_SYNTAX(15, "BAD-PROPOSAL-SYNTAX"),
    PAYLOAD_MALFORMED(16, "PAYLOAD-MALFORMED"),
    INVALID_KEY_INFORMATION(17, "INVALID-KEY-INFORMATION"),
    INVALID_ID_INFORMATION(18, "INVALID-ID-INFORMATION"),
    INVALID_CERT_ENCODING(19, "INVALID-CERT-ENCODING"),
    INVALID_CERTIFICATE(20, "INVALID-CERTIFICATE"),
    CERT_TYPE_UNSUPPORTED(21, "CERT-TYPE-UNSUPPORTED"),
    INVALID_CERT_AUTHORITY(22, "INVALID-CERT-AUTHORITY"),
    INVALID_HASH_INFORMATION(23, "INVALID-HASH-INFORMATION"),
    AUTHENTICATION_FAILED(24, "AUTHENTICATION-FAILED"),
    INVALID_SIGNATURE(25, "INVALID-SIGNATURE"),
    ADDRESS_NOTIFICATION(26, "ADDRESS-NOTIFICATION"),
    NOTIFY_SA_LIFETIME(27, "NOTIFY-SA-LIFETIME"),
    CERTIFICATE_UNAVAILABLE(28, "CERTIFICATE-UNAVAILABLE"),
    UNSUPPORTED_EXCHANGE_TYPE(29, "UNSUPPORTED-EXCHANGE-TYPE"),
    UNEQUAL_PAYLOAD_LENGTHS(30, "UNEQUAL-PAYLOAD-LENGTHS"),
    CONNECTED(16384, "CONNECTED"),
    RESPONDER_LIFETIME(24576, "RESPONDER-LIFETIME"),
    REPLAY_STATUS(24577, "REPLAY-STATUS"),
    INITIAL_CONTACT(24578, "INITIAL-CONTACT"),
    R_U_THERE(36136, "R-U-THERE (RFC 3706)"),
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

    public static Optional<IsakmpNotifyType> of(int number) {
        return Optional.ofNullable(BY_NUMBER.get(number));
    }

    /** The constant's name, or {@code UNKNOWN(n)} for a number this enum does not know. */
    public static String nameOf(int number) {
        return IanaValue.nameOf(BY_NUMBER, number);
    }
}
