package io.ike4j.negotiator.v1;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v1.IsakmpMessage;
import io.ike4j.codec.v1.IsakmpPayload;
import io.ike4j.transport.Datagram;

import java.util.List;
import java.util.Optional;

/**
 * The message a row is given: the datagram, its decoded header and payloads; for an encrypted message the
 * payloads are the decrypted ones once a row decrypted it ({@code plaintext} set), with the last ciphertext block
 * that becomes the exchange's IV when the message is accepted (RFC 2409 App. B).
 */
final class Inbound {
    final Datagram datagram;
    final IsakmpMessage message;
    List<IsakmpPayload> payloads;
    Bytes plaintext;
    byte[] lastBlock;

    Inbound(Datagram datagram, IsakmpMessage message) {
        this.datagram = datagram;
        this.message = message;
        this.payloads = message.payloads();
    }

    int messageId() {
        return message.header().messageId();
    }

    <P extends IsakmpPayload> Optional<P> first(Class<P> type) {
        for (IsakmpPayload p : payloads) {
            if (type.isInstance(p)) {
                return Optional.of(type.cast(p));
            }
        }
        return Optional.empty();
    }

    <P extends IsakmpPayload> List<P> all(Class<P> type) {
        return payloads.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
