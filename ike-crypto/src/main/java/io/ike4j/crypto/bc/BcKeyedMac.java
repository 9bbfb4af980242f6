package io.ike4j.crypto.bc;

import io.ike4j.crypto.KeyedPrf;

/**
 * A MAC keyed once (HMAC, AES-XCBC, AES-CMAC) whose {@link #destroy()} zeroes every key-derived state: a keyed
 * PRF (full-length output), and the MAC under a keyed INTEG transform (which truncates it).
 */
interface BcKeyedMac extends KeyedPrf {
    /** Full-length MAC of {@code data[off, off+len)}. */
    byte[] mac(byte[] data, int off, int len);
}
