package io.ike4j.capture;

/** Unsigned reads from a byte array in a chosen byte order (capture file headers). */
record Octets(byte[] data, boolean littleEndian) {
    int u16(int at) {
        int a = data[at] & 0xff;
        int b = data[at + 1] & 0xff;
        return littleEndian ? (b << 8) | a : (a << 8) | b;
    }

    long u32(int at) {
        long v = 0;
        for (int i = 0; i < 4; i++) {
            int shift = littleEndian ? 8 * i : 8 * (3 - i);
            v |= (long) (data[at + i] & 0xff) << shift;
        }
        return v;
    }
}
