package io.ike4j.negotiator.auth;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * A tiny DER (X.690) reader and writer, just enough to rewrap PKCS#1 RSA and SEC1 EC private keys as
 * PKCS#8 PrivateKeyInfo (RFC 5208 §5) for {@link java.security.KeyFactory}. Every length is checked
 * against the remaining octets before use; malformed input gives an IOException.
 */
final class Der {
    static final int INTEGER = 0x02;
    static final int BIT_STRING = 0x03;
    static final int OCTET_STRING = 0x04;
    static final int NULL = 0x05;
    static final int OID = 0x06;
    static final int SEQUENCE = 0x30;

    /** One TLV: tag octet and the content range in {@code buf}. */
    record Tlv(int tag, byte[] buf, int start, int end, int headerStart) {
        byte[] content() {
            return Arrays.copyOfRange(buf, start, end);
        }

        /** The whole TLV including tag and length octets. */
        byte[] encoded() {
            return Arrays.copyOfRange(buf, headerStart, end);
        }

        Reader reader() {
            return new Reader(buf, start, end);
        }
    }

    /** Reads consecutive TLVs of {@code buf[pos, end)}. */
    static final class Reader {
        private final byte[] buf;
        private int pos;
        private final int end;

        Reader(byte[] buf, int pos, int end) {
            this.buf = buf;
            this.pos = pos;
            this.end = end;
        }

        Reader(byte[] buf) {
            this(buf, 0, buf.length);
        }

        boolean hasMore() {
            return pos < end;
        }

        Tlv next() throws IOException {
            int start = pos;
            if (end - pos < 2) {
                throw new IOException("DER: truncated TLV at offset " + pos);
            }
            int tag = buf[pos++] & 0xff;
            if ((tag & 0x1f) == 0x1f) {
                throw new IOException("DER: multi-octet tags not supported (offset " + start + ")");
            }
            int len = buf[pos++] & 0xff;
            if (len >= 0x80) {
                int n = len & 0x7f;
                if (n == 0 || n > 3) {
                    throw new IOException("DER: unsupported length form at offset " + start);
                }
                if (end - pos < n) {
                    throw new IOException("DER: truncated length at offset " + start);
                }
                len = 0;
                for (int i = 0; i < n; i++) {
                    len = (len << 8) | (buf[pos++] & 0xff);
                }
            }
            if (len > end - pos) {
                throw new IOException("DER: length " + len + " exceeds the " + (end - pos) + " remaining octets at offset " + start);
            }
            Tlv t = new Tlv(tag, buf, pos, pos + len, start);
            pos += len;
            return t;
        }

        Tlv expect(int tag, String what) throws IOException {
            Tlv t = next();
            if (t.tag() != tag) {
                throw new IOException("DER: expected " + what + " (tag 0x" + Integer.toHexString(tag)
                        + "), found tag 0x" + Integer.toHexString(t.tag()));
            }
            return t;
        }
    }

    private Der() {
    }

    static byte[] tlv(int tag, byte[]... parts) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            content.writeBytes(p);
        }
        int n = content.size();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        if (n < 0x80) {
            out.write(n);
        } else if (n < 0x100) {
            out.write(0x81);
            out.write(n);
        } else if (n < 0x10000) {
            out.write(0x82);
            out.write(n >> 8);
            out.write(n);
        } else {
            out.write(0x83);
            out.write(n >> 16);
            out.write(n >> 8);
            out.write(n);
        }
        out.writeBytes(content.toByteArray());
        return out.toByteArray();
    }
}
