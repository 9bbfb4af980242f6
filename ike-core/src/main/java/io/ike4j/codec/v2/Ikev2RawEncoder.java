package io.ike4j.codec.v2;

import io.ike4j.codec.Bytes;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

import java.util.ArrayList;
import java.util.List;

/**
 * Encoder for the fuzzer: writes exactly the fields it is given, right or wrong. Next-payload and
 * length fields are computed as usual unless overridden, so a test can break one field at a time
 * (wrong lengths, wrong next-payload values, reserved/critical bits, unknown payload types, a header
 * length that does not match).
 */
public final class Ikev2RawEncoder {
    private Ikev2RawEncoder() {
    }

    /**
     * One payload as raw fields.
     *
     * @param type                the payload type the previous next-payload field announces (used when that
     *                            field is not overridden)
     * @param nextPayloadOverride value for this payload's next-payload field, or -1 for the next payload's
     *                            type (0 after the last)
     * @param flagsByte           octet 1 of the generic header (critical bit 0x80, reserved bits)
     * @param lengthOverride      value for the 16-bit length field, or -1 for 4 + body length
     * @param body                the payload body, written as is
     */
    public record RawPayload(int type, int nextPayloadOverride, int flagsByte, int lengthOverride, Bytes body) {
        /**
         * The payload with computed next-payload and length fields and flags 0.
         *
         * @param type the payload type
         * @param body the payload body, written as is
         */
        public RawPayload(int type, Bytes body) {
            this(type, -1, 0, -1, body);
        }

        /**
         * The payload as the normal encoder would write its body, with its own flags.
         *
         * @param p a payload
         * @return its raw form
         */
        public static RawPayload of(Ikev2Payload p) {
            byte[] chain = Ikev2Codec.encodePayloadChainUnchecked(List.of(p));
            Bytes all = Bytes.wrap(chain);
            return new RawPayload(p.type(), -1, p.flags(), -1, all.slice(4, all.length() - 4));
        }

        /**
         * This payload with a next-payload field override.
         *
         * @param next the value to write
         * @return the new raw payload
         */
        public RawPayload withNextPayload(int next) {
            return new RawPayload(type, next, flagsByte, lengthOverride, body);
        }

        /**
         * This payload with another flags octet.
         *
         * @param flags the octet to write
         * @return the new raw payload
         */
        public RawPayload withFlags(int flags) {
            return new RawPayload(type, nextPayloadOverride, flags, lengthOverride, body);
        }

        /**
         * This payload with a length field override.
         *
         * @param length the value to write
         * @return the new raw payload
         */
        public RawPayload withLength(int length) {
            return new RawPayload(type, nextPayloadOverride, flagsByte, length, body);
        }
    }

    /**
     * Writes a message: the 28-octet header of {@code header} (next payload = {@code firstPayloadOverride},
     * or the first payload's type if -1; length = {@code lengthOverride}, or the true length if -1) and
     * the payloads.
     *
     * @param header the header
     * @param firstPayloadOverride the header's next-payload field, or -1
     * @param lengthOverride the header's length field, or -1
     * @param payloads the payloads
     * @return the octets
     */
    public static byte[] encode(Ikev2Header header, int firstPayloadOverride, long lengthOverride,
                                List<RawPayload> payloads) {
        ByteBuf out = Unpooled.buffer(256);
        try {
            header.initiatorSpi().writeTo(out);
            header.responderSpi().writeTo(out);
            int first = firstPayloadOverride >= 0 ? firstPayloadOverride : payloads.isEmpty() ? 0 : payloads.get(0).type();
            out.writeByte(first);
            out.writeByte((header.majorVersion() & 0xf) << 4 | (header.minorVersion() & 0xf));
            out.writeByte(header.exchangeType());
            out.writeByte(header.flags());
            out.writeInt((int) header.messageId());
            int lengthAt = out.writerIndex();
            out.writeInt(0);
            writePayloads(payloads, out);
            out.setInt(lengthAt, (int) (lengthOverride >= 0 ? lengthOverride : out.writerIndex()));
            byte[] bytes = new byte[out.readableBytes()];
            out.readBytes(bytes);
            return bytes;
        } finally {
            out.release();
        }
    }

    /**
     * {@link #encode(Ikev2Header, int, long, List)} without header overrides.
     *
     * @param header the header
     * @param payloads the payloads
     * @return the octets
     */
    public static byte[] encode(Ikev2Header header, List<RawPayload> payloads) {
        return encode(header, -1, -1, payloads);
    }

    /**
     * The raw form of a well-formed message (each payload via {@link RawPayload#of}).
     *
     * @param m the message
     * @return its payloads as raw payloads
     */
    public static List<RawPayload> toRaw(Ikev2Message m) {
        List<RawPayload> out = new ArrayList<>();
        for (Ikev2Payload p : m.payloads()) {
            RawPayload r = RawPayload.of(p);
            if (p instanceof Ikev2SkPayload sk) {
                r = r.withNextPayload(sk.innerNextPayload());
            } else if (p instanceof Ikev2SkfPayload skf) {
                r = r.withNextPayload(skf.innerNextPayload());
            }
            out.add(r);
        }
        return out;
    }

    private static void writePayloads(List<RawPayload> payloads, ByteBuf out) {
        for (int i = 0; i < payloads.size(); i++) {
            RawPayload p = payloads.get(i);
            int next = p.nextPayloadOverride() >= 0 ? p.nextPayloadOverride()
                    : i + 1 < payloads.size() ? payloads.get(i + 1).type() : 0;
            out.writeByte(next);
            out.writeByte(p.flagsByte());
            out.writeShort(p.lengthOverride() >= 0 ? p.lengthOverride() : 4 + p.body().length());
            p.body().writeTo(out);
        }
    }
}
