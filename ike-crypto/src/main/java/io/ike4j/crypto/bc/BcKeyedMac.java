package io.ike4j.crypto.bc;

/** A MAC keyed once (HMAC, AES-XCBC, AES-CMAC) whose {@link #destroy()} zeroes every key-derived state. */
interface BcKeyedMac {
    /** Full-length MAC of the concatenation of {@code parts}. */
    byte[] mac(byte[]... parts);

    /** Full-length MAC of {@code data[off, off+len)}. */
    byte[] mac(byte[] data, int off, int len);

    void destroy();
}
