package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2Header;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2NoncePayload;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.iana.Ikev2NotifyType;
import io.ike4j.crypto.kdf.Ikev2Kdf;
import io.ike4j.diag.FailureCounters.Packet;
import io.ike4j.transport.Datagram;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;

/**
 * Admission of a new IKE_SA_INIT request (RFC 7296 §2.6), before any state is created:
 * <ol>
 * <li>Above {@code cookieThreshold} half-open SAs, the request must carry a valid N(COOKIE) as its first
 *     payload, else it is answered statelessly with a fresh one. Cookie = version | SHA-256(Ni | IPi | SPIi |
 *     secret): one octet naming the secret, so the responder can rotate it and still accept the previous
 *     one for a short grace period ({@link CookieSecrets}).</li>
 * <li>At most {@code halfOpenPerAddress} half-open SAs per source address (strongSwan's
 *     {@code block_threshold}) and {@code halfOpenLimit} in all; beyond them the request is dropped
 *     silently and counted.</li>
 * </ol>
 * Every answer sent here is smaller than the request it answers (no amplification, §2.21.4).
 */
final class Cookies {
    private static final int COOKIE = Ikev2NotifyType.COOKIE.number();

    private Cookies() {
    }

    /** What admission decided. {@code returnRoutable}: the request carried our valid cookie. */
    record Admission(boolean admitted, boolean returnRoutable) {
        static final Admission REFUSED = new Admission(false, false);
    }

    static Admission admit(EngineCore core, Datagram d, Ikev2Message m, Ikev2NoncePayload ni) {
        boolean valid = carriesValidCookie(core, d, m, ni);
        if (!valid && core.cookieThreshold >= 0 && core.halfOpen.total() >= core.cookieThreshold) {
            ask(core, d, m, ni);
            return Admission.REFUSED;
        }
        if (core.halfOpen.from(d.remote().address()) >= core.halfOpenPerAddress) {
            refuse(core, d, Packet.REFUSED_PER_ADDRESS, "half-open SAs from " + d.remote().address().getHostAddress()
                    + " at the per-address limit of " + core.halfOpenPerAddress);
            return Admission.REFUSED;
        }
        if (core.halfOpen.total() >= core.halfOpenLimit) {
            refuse(core, d, Packet.REFUSED_HALF_OPEN_LIMIT, "half-open SAs at the limit of " + core.halfOpenLimit);
            return Admission.REFUSED;
        }
        return new Admission(true, valid);
    }

    /** Answers with N(COOKIE) and keeps nothing; the answer is never larger than the request. */
    static void ask(EngineCore core, Datagram d, Ikev2Message m, Ikev2NoncePayload ni) {
        byte[] cookie = compute(core, core.cookieSecrets.current(core.now), ni, d, m.header().initiatorSpi());
        Ikev2Header h = new Ikev2Header(m.header().initiatorSpi(), Ikev2Sa.ZERO_SPI, m.header().exchangeType(),
                Ikev2Header.FLAG_RESPONSE, 0);
        byte[] octets = Ikev2Codec.encode(new Ikev2Message(h, List.of(Ikev2NotifyPayload.of(COOKIE, Bytes.wrap(cookie)))));
        if (octets.length > d.payload().length()) {
            refuse(core, d, Packet.DROPPED_AMPLIFICATION, "COOKIE answer of " + octets.length
                    + " octets would exceed the " + d.payload().length() + "-octet request");
            return;
        }
        core.outbound.send(Datagram.of(octets, d.local(), d.remote()));
        core.counters.count(Packet.COOKIE_SENT);
        core.counters.count(Packet.OUTBOUND_OK);
    }

    private static boolean carriesValidCookie(EngineCore core, Datagram d, Ikev2Message m, Ikev2NoncePayload ni) {
        List<Ikev2Payload> p = m.payloads();
        if (p.isEmpty() || !(p.get(0) instanceof Ikev2NotifyPayload n) || n.notifyType() != COOKIE) {
            return false;
        }
        Bytes got = n.data();
        if (got.length() != 1 + 32) {
            core.counters.count(Packet.COOKIE_REJECTED);
            return false;
        }
        CookieSecrets.Secret s = core.cookieSecrets.forVersion(got.get(0), core.now);
        if (s == null || !MessageDigest.isEqual(compute(core, s, ni, d, m.header().initiatorSpi()), got.toByteArray())) {
            core.counters.count(Packet.COOKIE_REJECTED); // §2.6: ignore it, process as if none was included
            return false;
        }
        return true;
    }

    /** version | SHA-256(Ni | IPi | SPIi | secret): the last 33 octets of {@link Ikev2Kdf#cookie}'s 4-octet-version form. */
    private static byte[] compute(EngineCore core, CookieSecrets.Secret s, Ikev2NoncePayload ni, Datagram d, Bytes spiI) {
        byte[] c = Ikev2Kdf.cookie(s.version(), s.secret(), ni.nonce().toByteArray(), d.remote().address().getAddress(),
                spiI.toByteArray());
        return Arrays.copyOfRange(c, 3, c.length);
    }

    private static void refuse(EngineCore core, Datagram d, Packet counter, String why) {
        core.counters.count(counter);
        core.dropLog.line(DropLog.Kind.ADMISSION, null, core.now, "IKEv2:Dropping IKE_SA_INIT from " + d.remote() + ": " + why);
    }
}
