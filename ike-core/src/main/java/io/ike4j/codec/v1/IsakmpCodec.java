package io.ike4j.codec.v1;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.IkeDecodeException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

import java.util.List;

/**
 * Entry points of the ISAKMP/IKEv1 wire codec (RFC 2408 §3, RFC 2407 §4, RFC 2409, RFC 3947).
 *
 * <p>Decoding never copies payload bodies: {@link #decode(byte[])} wraps the caller's array (which must
 * not change afterwards) and {@link #decode(ByteBuf)} copies the readable bytes once into one array
 * that all {@link Bytes} fields of the result view. The only exception thrown on bad input is
 * {@link IkeDecodeException}: PAYLOAD_MALFORMED (16) for structural errors, INVALID_MAJOR_VERSION (5)
 * for a major version other than 1. Offsets count from the first octet of the ISAKMP header.
 *
 * <p>Decisions: a payload type without its own record is kept as {@link UnknownPayload} (ISAKMP has
 * no critical bit; the negotiator answers INVALID_PAYLOAD_TYPE where the exchange forbids it); a
 * non-zero RESERVED field is PAYLOAD_MALFORMED; the header Length must equal the datagram length;
 * octets after the last payload of a plain message or a decrypted body are kept as {@link TrailingBytes}.
 *
 * <p>Encoding computes every Length and Next Payload field; records that could not be encoded
 * (a body over 65535 octets) make it throw IllegalArgumentException.
 */
public final class IsakmpCodec {
    private IsakmpCodec() {
    }

    /**
     * Decodes one ISAKMP message; {@code datagram} is wrapped, not copied.
     *
     * @param datagram the message octets, not to be changed afterwards
     * @return the message
     * @throws io.ike4j.codec.IkeDecodeException naming the notify to answer with
     */
    public static IsakmpMessage decode(byte[] datagram) {
        return IsakmpDecoder.decodeMessage(Bytes.wrap(datagram));
    }

    /**
     * Decodes the readable bytes of {@code buf}, copied once; the reader index is not moved.
     *
     * @param buf holds the message octets
     * @return the message
     * @throws io.ike4j.codec.IkeDecodeException naming the notify to answer with
     */
    public static IsakmpMessage decode(ByteBuf buf) {
        return IsakmpDecoder.decodeMessage(Bytes.copyOf(buf));
    }

    /**
     * Decodes a message held in a {@link Bytes} view (no copy).
     *
     * @param datagram the message octets
     * @return the message
     * @throws io.ike4j.codec.IkeDecodeException naming the notify to answer with
     */
    public static IsakmpMessage decode(Bytes datagram) {
        return IsakmpDecoder.decodeMessage(datagram);
    }

    /**
     * Decodes a decrypted body: the payload chain starting with {@code firstPayloadType} (the header's
     * Next Payload), followed by any padding, which is returned as a final {@link TrailingBytes}.
     * Error offsets are those of the full message (plaintext offset + 28).
     *
     * @param firstPayloadType the header's Next Payload
     * @param plaintext the decrypted body
     * @return the payloads, padding last
     * @throws io.ike4j.codec.IkeDecodeException naming the notify to answer with
     */
    public static List<IsakmpPayload> decodePayloadChain(int firstPayloadType, Bytes plaintext) {
        IsakmpHeader.octet("firstPayloadType", firstPayloadType);
        return IsakmpDecoder.decodeChain(firstPayloadType, plaintext, 0, plaintext.length(), IsakmpHeader.SIZE);
    }

    /**
     * Encodes {@code message} into a new array.
     *
     * @param message the message
     * @return the octets
     */
    public static byte[] encode(IsakmpMessage message) {
        ByteBuf buf = Unpooled.buffer(256);
        encode(message, buf);
        byte[] out = new byte[buf.readableBytes()];
        buf.readBytes(out);
        return out;
    }

    /**
     * Appends the encoding of {@code message} to {@code out}.
     *
     * @param message the message
     * @param out where the octets go
     */
    public static void encode(IsakmpMessage message, ByteBuf out) {
        IsakmpEncoder.encodeMessage(message, out);
    }

    /**
     * Encodes a payload chain (e.g. the plaintext to encrypt), with any final {@link TrailingBytes};
     * the first element's type is the header's Next Payload.
     *
     * @param payloads the payloads
     * @return the octets
     */
    public static byte[] encodePayloadChain(List<IsakmpPayload> payloads) {
        checkChain(payloads);
        ByteBuf buf = Unpooled.buffer(256);
        IsakmpEncoder.encodeChain(payloads, buf);
        byte[] out = new byte[buf.readableBytes()];
        buf.readBytes(out);
        return out;
    }

    /**
     * The encoded size of {@code message} (what the header Length field will hold).
     *
     * @param message the message
     * @return its length in octets
     */
    public static int encodedLength(IsakmpMessage message) {
        return encode(message).length;
    }

    // ---- shared helpers

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Types that decode into their own record (everything else becomes {@link UnknownPayload}). */
    static boolean isDecodedType(int type) {
        return switch (type) {
            case 1, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 20, 21, 130, 131, 132 -> true;
            default -> false;
        };
    }

    /** A plain chain: no null, no EncryptedBody, TrailingBytes only last. */
    static void checkChain(List<IsakmpPayload> payloads) {
        for (int i = 0; i < payloads.size(); i++) {
            IsakmpPayload p = payloads.get(i);
            require(p != null, "null payload");
            require(!(p instanceof EncryptedBody), "EncryptedBody only in a message with the E flag");
            require(!(p instanceof TrailingBytes) || i == payloads.size() - 1, "TrailingBytes must be last");
        }
    }
}
