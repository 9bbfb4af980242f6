package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2Header;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2NoncePayload;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.iana.Ikev2NotifyType;
import io.ike4j.crypto.kdf.Ikev2Kdf;
import io.ike4j.sm.v2.Ikev2State;
import io.ike4j.transport.Datagram;

import java.util.List;
import java.util.Optional;

/**
 * Stateless cookies against IKE_SA_INIT floods (RFC 7296 §2.6): once more than {@code threshold} responder
 * SAs are half-open, a new IKE_SA_INIT is answered with N(COOKIE) = version | SHA-256(Ni | IPi | SPIi |
 * secret) and no state, until the initiator repeats it with that cookie first.
 */
final class Cookies {
    private static final int COOKIE = Ikev2NotifyType.COOKIE.number();
    private static final int VERSION = 1;

    private Cookies() {
    }

    /** True when the request may proceed; otherwise a COOKIE response has been sent (or the request dropped). */
    static boolean admit(EngineCore core, Datagram d, Ikev2Message m) {
        if (core.cookieThreshold < 0 || halfOpen(core) < core.cookieThreshold) {
            return true;
        }
        Optional<Ikev2NoncePayload> ni = Payloads.first(m.payloads(), Ikev2NoncePayload.class);
        if (ni.isEmpty()) {
            return true; // malformed anyway: EV_VERIFY_MSG answers INVALID_SYNTAX
        }
        byte[] expected = Ikev2Kdf.cookie(VERSION, core.cookieSecret, ni.get().nonce().toByteArray(),
                d.remote().address().getAddress(), m.header().initiatorSpi().toByteArray());
        List<Ikev2Payload> p = m.payloads();
        if (!p.isEmpty() && p.get(0) instanceof Ikev2NotifyPayload n && n.notifyType() == COOKIE
                && java.security.MessageDigest.isEqual(expected, n.data().toByteArray())) {
            return true;
        }
        Ikev2Header h = new Ikev2Header(m.header().initiatorSpi(), Ikev2Sa.ZERO_SPI, m.header().exchangeType(),
                Ikev2Header.FLAG_RESPONSE, 0);
        byte[] octets = io.ike4j.codec.v2.Ikev2Codec.encode(new Ikev2Message(h,
                List.of(Ikev2NotifyPayload.of(COOKIE, Bytes.wrap(expected)))));
        core.outbound.send(Datagram.of(octets, d.local(), d.remote()));
        core.counters.count(io.ike4j.diag.FailureCounters.Packet.COOKIE_SENT);
        return false;
    }

    static long halfOpen(EngineCore core) {
        return core.byInitiatorSpi.values().stream().filter(s -> s.state != Ikev2State.READY).count();
    }
}
