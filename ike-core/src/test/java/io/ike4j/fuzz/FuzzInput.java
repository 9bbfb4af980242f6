package io.ike4j.fuzz;

import java.util.Arrays;

/**
 * Reads a fuzzer input front to back (so seeds can be written by hand): past the end every read gives 0 or an
 * empty array. The engine targets' input formats are written in its terms.
 */
final class FuzzInput {
    private final byte[] data;
    private int pos;

    FuzzInput(byte[] data) {
        this.data = data;
    }

    int u8() {
        return pos < data.length ? data[pos++] & 0xff : 0;
    }

    int u16() {
        return u8() << 8 | u8();
    }

    long u32() {
        return (long) u16() << 16 | u16();
    }

    /** {@code n} octets, fewer when the input ends first. */
    byte[] bytes(int n) {
        int k = Math.max(0, Math.min(n, data.length - pos));
        byte[] out = Arrays.copyOfRange(data, pos, pos + k);
        pos += k;
        return out;
    }

    /** A u16 length (mod 8,192: messages stay under 64 KiB), then that many octets. */
    byte[] chunk() {
        return bytes(u16() & 0x1fff);
    }

    boolean exhausted() {
        return pos >= data.length;
    }
}
