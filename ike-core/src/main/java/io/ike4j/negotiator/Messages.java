package io.ike4j.negotiator;

import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2Header;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2Payload;

import java.util.List;

/** Builds the octets of outgoing messages: plain (IKE_SA_INIT) or protected in SK (RFC 7296 §3.14). */
final class Messages {
    private Messages() {
    }

    /**
     * An encoded message with what the packet log shows, and its SKF fragments when it is to go cut (RFC 7383; null:
     * one datagram).
     */
    record Built(byte[] octets, Ikev2Message message, List<Ikev2Payload> inner, byte[][] fragments) {
    }

    /** RFC 7296 §3.1 flags: I when we are the original initiator, R on responses. */
    static Ikev2Header header(Ikev2Sa sa, int exchangeType, boolean response, long messageId) {
        int flags = (sa.initiator() ? Ikev2Header.FLAG_INITIATOR : 0) | (response ? Ikev2Header.FLAG_RESPONSE : 0);
        return new Ikev2Header(sa.spiI, sa.spiR, exchangeType, flags, messageId);
    }

    /** An unprotected message with header {@code h}, through the core's builder (impairment hooks included). */
    static Built plain(Ikev2Sa sa, EngineCore core, Ikev2Header h, List<Ikev2Payload> payloads) {
        return core.build(sa, h, payloads, false);
    }

    /** An SK-protected message, through the core's builder. */
    static Built protect(Ikev2Sa sa, EngineCore core, int exchangeType, boolean response, long messageId,
                         List<Ikev2Payload> inner) {
        return core.build(sa, new Outgoing(exchangeType, response, messageId, inner, true));
    }
}
