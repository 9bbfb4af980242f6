package io.ike4j.codec.v2.iana;

import io.ike4j.crypto.iana.IanaValue;

import java.util.Map;
import java.util.Optional;

/**
 * IKEv2 notify message types, error (1-16383) and status (16384-65535) (RFC 7296 §3.10.1).
 *
 * <p>Generated from IANA's <code>ikev2-parameters-14</code>, <code>ikev2-parameters-16</code> (ikev2-parameters.xml) and checked
 * against it by {@code io.ike4j.vectors.iana.Ikev2RegistryTest}. Every assigned value is present; reserved,
 * unassigned and private-use ranges are not. {@link #ianaName()} is IANA's description verbatim; the
 * constant name is that description upper-cased with every run of other characters turned into {@code _},
 * except where a shorter conventional name reads better (those keep the verbatim IANA text in
 * {@code ianaName}, so the test still ties them to the registry).
 */
public enum Ikev2NotifyType implements IanaValue {
    /** Value 1 (IANA reference: RFC 7296). */
    UNSUPPORTED_CRITICAL_PAYLOAD(1, "UNSUPPORTED_CRITICAL_PAYLOAD"),
    /** Value 4 (IANA reference: RFC 7296). */
    INVALID_IKE_SPI(4, "INVALID_IKE_SPI"),
    /** Value 5 (IANA reference: RFC 7296). */
    INVALID_MAJOR_VERSION(5, "INVALID_MAJOR_VERSION"),
    /** Value 7 (IANA reference: RFC 7296). */
    INVALID_SYNTAX(7, "INVALID_SYNTAX"),
    /** Value 9 (IANA reference: RFC 7296). */
    INVALID_MESSAGE_ID(9, "INVALID_MESSAGE_ID"),
    /** Value 11 (IANA reference: RFC 7296). */
    INVALID_SPI(11, "INVALID_SPI"),
    /** Value 14 (IANA reference: RFC 7296). */
    NO_PROPOSAL_CHOSEN(14, "NO_PROPOSAL_CHOSEN"),
    /** Value 17 (IANA reference: RFC 7296). */
    INVALID_KE_PAYLOAD(17, "INVALID_KE_PAYLOAD"),
    /** Value 24 (IANA reference: RFC 7296). */
    AUTHENTICATION_FAILED(24, "AUTHENTICATION_FAILED"),
    /** Value 34 (IANA reference: RFC 7296). */
    SINGLE_PAIR_REQUIRED(34, "SINGLE_PAIR_REQUIRED"),
    /** Value 35 (IANA reference: RFC 7296). */
    NO_ADDITIONAL_SAS(35, "NO_ADDITIONAL_SAS"),
    /** Value 36 (IANA reference: RFC 7296). */
    INTERNAL_ADDRESS_FAILURE(36, "INTERNAL_ADDRESS_FAILURE"),
    /** Value 37 (IANA reference: RFC 7296). */
    FAILED_CP_REQUIRED(37, "FAILED_CP_REQUIRED"),
    /** Value 38 (IANA reference: RFC 7296). */
    TS_UNACCEPTABLE(38, "TS_UNACCEPTABLE"),
    /** Value 39 (IANA reference: RFC 7296). */
    INVALID_SELECTORS(39, "INVALID_SELECTORS"),
    /** Value 40 (IANA reference: RFC 4555). */
    UNACCEPTABLE_ADDRESSES(40, "UNACCEPTABLE_ADDRESSES"),
    /** Value 41 (IANA reference: RFC 4555). */
    UNEXPECTED_NAT_DETECTED(41, "UNEXPECTED_NAT_DETECTED"),
    /** Value 42 (IANA reference: RFC 5026). */
    USE_ASSIGNED_HOA(42, "USE_ASSIGNED_HoA"),
    /** Value 43 (IANA reference: RFC 7296). */
    TEMPORARY_FAILURE(43, "TEMPORARY_FAILURE"),
    /** Value 44 (IANA reference: RFC 7296). */
    CHILD_SA_NOT_FOUND(44, "CHILD_SA_NOT_FOUND"),
    /** Value 45 (IANA reference: RFC 9838). */
    INVALID_GROUP_ID(45, "INVALID_GROUP_ID"),
    /** Value 46 (IANA reference: RFC 9838). */
    AUTHORIZATION_FAILED(46, "AUTHORIZATION_FAILED"),
    /** Value 47 (IANA reference: RFC 9370). */
    STATE_NOT_FOUND(47, "STATE_NOT_FOUND"),
    /** Value 48 (IANA reference: RFC 9611). */
    TS_MAX_QUEUE(48, "TS_MAX_QUEUE"),
    /** Value 49 (IANA reference: RFC 9838). */
    REGISTRATION_FAILED(49, "REGISTRATION_FAILED"),
    /** Value 16384 (IANA reference: RFC 7296). */
    INITIAL_CONTACT(16384, "INITIAL_CONTACT"),
    /** Value 16385 (IANA reference: RFC 7296). */
    SET_WINDOW_SIZE(16385, "SET_WINDOW_SIZE"),
    /** Value 16386 (IANA reference: RFC 7296). */
    ADDITIONAL_TS_POSSIBLE(16386, "ADDITIONAL_TS_POSSIBLE"),
    /** Value 16387 (IANA reference: RFC 7296). */
    IPCOMP_SUPPORTED(16387, "IPCOMP_SUPPORTED"),
    /** Value 16388 (IANA reference: RFC 7296). */
    NAT_DETECTION_SOURCE_IP(16388, "NAT_DETECTION_SOURCE_IP"),
    /** Value 16389 (IANA reference: RFC 7296). */
    NAT_DETECTION_DESTINATION_IP(16389, "NAT_DETECTION_DESTINATION_IP"),
    /** Value 16390 (IANA reference: RFC 7296). */
    COOKIE(16390, "COOKIE"),
    /** Value 16391 (IANA reference: RFC 7296). */
    USE_TRANSPORT_MODE(16391, "USE_TRANSPORT_MODE"),
    /** Value 16392 (IANA reference: RFC 7296). */
    HTTP_CERT_LOOKUP_SUPPORTED(16392, "HTTP_CERT_LOOKUP_SUPPORTED"),
    /** Value 16393 (IANA reference: RFC 7296). */
    REKEY_SA(16393, "REKEY_SA"),
    /** Value 16394 (IANA reference: RFC 7296). */
    ESP_TFC_PADDING_NOT_SUPPORTED(16394, "ESP_TFC_PADDING_NOT_SUPPORTED"),
    /** Value 16395 (IANA reference: RFC 7296). */
    NON_FIRST_FRAGMENTS_ALSO(16395, "NON_FIRST_FRAGMENTS_ALSO"),
    /** Value 16396 (IANA reference: RFC 4555). */
    MOBIKE_SUPPORTED(16396, "MOBIKE_SUPPORTED"),
    /** Value 16397 (IANA reference: RFC 4555). */
    ADDITIONAL_IP4_ADDRESS(16397, "ADDITIONAL_IP4_ADDRESS"),
    /** Value 16398 (IANA reference: RFC 4555). */
    ADDITIONAL_IP6_ADDRESS(16398, "ADDITIONAL_IP6_ADDRESS"),
    /** Value 16399 (IANA reference: RFC 4555). */
    NO_ADDITIONAL_ADDRESSES(16399, "NO_ADDITIONAL_ADDRESSES"),
    /** Value 16400 (IANA reference: RFC 4555). */
    UPDATE_SA_ADDRESSES(16400, "UPDATE_SA_ADDRESSES"),
    /** Value 16401 (IANA reference: RFC 4555). */
    COOKIE2(16401, "COOKIE2"),
    /** Value 16402 (IANA reference: RFC 4555). */
    NO_NATS_ALLOWED(16402, "NO_NATS_ALLOWED"),
    /** Value 16403 (IANA reference: RFC 4478). */
    AUTH_LIFETIME(16403, "AUTH_LIFETIME"),
    /** Value 16404 (IANA reference: RFC 4739). */
    MULTIPLE_AUTH_SUPPORTED(16404, "MULTIPLE_AUTH_SUPPORTED"),
    /** Value 16405 (IANA reference: RFC 4739). */
    ANOTHER_AUTH_FOLLOWS(16405, "ANOTHER_AUTH_FOLLOWS"),
    /** Value 16406 (IANA reference: RFC 5685). */
    REDIRECT_SUPPORTED(16406, "REDIRECT_SUPPORTED"),
    /** Value 16407 (IANA reference: RFC 5685). */
    REDIRECT(16407, "REDIRECT"),
    /** Value 16408 (IANA reference: RFC 5685). */
    REDIRECTED_FROM(16408, "REDIRECTED_FROM"),
    /** Value 16409 (IANA reference: RFC 5723). */
    TICKET_LT_OPAQUE(16409, "TICKET_LT_OPAQUE"),
    /** Value 16410 (IANA reference: RFC 5723). */
    TICKET_REQUEST(16410, "TICKET_REQUEST"),
    /** Value 16411 (IANA reference: RFC 5723). */
    TICKET_ACK(16411, "TICKET_ACK"),
    /** Value 16412 (IANA reference: RFC 5723). */
    TICKET_NACK(16412, "TICKET_NACK"),
    /** Value 16413 (IANA reference: RFC 5723). */
    TICKET_OPAQUE(16413, "TICKET_OPAQUE"),
    /** Value 16414 (IANA reference: RFC 5739). */
    LINK_ID(16414, "LINK_ID"),
    /** Value 16415 (IANA reference: RFC 5840). */
    USE_WESP_MODE(16415, "USE_WESP_MODE"),
    /** Value 16416 (IANA reference: RFC 5857). */
    ROHC_SUPPORTED(16416, "ROHC_SUPPORTED"),
    /** Value 16417 (IANA reference: RFC 5998). */
    EAP_ONLY_AUTHENTICATION(16417, "EAP_ONLY_AUTHENTICATION"),
    /** Value 16418 (IANA reference: RFC 6023). */
    CHILDLESS_IKEV2_SUPPORTED(16418, "CHILDLESS_IKEV2_SUPPORTED"),
    /** Value 16419 (IANA reference: RFC 6290). */
    QUICK_CRASH_DETECTION(16419, "QUICK_CRASH_DETECTION"),
    /** Value 16420 (IANA reference: RFC 6311). */
    IKEV2_MESSAGE_ID_SYNC_SUPPORTED(16420, "IKEV2_MESSAGE_ID_SYNC_SUPPORTED"),
    /** Value 16421 (IANA reference: RFC 6311). */
    IPSEC_REPLAY_COUNTER_SYNC_SUPPORTED(16421, "IPSEC_REPLAY_COUNTER_SYNC_SUPPORTED"),
    /** Value 16422 (IANA reference: RFC 6311). */
    IKEV2_MESSAGE_ID_SYNC(16422, "IKEV2_MESSAGE_ID_SYNC"),
    /** Value 16423 (IANA reference: RFC 6311). */
    IPSEC_REPLAY_COUNTER_SYNC(16423, "IPSEC_REPLAY_COUNTER_SYNC"),
    /** Value 16424 (IANA reference: RFC 6467). */
    SECURE_PASSWORD_METHODS(16424, "SECURE_PASSWORD_METHODS"),
    /** Value 16425 (IANA reference: RFC 6631). */
    PSK_PERSIST(16425, "PSK_PERSIST"),
    /** Value 16426 (IANA reference: RFC 6631). */
    PSK_CONFIRM(16426, "PSK_CONFIRM"),
    /** Value 16427 (IANA reference: RFC 6867). */
    ERX_SUPPORTED(16427, "ERX_SUPPORTED"),
    /** Value 16428. */
    IFOM_CAPABILITY(16428, "IFOM_CAPABILITY"),
    /** Value 16429 (IANA reference: RFC 9838). */
    GROUP_SENDER(16429, "GROUP_SENDER"),
    /** Value 16430 (IANA reference: RFC 7383). */
    IKEV2_FRAGMENTATION_SUPPORTED(16430, "IKEV2_FRAGMENTATION_SUPPORTED"),
    /** Value 16431 (IANA reference: RFC 7427). */
    SIGNATURE_HASH_ALGORITHMS(16431, "SIGNATURE_HASH_ALGORITHMS"),
    /** Value 16432 (IANA reference: RFC 7791). */
    CLONE_IKE_SA_SUPPORTED(16432, "CLONE_IKE_SA_SUPPORTED"),
    /** Value 16433 (IANA reference: RFC 7791). */
    CLONE_IKE_SA(16433, "CLONE_IKE_SA"),
    /** Value 16434 (IANA reference: RFC 8019). */
    PUZZLE(16434, "PUZZLE"),
    /** Value 16435 (IANA reference: RFC 8784). */
    USE_PPK(16435, "USE_PPK"),
    /** Value 16436 (IANA reference: RFC 8784). */
    PPK_IDENTITY(16436, "PPK_IDENTITY"),
    /** Value 16437 (IANA reference: RFC 8784). */
    NO_PPK_AUTH(16437, "NO_PPK_AUTH"),
    /** Value 16438 (IANA reference: RFC 9242). */
    INTERMEDIATE_EXCHANGE_SUPPORTED(16438, "INTERMEDIATE_EXCHANGE_SUPPORTED"),
    /** Value 16439 (IANA reference: RFC 8983). */
    IP4_ALLOWED(16439, "IP4_ALLOWED"),
    /** Value 16440 (IANA reference: RFC 8983). */
    IP6_ALLOWED(16440, "IP6_ALLOWED"),
    /** Value 16441 (IANA reference: RFC 9370). */
    ADDITIONAL_KEY_EXCHANGE(16441, "ADDITIONAL_KEY_EXCHANGE"),
    /** Value 16442 (IANA reference: RFC 9347). */
    USE_AGGFRAG(16442, "USE_AGGFRAG"),
    /** Value 16443 (IANA reference: RFC 9593). */
    SUPPORTED_AUTH_METHODS(16443, "SUPPORTED_AUTH_METHODS"),
    /** Value 16444 (IANA reference: RFC 9611). */
    SA_RESOURCE_INFO(16444, "SA_RESOURCE_INFO"),
    /** Value 16445 (IANA reference: RFC 9867). */
    USE_PPK_INT(16445, "USE_PPK_INT"),
    /** Value 16446 (IANA reference: RFC 9867). */
    PPK_IDENTITY_KEY(16446, "PPK_IDENTITY_KEY"),
    /** Value 16447 (IANA reference: RFC-ietf-ipsecme-ikev2-downgrade-prevention-08). */
    IKE_SA_INIT_FULL_TRANSCRIPT_AUTH(16447, "IKE_SA_INIT_FULL_TRANSCRIPT_AUTH");

    private static final Map<Integer, Ikev2NotifyType> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;

    Ikev2NotifyType(int number, String ianaName) {
        this.number = number;
        this.ianaName = ianaName;
    }

    /** The number IANA assigned. */
    public int number() {
        return number;
    }

    /** IANA's description, verbatim. */
    public String ianaName() {
        return ianaName;
    }

    /**
     * The constant IANA assigned {@code number} to.
     *
     * @param number the IANA value
     * @return the constant, or empty for a number this enum does not know
     */
    public static Optional<Ikev2NotifyType> of(int number) {
        return Optional.ofNullable(BY_NUMBER.get(number));
    }

    /**
     * The constant name, or {@code UNKNOWN(n)} for a value without an enum constant.
     *
     * @param number the IANA value
     * @return the constant's name or {@code UNKNOWN(number)}
     */
    public static String nameOf(int number) {
        return IanaValue.nameOf(BY_NUMBER, number);
    }
}
