package io.ike4j.crypto;

/** Integrity transform IDs that are not in the IANA registry. */
public final class IntegrityIds {
    /**
     * HMAC-SHA-256 truncated to 96 bits, as some peers (old Linux kernels, some Cisco/Huawei releases;
     * ios-reference.md §5) did before RFC 4868 fixed it at 128 bits. Private-use number (RFC 7296 §3.3.2,
     * 1024-65535), the one strongSwan uses. Only served when explicitly requested: never offered by
     * default.
     */
    public static final int LEGACY_HMAC_SHA2_256_96 = 1026;

    private IntegrityIds() {
    }
}
