package io.ike4j.codec.v2.iana;

import io.ike4j.crypto.iana.IanaValue;

import java.util.Map;
import java.util.Optional;

/**
 * IKEv2 payload types (RFC 7296 §3.2); names follow IANA's notation column.
 *
 * <p>Generated from IANA's <code>ikev2-parameters-2</code> (ikev2-parameters.xml) and checked
 * against it by {@code io.ike4j.vectors.iana.Ikev2RegistryTest}. Every assigned value is present; reserved,
 * unassigned and private-use ranges are not. {@link #ianaName()} is IANA's description verbatim; the
 * constant name is that description upper-cased with every run of other characters turned into {@code _},
 * except where a shorter conventional name reads better (those keep the verbatim IANA text in
 * {@code ianaName}, so the test still ties them to the registry).
 */
public enum Ikev2PayloadType implements IanaValue {
    /** Value 0 (IANA reference: RFC 7296). */
    NONE(0, "No Next Payload"),
    /** Value 33 (IANA references: RFC 7296, RFC 9838). */
    SA(33, "Security Association"),
    /** Value 34 (IANA reference: RFC 7296). */
    KE(34, "Key Exchange"),
    /** Value 35 (IANA reference: RFC 7296). */
    IDI(35, "Identification - Initiator"),
    /** Value 36 (IANA reference: RFC 7296). */
    IDR(36, "Identification - Responder"),
    /** Value 37 (IANA reference: RFC 7296). */
    CERT(37, "Certificate"),
    /** Value 38 (IANA reference: RFC 7296). */
    CERTREQ(38, "Certificate Request"),
    /** Value 39 (IANA reference: RFC 7296). */
    AUTH(39, "Authentication"),
    /** Value 40 (IANA reference: RFC 7296). */
    NONCE(40, "Nonce"),
    /** Value 41 (IANA reference: RFC 7296). */
    NOTIFY(41, "Notify"),
    /** Value 42 (IANA reference: RFC 7296). */
    DELETE(42, "Delete"),
    /** Value 43 (IANA reference: RFC 7296). */
    VENDOR_ID(43, "Vendor ID"),
    /** Value 44 (IANA reference: RFC 7296). */
    TSI(44, "Traffic Selector - Initiator"),
    /** Value 45 (IANA reference: RFC 7296). */
    TSR(45, "Traffic Selector - Responder"),
    /** Value 46 (IANA reference: RFC 7296). */
    SK(46, "Encrypted and Authenticated"),
    /** Value 47 (IANA reference: RFC 7296). */
    CP(47, "Configuration"),
    /** Value 48 (IANA reference: RFC 7296). */
    EAP(48, "Extensible Authentication"),
    /** Value 49 (IANA reference: RFC 6467). */
    GSPM(49, "Generic Secure Password Method"),
    /** Value 50 (IANA reference: RFC 9838). */
    IDG(50, "Group Identification"),
    /** Value 51 (IANA reference: RFC 9838). */
    GSA(51, "Group Security Association"),
    /** Value 52 (IANA reference: RFC 9838). */
    KD(52, "Key Download"),
    /** Value 53 (IANA reference: RFC 7383). */
    SKF(53, "Encrypted and Authenticated Fragment"),
    /** Value 54 (IANA reference: RFC 8019). */
    PS(54, "Puzzle Solution");

    private static final Map<Integer, Ikev2PayloadType> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;

    Ikev2PayloadType(int number, String ianaName) {
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
    public static Optional<Ikev2PayloadType> of(int number) {
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
