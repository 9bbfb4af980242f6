package io.ike4j.codec.v2;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.IkeDecodeException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

import java.util.List;

/**
 * IKEv2 message codec (RFC 7296 §3, RFC 7383). Entry points used by the CLI and the negotiator.
 *
 * <p>Decoding is strict about structure (lengths, counts, last-substruc values, header length = datagram
 * length, nothing after SK/SKF) and lenient about values (unknown numbers are kept raw). Errors are
 * reported only as {@link IkeDecodeException}: INVALID_MAJOR_VERSION (5) for a major version other than 2,
 * UNSUPPORTED_CRITICAL_PAYLOAD (1) for a critical payload of a type this codec does not decode
 * (RFC 7296 §2.5), INVALID_SYNTAX (7) for everything else.
 *
 * <p>No payload body is copied: {@link #decode(byte[])} wraps the caller's array (which must not change
 * afterwards) and {@link #decode(ByteBuf)} copies the readable bytes once into a fresh array; every
 * {@link Bytes} in the result is a view into that array.
 */
public final class Ikev2Codec {
    private Ikev2Codec() {
    }

    /**
     * Decodes one IKEv2 message (the UDP payload after any non-ESP marker); wraps {@code datagram}.
     *
     * @param datagram the message octets, not to be changed afterwards
     * @return the message
     * @throws IkeDecodeException naming the notify to answer with
     */
    public static Ikev2Message decode(byte[] datagram) {
        return Ikev2Decoder.decodeMessage(Bytes.wrap(datagram));
    }

    /**
     * Decodes the readable bytes of {@code buf} (copied once; the reader index does not move).
     *
     * @param buf holds the message octets
     * @return the message
     * @throws IkeDecodeException naming the notify to answer with
     */
    public static Ikev2Message decode(ByteBuf buf) {
        return Ikev2Decoder.decodeMessage(Bytes.copyOf(buf));
    }

    /**
     * Decodes a message held in a {@link Bytes} view (e.g. {@code CapturedDatagram.ike()}), without copying.
     *
     * @param datagram the message octets
     * @return the message
     * @throws IkeDecodeException naming the notify to answer with
     */
    public static Ikev2Message decode(Bytes datagram) {
        return Ikev2Decoder.decodeMessage(datagram);
    }

    /**
     * Decodes a plaintext payload chain, e.g. the decrypted contents of an SK payload (without padding
     * and pad-length octet) whose first payload type is the SK payload's next-payload field. The chain
     * must fill {@code body} exactly; SK/SKF inside it are INVALID_SYNTAX. Offsets in exceptions count
     * from the start of {@code body}.
     *
     * @param firstPayloadType the type of the first payload
     * @param body the chain's octets
     * @return the payloads
     * @throws IkeDecodeException naming the notify to answer with
     */
    public static List<Ikev2Payload> decodePayloadChain(int firstPayloadType, Bytes body) {
        return Ikev2Decoder.decodeChain(firstPayloadType, body, 0, false);
    }

    /**
     * Encodes {@code m} computing every length, count and next-payload field.
     *
     * @param m the message
     * @return the octets
     */
    public static byte[] encode(Ikev2Message m) {
        ByteBuf buf = Scratch.take();
        try {
            encode(m, buf);
            byte[] out = new byte[buf.readableBytes()];
            buf.readBytes(out);
            return out;
        } finally {
            Scratch.give(buf);
        }
    }

    /**
     * The length {@link #encode(Ikev2Message)} would return, without allocating the octets.
     *
     * @param m the message
     * @return its encoded length
     */
    public static int encodedLength(Ikev2Message m) {
        ByteBuf buf = Scratch.take();
        try {
            encode(m, buf);
            return buf.readableBytes();
        } finally {
            Scratch.give(buf);
        }
    }

    /**
     * One growable encoding buffer per thread, reused (an encode allocates only its result array); a nested encode
     * while it is out gets a fresh one. Its capacity stays at the largest message the thread encoded, up to 64 KiB.
     */
    static final class Scratch {
        private static final ThreadLocal<ByteBuf> FREE = new ThreadLocal<>();

        private Scratch() {
        }

        static ByteBuf take() {
            ByteBuf b = FREE.get();
            if (b == null) {
                return Unpooled.buffer(512);
            }
            FREE.set(null);
            b.clear();
            return b;
        }

        static void give(ByteBuf b) {
            if (b.capacity() <= 65_536 && FREE.get() == null) {
                b.setZero(0, b.writerIndex()); // what it held may have been plaintext under SK
                FREE.set(b);
            } else {
                b.release();
            }
        }
    }

    /**
     * Appends the encoding of {@code m} to {@code out}.
     *
     * @param m the message
     * @param out where the octets go
     */
    public static void encode(Ikev2Message m, ByteBuf out) {
        Ikev2Encoder.encodeMessage(m, out);
    }

    /**
     * Encodes a plaintext payload chain (the inverse of {@link #decodePayloadChain}); SK/SKF not allowed.
     *
     * @param payloads the payloads
     * @return the octets
     */
    public static byte[] encodePayloadChain(List<Ikev2Payload> payloads) {
        return encodeChain(payloads, false);
    }

    /** A chain in which SK/SKF may appear last (for the raw encoder). */
    static byte[] encodePayloadChainUnchecked(List<Ikev2Payload> payloads) {
        return encodeChain(payloads, true);
    }

    private static byte[] encodeChain(List<Ikev2Payload> payloads, boolean outer) {
        ByteBuf buf = Scratch.take();
        try {
            Ikev2Encoder.encodeChain(payloads, buf, outer);
            byte[] out = new byte[buf.readableBytes()];
            buf.readBytes(out);
            return out;
        } finally {
            Scratch.give(buf);
        }
    }

    /**
     * The value of {@code p}'s payload length field as the encoder writes it (generic header included).
     *
     * @param p a payload
     * @return the payload length
     */
    public static int payloadLength(Ikev2Payload p) {
        return encodeChain(List.of(p), true).length;
    }
}
