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
    NONE(0, "No Next Payload"),
    SA(33, "Security Association"),
    KE(34, "Key Exchange"),
    IDI(35, "Identification - Initiator"),
    IDR(36, "Identification - Responder"),
    CERT(37, "Certificate"),
    CERTREQ(38, "Certificate Request"),
    AUTH(39, "Authentication"),
    NONCE(40, "Nonce"),
    NOTIFY(41, "Notify"),
    DELETE(42, "Delete"),
    VENDOR_ID(43, "Vendor ID"),
    TSI(44, "Traffic Selector - Initiator"),
    TSR(45, "Traffic Selector - Responder"),
    SK(46, "Encrypted and Authenticated"),
    CP(47, "Configuration"),
    EAP(48, "Extensible Authentication"),
    GSPM(49, "Generic Secure Password Method"),
    IDG(50, "Group Identification"),
    GSA(51, "Group Security Association"),
    KD(52, "Key Download"),
    SKF(53, "Encrypted and Authenticated Fragment"),
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

    public static Optional<Ikev2PayloadType> of(int number) {
        return Optional.ofNullable(BY_NUMBER.get(number));
    }

    /** The constant name, or {@code UNKNOWN(n)} for a value without an enum constant. */
    public static String nameOf(int number) {
        return IanaValue.nameOf(BY_NUMBER, number);
    }
}
