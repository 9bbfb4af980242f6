package io.ike4j.crypto.bc;

/** SHA-1 (FIPS 180-4 §6.1): still IKEv1's and legacy IKEv2 peers' PRF and integrity hash. */
final class Sha1Core extends Int32Core {
    /** §5.3.1. */
    private static final int[] IV = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0};

    Sha1Core() {
        super(64, 20, 5, 80);
    }

    @Override
    int[] iv() {
        return IV;
    }

    @Override
    void compress(byte[] in, int off) {
        int[] w = this.w;
        for (int t = 0; t < 16; t++) {
            w[t] = bigEndianInt(in, off + 4 * t);
        }
        for (int t = 16; t < 80; t++) {
            w[t] = Integer.rotateLeft(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
        }
        int a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
        for (int t = 0; t < 80; t++) {
            int f;
            int k;
            if (t < 20) { // §4.1.1: Ch, Parity, Maj, Parity; §4.2.1: the four constants
                f = (b & c) | (~b & d);
                k = 0x5a827999;
            } else if (t < 40) {
                f = b ^ c ^ d;
                k = 0x6ed9eba1;
            } else if (t < 60) {
                f = (b & c) | (b & d) | (c & d);
                k = 0x8f1bbcdc;
            } else {
                f = b ^ c ^ d;
                k = 0xca62c1d6;
            }
            int tmp = Integer.rotateLeft(a, 5) + f + e + k + w[t];
            e = d;
            d = c;
            c = Integer.rotateLeft(b, 30);
            b = a;
            a = tmp;
        }
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
        h[4] += e;
    }

    @Override
    void output(byte[] out, int off) {
        for (int i = 0; i < 5; i++) {
            putBigEndian(h[i], out, off + 4 * i);
        }
    }
}
