package io.ike4j.codec.v1;

import io.ike4j.codec.Bytes;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes exactly the fields it is given, for fuzzers and negative tests: wrong Next Payload values,
 * wrong payload lengths, non-zero RESERVED octets, any version octet and a header Length override.
 * {@link #toRaw(IsakmpMessage)} gives the fields the normal encoder would write, to mutate one at a time.
 */
public final class IsakmpRawEncoder {
    /** Means "write the length the octets actually have". */
    public static final int COMPUTED = -1;

    private IsakmpRawEncoder() {
    }

    /**
     * One payload as written: generic header fields and the body octets.
     *
     * @param length the Payload Length to write, or {@link #COMPUTED} for 4 + body length
     */
    public record RawPayload(int nextPayload, int reserved, int length, Bytes body) {
        /**
         * Checks the field ranges.
         *
         * @param nextPayload the next payload field, written as given
         * @param reserved the reserved octet
         * @param length the Payload Length to write, or {@link #COMPUTED} for 4 + body length
         * @param body the payload body
         */
        public RawPayload {
            IsakmpHeader.octet("nextPayload", nextPayload);
            IsakmpHeader.octet("reserved", reserved);
            IsakmpCodec.require(length == COMPUTED || (length >= 0 && length <= 0xffff), "length out of range");
            IsakmpCodec.require(body != null, "null body");
        }

        /**
         * This payload with another Next Payload.
         *
         * @param v the value to write
         * @return the new raw payload
         */
        public RawPayload withNextPayload(int v) {
            return new RawPayload(v, reserved, length, body);
        }

        /**
         * This payload with another RESERVED octet.
         *
         * @param v the value to write
         * @return the new raw payload
         */
        public RawPayload withReserved(int v) {
            return new RawPayload(nextPayload, v, length, body);
        }

        /**
         * This payload with another Payload Length.
         *
         * @param v the value to write, or {@link IsakmpRawEncoder#COMPUTED}
         * @return the new raw payload
         */
        public RawPayload withLength(int v) {
            return new RawPayload(nextPayload, reserved, v, body);
        }

        /**
         * This payload with another body.
         *
         * @param v the body
         * @return the new raw payload
         */
        public RawPayload withBody(Bytes v) {
            return new RawPayload(nextPayload, reserved, length, v);
        }
    }

    /**
     * A message as written: the header fields ({@code versionOctet} holds both nibbles, {@code length}
     * is the Length field or {@link #COMPUTED}), the payloads and octets appended after them.
     */
    public record RawMessage(long initiatorCookie, long responderCookie, int nextPayload, int versionOctet,
                             int exchangeType, int flags, int messageId, long length, List<RawPayload> payloads,
                             Bytes trailing) {
        /**
         * Checks the field ranges and copies the payload list.
         *
         * @param initiatorCookie the initiator cookie to write
         * @param responderCookie the responder cookie to write
         * @param nextPayload the header's next payload field, written as given
         * @param versionOctet the whole version octet
         * @param exchangeType the exchange type octet
         * @param flags the flags octet
         * @param messageId the message ID
         * @param length the header's length field, or {@link #COMPUTED} for the real length
         * @param payloads the payloads to write
         * @param trailing octets appended after the last payload
         */
        public RawMessage {
            IsakmpHeader.octet("nextPayload", nextPayload);
            IsakmpHeader.octet("versionOctet", versionOctet);
            IsakmpHeader.octet("exchangeType", exchangeType);
            IsakmpHeader.octet("flags", flags);
            IsakmpCodec.require(length == COMPUTED || (length >= 0 && length <= 0xffffffffL), "length out of range");
            payloads = List.copyOf(payloads);
            IsakmpCodec.require(trailing != null, "null trailing");
        }

        /**
         * This message with another header Next Payload.
         *
         * @param v the value to write
         * @return the new raw message
         */
        public RawMessage withNextPayload(int v) {
            return new RawMessage(initiatorCookie, responderCookie, v, versionOctet, exchangeType, flags, messageId,
                    length, payloads, trailing);
        }

        /**
         * This message with another version octet.
         *
         * @param v the value to write
         * @return the new raw message
         */
        public RawMessage withVersionOctet(int v) {
            return new RawMessage(initiatorCookie, responderCookie, nextPayload, v, exchangeType, flags, messageId,
                    length, payloads, trailing);
        }

        /**
         * This message with another flags octet.
         *
         * @param v the value to write
         * @return the new raw message
         */
        public RawMessage withFlags(int v) {
            return new RawMessage(initiatorCookie, responderCookie, nextPayload, versionOctet, exchangeType, v,
                    messageId, length, payloads, trailing);
        }

        /**
         * This message with another header Length.
         *
         * @param v the value to write, or {@link IsakmpRawEncoder#COMPUTED}
         * @return the new raw message
         */
        public RawMessage withLength(long v) {
            return new RawMessage(initiatorCookie, responderCookie, nextPayload, versionOctet, exchangeType, flags,
                    messageId, v, payloads, trailing);
        }

        /**
         * This message with other payloads.
         *
         * @param v the payloads
         * @return the new raw message
         */
        public RawMessage withPayloads(List<RawPayload> v) {
            return new RawMessage(initiatorCookie, responderCookie, nextPayload, versionOctet, exchangeType, flags,
                    messageId, length, v, trailing);
        }

        /**
         * This message with payload {@code index} replaced.
         *
         * @param index the payload's position, from 0
         * @param p the new payload
         * @return the new raw message
         */
        public RawMessage withPayload(int index, RawPayload p) {
            List<RawPayload> l = new ArrayList<>(payloads);
            l.set(index, p);
            return withPayloads(l);
        }

        /**
         * This message with other octets after the last payload.
         *
         * @param v the octets
         * @return the new raw message
         */
        public RawMessage withTrailing(Bytes v) {
            return new RawMessage(initiatorCookie, responderCookie, nextPayload, versionOctet, exchangeType, flags,
                    messageId, length, payloads, v);
        }
    }

    /**
     * The fields the normal encoder writes for {@code m}. An encrypted message becomes a message without
     * payloads whose {@code trailing} is the ciphertext; a final {@link TrailingBytes} becomes {@code trailing}.
     *
     * @param m the message
     * @return its raw form
     */
    public static RawMessage toRaw(IsakmpMessage m) {
        IsakmpHeader h = m.header();
        List<RawPayload> raw = new ArrayList<>();
        Bytes trailing = Bytes.EMPTY;
        List<IsakmpPayload> ps = m.payloads();
        for (int i = 0; i < ps.size(); i++) {
            IsakmpPayload p = ps.get(i);
            if (p instanceof EncryptedBody e) {
                trailing = e.ciphertext();
            } else if (p instanceof TrailingBytes t) {
                trailing = t.octets();
            } else {
                int next = i + 1 < ps.size() && !(ps.get(i + 1) instanceof TrailingBytes) ? ps.get(i + 1).type() : 0;
                raw.add(new RawPayload(next, 0, COMPUTED, body(p)));
            }
        }
        return new RawMessage(h.initiatorCookie(), h.responderCookie(), h.nextPayload(),
                (h.majorVersion() << 4) | h.minorVersion(), h.exchangeType(), h.flags(), h.messageId(), COMPUTED, raw,
                trailing);
    }

    /**
     * The body octets (after the generic header) the normal encoder writes for {@code p}.
     *
     * @param p the payload
     * @return the body
     */
    public static Bytes body(IsakmpPayload p) {
        ByteBuf buf = Unpooled.buffer();
        IsakmpEncoder.writeBody(p, buf);
        byte[] out = new byte[buf.readableBytes()];
        buf.readBytes(out);
        return Bytes.wrap(out);
    }

    /**
     * Writes {@code m} field by field, without any check of consistency.
     *
     * @param m the raw message
     * @return the octets
     */
    public static byte[] encode(RawMessage m) {
        ByteBuf out = Unpooled.buffer(256);
        out.writeLong(m.initiatorCookie());
        out.writeLong(m.responderCookie());
        out.writeByte(m.nextPayload());
        out.writeByte(m.versionOctet());
        out.writeByte(m.exchangeType());
        out.writeByte(m.flags());
        out.writeInt(m.messageId());
        out.writeInt(0);
        for (RawPayload p : m.payloads()) {
            out.writeByte(p.nextPayload());
            out.writeByte(p.reserved());
            out.writeShort(p.length() == COMPUTED ? 4 + p.body().length() : p.length());
            p.body().writeTo(out);
        }
        m.trailing().writeTo(out);
        out.setInt(24, (int) (m.length() == COMPUTED ? out.writerIndex() : m.length()));
        byte[] bytes = new byte[out.readableBytes()];
        out.readBytes(bytes);
        return bytes;
    }
}
