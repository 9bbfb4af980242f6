package io.ike4j.codec.v1;

import io.ike4j.codec.Bytes;

import java.util.Optional;

/**
 * Vendor IDs IKEv1 peers exchange to announce extensions (RFC 2408 §3.16), with their published values: DPD (RFC 3706
 * §5.1: the 14-octet hashed ID, major 1, minor 0), NAT traversal (RFC 3947 §3.1: MD5 of "RFC 3947"), XAUTH
 * (draft-beaulieu-ike-xauth-02 §4) and Cisco Unity (as IOS names it in seed 004, "vendor ID is Unity").
 */
public enum Ikev1VendorId {
    /** Dead peer detection, RFC 3706 §5.1. */
    DPD("DPD", "afcad71368a1f1c96b8696fc77570100"),
    /** NAT traversal, RFC 3947 §3.1. */
    NAT_T("RFC 3947", "4a131c81070358455c5728f20e95452f"),
    /** Extended authentication, draft-beaulieu-ike-xauth-02 §4. */
    XAUTH("XAUTH", "09002689dfd6b712"),
    /** Cisco Unity (major 1, minor 0), as IOS sends and prints it. */
    CISCO_UNITY("Unity", "12f5f28c457168a9702d9fe274cc0100");

    private final String iosName;
    private final Bytes value;

    Ikev1VendorId(String iosName, String hex) {
        this.iosName = iosName;
        this.value = Bytes.fromHex(hex);
    }

    /** {@return the name IOS prints ("vendor ID is DPD")} */
    public String iosName() {
        return iosName;
    }

    /** {@return the payload's octets} */
    public Bytes value() {
        return value;
    }

    /** {@return the payload announcing it} */
    public VendorIdPayload payload() {
        return new VendorIdPayload(value);
    }

    /**
     * The vendor ID a payload carries, if known.
     *
     * @param v the payload
     * @return the vendor ID, or empty
     */
    public static Optional<Ikev1VendorId> of(VendorIdPayload v) {
        for (Ikev1VendorId id : values()) {
            if (id.value.equals(v.vendorId())) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }
}
