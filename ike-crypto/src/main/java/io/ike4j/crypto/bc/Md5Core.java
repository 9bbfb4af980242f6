package io.ike4j.crypto.bc;

/** MD5 (RFC 1321 §3): IKEv1's oldest PRF and HMAC-MD5-96 integrity; little-endian words throughout. */
final class Md5Core extends Int32Core {
    private static final int[] T = HashConstants.md5Sines();
    /** §3.4's per-step rotations, four per round. */
    private static final int[] S = {7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21};
    /** §3.3. */
    private static final int[] IV = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476};

    Md5Core() {
        super(64, 16, 4, 16);
    }

    @Override
    boolean littleEndianLength() {
        return true;
    }

    @Override
    int[] iv() {
        return IV;
    }

    @Override
    void compress(byte[] in, int off) {
        int[] x = this.w;
        for (int i = 0; i < 16; i++) {
            int o = off + 4 * i;
            x[i] = (in[o] & 0xff) | ((in[o + 1] & 0xff) << 8) | ((in[o + 2] & 0xff) << 16) | (in[o + 3] << 24);
        }
        int a = h[0], b = h[1], c = h[2], d = h[3];
        for (int i = 0; i < 64; i++) {
            int round = i >>> 4;
            int f;
            int g;
            switch (round) { // §3.4: F, G, H, I and the word each step takes
                case 0 -> { f = (b & c) | (~b & d); g = i; }
                case 1 -> { f = (b & d) | (c & ~d); g = (5 * i + 1) & 15; }
                case 2 -> { f = b ^ c ^ d; g = (3 * i + 5) & 15; }
                default -> { f = c ^ (b | ~d); g = (7 * i) & 15; }
            }
            int tmp = d;
            d = c;
            c = b;
            b = b + Integer.rotateLeft(a + f + T[i] + x[g], S[4 * round + (i & 3)]);
            a = tmp;
        }
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
    }

    @Override
    void output(byte[] out, int off) {
        for (int i = 0; i < 4; i++) {
            int v = h[i];
            out[off + 4 * i] = (byte) v;
            out[off + 4 * i + 1] = (byte) (v >>> 8);
            out[off + 4 * i + 2] = (byte) (v >>> 16);
            out[off + 4 * i + 3] = (byte) (v >>> 24);
        }
    }
}
