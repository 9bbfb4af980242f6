package io.ike4j.crypto.jca;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;

/**
 * ECDSA signature encodings: the DER Ecdsa-Sig-Value the JCA produces (RFC 7427 §3, RFC 3279) and the
 * fixed-length r ‖ s of RFC 4754 §7 (auth methods 9-11).
 */
final class EcdsaEncoding {
    private EcdsaEncoding() {
    }

    /** r ‖ s, each left-padded to {@code length} octets, from a DER SEQUENCE; null if malformed or too big. */
    static byte[] derToRaw(byte[] der, int length) {
        BigInteger[] rs = parseDer(der);
        if (rs == null || rs[0].bitLength() > length * 8 || rs[1].bitLength() > length * 8) {
            return null;
        }
        byte[] out = new byte[2 * length];
        System.arraycopy(EcCurve.fixed(rs[0], length), 0, out, 0, length);
        System.arraycopy(EcCurve.fixed(rs[1], length), 0, out, length, length);
        return out;
    }

    /** The DER SEQUENCE { INTEGER r, INTEGER s } for a raw r ‖ s of even length. */
    static byte[] rawToDer(byte[] raw) {
        int half = raw.length / 2;
        byte[] r = new BigInteger(1, java.util.Arrays.copyOfRange(raw, 0, half)).toByteArray();
        byte[] s = new BigInteger(1, java.util.Arrays.copyOfRange(raw, half, raw.length)).toByteArray();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        writeTlv(body, 0x02, r);
        writeTlv(body, 0x02, s);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeTlv(out, 0x30, body.toByteArray());
        return out.toByteArray();
    }

    private static void writeTlv(ByteArrayOutputStream out, int tag, byte[] value) {
        out.write(tag);
        int len = value.length;
        if (len < 0x80) {
            out.write(len);
        } else if (len < 0x100) {
            out.write(0x81);
            out.write(len);
        } else {
            out.write(0x82);
            out.write(len >>> 8);
            out.write(len);
        }
        out.write(value, 0, value.length);
    }

    /** {r, s} from a strict DER SEQUENCE of two positive INTEGERs, or null. */
    static BigInteger[] parseDer(byte[] der) {
        int[] pos = {0};
        int seqLen = readHeader(der, pos, 0x30);
        if (seqLen < 0 || pos[0] + seqLen != der.length) {
            return null;
        }
        BigInteger r = readInteger(der, pos);
        BigInteger s = r == null ? null : readInteger(der, pos);
        if (s == null || pos[0] != der.length) {
            return null;
        }
        return new BigInteger[] {r, s};
    }

    private static BigInteger readInteger(byte[] der, int[] pos) {
        int len = readHeader(der, pos, 0x02);
        if (len <= 0 || len > der.length - pos[0]) {
            return null;
        }
        int start = pos[0];
        // DER: minimal encoding, positive
        if ((der[start] & 0x80) != 0) {
            return null;
        }
        if (len > 1 && der[start] == 0 && (der[start + 1] & 0x80) == 0) {
            return null;
        }
        pos[0] += len;
        BigInteger v = new BigInteger(1, java.util.Arrays.copyOfRange(der, start, start + len));
        return v.signum() > 0 ? v : null;
    }

    /** Reads tag and definite length; returns the length or -1. */
    private static int readHeader(byte[] der, int[] pos, int tag) {
        int p = pos[0];
        if (der.length - p < 2 || (der[p] & 0xff) != tag) {
            return -1;
        }
        int first = der[p + 1] & 0xff;
        p += 2;
        int len;
        if (first < 0x80) {
            len = first;
        } else if (first == 0x81) {
            if (der.length - p < 1 || (der[p] & 0xff) < 0x80) {
                return -1;
            }
            len = der[p] & 0xff;
            p += 1;
        } else if (first == 0x82) {
            if (der.length - p < 2 || (der[p] & 0xff) == 0) {
                return -1;
            }
            len = ((der[p] & 0xff) << 8) | (der[p + 1] & 0xff);
            if (len < 0x100) {
                return -1;
            }
            p += 2;
        } else {
            return -1;
        }
        if (len > der.length - p) {
            return -1;
        }
        pos[0] = p;
        return len;
    }
}
