package io.ike4j.sm;

/**
 * The IKE major version (RFC 7296 §3.1 "MjVer"; RFC 2408 §3.1 for ISAKMP): what the front door routes a
 * datagram by, and what an SA view or a failure says it belongs to.
 */
public enum IkeVersion {
    /** ISAKMP/IKEv1 (RFC 2408, 2409), major version 1. */
    IKEV1(1, "IKEv1"),
    /** IKEv2 (RFC 7296), major version 2. */
    IKEV2(2, "IKEv2");

    private final int major;
    private final String label;

    IkeVersion(int major, String label) {
        this.major = major;
        this.label = label;
    }

    /** {@return the major version number in the header's version octet (its high nibble)} */
    public int major() {
        return major;
    }

    /** {@return how IOS and strongSwan logs name it: "IKEv1", "IKEv2"} */
    public String label() {
        return label;
    }

    /**
     * The version of a major version number, or null for one no IKE defines.
     *
     * @param major the high nibble of the header's version octet
     * @return {@code IKEV1} for 1, {@code IKEV2} for 2, else null
     */
    public static IkeVersion ofMajor(int major) {
        return major == 1 ? IKEV1 : major == 2 ? IKEV2 : null;
    }
}
