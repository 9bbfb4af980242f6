package io.ike4j.codec.v1;

import java.util.List;

/**
 * An ISAKMP/IKEv1 message (RFC 2408 §3): header and payload chain, immutable.
 *
 * <p>A plain message holds its payloads in order, optionally followed by one {@link TrailingBytes}
 * (octets after the payload whose Next Payload is 0). A message with the E flag holds exactly one
 * {@link EncryptedBody}: its body stays opaque until the negotiator decrypts it and decodes the
 * plaintext with {@link IsakmpCodec#decodePayloadChain(int, io.ike4j.codec.Bytes)}.
 *
 * <p>For a plain message the header's Next Payload is derived from the list (the first payload's
 * type, or 0) so that the two cannot disagree.
 */
public record IsakmpMessage(IsakmpHeader header, List<IsakmpPayload> payloads) {
    /**
     * Copies the payload list and checks it fits the header: one {@link EncryptedBody} when the E flag is set, a well-formed chain otherwise.
     *
     * @param header the ISAKMP header
     * @param payloads the payloads in wire order, or the single encrypted body
     */
    public IsakmpMessage {
        if (header == null || payloads == null) {
            throw new IllegalArgumentException("null header or payloads");
        }
        payloads = List.copyOf(payloads);
        if (header.encrypted()) {
            if (payloads.size() != 1 || !(payloads.get(0) instanceof EncryptedBody)) {
                throw new IllegalArgumentException("a message with the E flag holds exactly one EncryptedBody");
            }
        } else {
            IsakmpCodec.checkChain(payloads);
            header = header.withNextPayload(payloads.isEmpty() || payloads.get(0) instanceof TrailingBytes
                    ? 0 : payloads.get(0).type());
        }
    }

    /**
     * A plain (unencrypted) message.
     *
     * @param header the header
     * @param payloads the payloads
     * @return the message
     */
    public static IsakmpMessage plain(IsakmpHeader header, List<IsakmpPayload> payloads) {
        return new IsakmpMessage(header, payloads);
    }

    /**
     * A message with the E flag whose body is {@code ciphertext}; {@code header.nextPayload()} is kept.
     *
     * @param header the header
     * @param body the ciphertext
     * @return the message
     */
    public static IsakmpMessage encrypted(IsakmpHeader header, EncryptedBody body) {
        return new IsakmpMessage(header.withFlags(header.flags() | IsakmpHeader.FLAG_ENCRYPTION), List.of(body));
    }

    /** {@return true when the header's E flag is set} */
    public boolean isEncrypted() {
        return header.encrypted();
    }

    /** {@return the encrypted body, or null for a plain message} */
    public EncryptedBody encryptedBody() {
        return header.encrypted() ? (EncryptedBody) payloads.get(0) : null;
    }

    /**
     * The payloads of the given record type, in order.
     *
     * @param <P> the record type
     * @param type its class
     * @return those payloads
     */
    public <P extends IsakmpPayload> List<P> payloadsOf(Class<P> type) {
        return payloads.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
