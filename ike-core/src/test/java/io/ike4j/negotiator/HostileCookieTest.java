package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.Ikev2VendorIdPayload;
import io.ike4j.diag.FailureCounters.Packet;
import io.ike4j.sm.v2.Ikev2State;
import io.ike4j.transport.Datagram;
import io.ike4j.transport.DatagramEndpoint;
import io.ike4j.transport.NetEvent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10 item 4: cookies bind Ni, IPi and SPIi (RFC 7296 §2.6), half-open SAs are keyed so that one cookie opens
 * one SA (on main one cookie opened 50 from 50 ports), the secret rotates with a version octet and a short grace
 * period, and half-open SAs are limited per source address (one cookie-answering address held 3,000 on main) and in
 * all, with every refusal counted. Keep: a 50,000 IKE_SA_INIT flood is capped at the cookie threshold.
 */
@Tag("hostile")
class HostileCookieTest {
    static final int COOKIE = 16390;
    static final DatagramEndpoint ATTACKER = DatagramEndpoint.of("10.9.0.1", 500);

    static EnginePair.Config x25519() {
        EnginePair.Config c = new EnginePair.Config();
        c.ike = "aes128-sha256-x25519";
        return c;
    }

    /** IKE_SA_INIT requests of fresh SAs (own SPIi and Ni each), captured instead of sent. */
    static List<byte[]> templates(EnginePair p, EnginePair.Config c, int n) {
        List<byte[]> out = new ArrayList<>();
        EnginePair.Config quiet = x25519();
        quiet.impairments = new Impairments() {
            @Override
            public List<Datagram> outgoing(int saId, Datagram d) {
                out.add(d.payload().toByteArray());
                return List.of();
            }
        };
        EnginePair.Side s = p.attach(quiet, 77, DatagramEndpoint.of("10.9.9.9", 500));
        for (int i = 0; i < n; i++) {
            s.engine.initiate(quiet.ipsecProfile(), new Ikev2Peer(DatagramEndpoint.of("10.9.9.9", 500), EnginePair.R_ADDR));
        }
        return out;
    }

    /** The request again with N(COOKIE) as its first payload, all other payloads unchanged (§2.6). */
    static byte[] withCookie(byte[] request, Bytes cookie) {
        Ikev2Message m = Ikev2Codec.decode(request);
        List<Ikev2Payload> p = new ArrayList<>();
        p.add(Ikev2NotifyPayload.of(COOKIE, cookie));
        p.addAll(m.payloads());
        return Ikev2Codec.encode(new Ikev2Message(m.header(), p));
    }

    /** The cookie the responder sent after {@code mark}, to {@code to}. */
    static Bytes cookieSentAfter(EnginePair p, int mark, DatagramEndpoint to) {
        List<NetEvent> replies = Hostile.sentBy(p, EnginePair.R_ADDR, mark).stream().filter(e -> e.destination().equals(to)).toList();
        assertEquals(1, replies.size(), replies.toString());
        Ikev2NotifyPayload n = (Ikev2NotifyPayload) Ikev2Codec.decode(replies.get(0).wire()).payloads().get(0);
        assertEquals(COOKIE, n.notifyType());
        assertEquals(33, n.data().length(), "version octet + SHA-256");
        return n.data();
    }

    static EnginePair cookiesAlways(long seed) {
        EnginePair.Config r = x25519();
        r.cookieThreshold = 0;
        return new EnginePair(seed, x25519(), r);
    }

    @Test
    void oneCookieOpensOneSaNotFifty() {
        EnginePair p = cookiesAlways(400);
        byte[] t = templates(p, x25519(), 1).get(0);
        int mark = Hostile.mark(p);
        Hostile.toResponder(p, ATTACKER, t);
        byte[] admitted = withCookie(t, cookieSentAfter(p, mark, ATTACKER));
        Hostile.toResponder(p, ATTACKER, admitted);
        assertEquals(1, p.responder.engine.sas().size());
        int mark2 = Hostile.mark(p);
        for (int port = 40_000; port < 40_050; port++) {
            Hostile.toResponder(p, DatagramEndpoint.of("10.9.0.1", port), admitted);
        }
        assertEquals(1, p.responder.engine.sas().size(), "the same SPIi, address and Ni are one SA, whatever the port");
        assertEquals(1, p.responder.engine.core().halfOpen.from(ATTACKER.address()));
        List<NetEvent> replies = Hostile.sentBy(p, EnginePair.R_ADDR, mark2);
        assertEquals(50, replies.size(), "each identical copy gets the cached response once (RFC 7296 §2.1)");
        assertTrue(replies.stream().allMatch(e -> e.destination().equals(ATTACKER)), "to the address that proved itself");
        assertTrue(replies.stream().allMatch(e -> e.wire().length() <= admitted.length), "never more than came in");
    }

    /** The cookie binds Ni, SPIi and the address: changing any of them gets no SA, only a fresh cookie. */
    @Test
    void aCookieIsGoodOnlyForItsSpiNonceAndAddress() {
        EnginePair p = cookiesAlways(401);
        List<byte[]> t = templates(p, x25519(), 2);
        int mark = Hostile.mark(p);
        Hostile.toResponder(p, ATTACKER, t.get(0));
        Bytes cookie = cookieSentAfter(p, mark, ATTACKER);
        byte[] otherSpi = withCookie(t.get(0), cookie);
        otherSpi[7] ^= 1;
        byte[] otherNonceAndSpi = withCookie(t.get(1), cookie);
        Hostile.toResponder(p, ATTACKER, otherSpi);
        Hostile.toResponder(p, ATTACKER, otherNonceAndSpi);
        Hostile.toResponder(p, DatagramEndpoint.of("10.9.0.2", 500), withCookie(t.get(0), cookie));
        assertEquals(0, p.responder.engine.sas().size());
        assertEquals(3, p.responder.engine.counters().get(Packet.COOKIE_REJECTED));
        assertEquals(4, p.responder.engine.counters().get(Packet.COOKIE_SENT), "each gets a fresh cookie instead");
        Hostile.toResponder(p, ATTACKER, withCookie(t.get(0), cookie));
        assertEquals(1, p.responder.engine.sas().size(), "the genuine pair is admitted");
    }

    /** The secret rotates every 60 s; the previous one is honoured for 10 s more, never longer. */
    @Test
    void cookieSecretRotatesWithAVersionOctetAndAShortGrace() {
        EnginePair p = cookiesAlways(402);
        List<byte[]> t = templates(p, x25519(), 3);
        Bytes[] cookies = new Bytes[3];
        for (int i = 0; i < 3; i++) {
            int mark = Hostile.mark(p);
            Hostile.toResponder(p, ATTACKER, t.get(i));
            cookies[i] = cookieSentAfter(p, mark, ATTACKER);
        }
        int v0 = cookies[0].get(0);
        p.net.advance(Duration.ofSeconds(59));
        Hostile.toResponder(p, ATTACKER, withCookie(t.get(0), cookies[0]));
        assertEquals(1, p.responder.engine.sas().size(), "current secret");
        p.net.advance(Duration.ofSeconds(6)); // t = 65 s: rotated at 60, previous secret in grace until 70
        Hostile.toResponder(p, ATTACKER, withCookie(t.get(1), cookies[1]));
        assertEquals(2, p.responder.engine.sas().size(), "previous secret within the grace period");
        p.net.advance(Duration.ofSeconds(6)); // t = 71 s
        int mark = Hostile.mark(p);
        Hostile.toResponder(p, ATTACKER, withCookie(t.get(2), cookies[2]));
        assertEquals(2, p.responder.engine.sas().size(), "previous secret past its grace");
        assertEquals(1, p.responder.engine.counters().get(Packet.COOKIE_REJECTED));
        Bytes fresh = cookieSentAfter(p, mark, ATTACKER);
        assertEquals((v0 + 1) & 0xff, fresh.get(0), "the new secret has the next version octet");
        assertTrue(p.responder.engine.core().cookieSecrets.rotations >= 1);
    }

    /** An address that answers every cookie holds at most 5 half-open SAs (strongSwan's block_threshold). */
    @Test
    void cookieAnsweringAddressHoldsAtMostFiveHalfOpenSas() {
        EnginePair.Config r = x25519();
        r.cookieThreshold = 0;
        EnginePair.Config i = x25519();
        EnginePair p = new EnginePair(403, i, r);
        EnginePair.Config a = x25519();
        a.impairments = new Impairments() { // a flooder: completes IKE_SA_INIT (cookies included), never IKE_AUTH
            @Override
            public List<Datagram> outgoing(int saId, Datagram d) {
                return d.payload().get(18) == 35 ? List.of() : List.of(d);
            }
        };
        EnginePair.Side flooder = p.attach(a, 78, ATTACKER);
        for (int n = 0; n < 500; n++) {
            flooder.engine.initiate(a.ipsecProfile(), new Ikev2Peer(ATTACKER, EnginePair.R_ADDR));
        }
        p.net.advance(Duration.ofMillis(100));
        assertEquals(5, p.responder.engine.core().halfOpen.from(ATTACKER.address()));
        assertEquals(5, p.responder.engine.sas().size());
        assertEquals(495, p.responder.engine.counters().get(Packet.REFUSED_PER_ADDRESS));
        assertEquals(500, p.responder.engine.counters().get(Packet.COOKIE_SENT), "every attempt proved its address first");
        Hostile.legitimateStillWorks(p, i);
    }

    /** The engine-wide limit: 20 half-open SAs; new initiators are refused until entries expire, then admitted. */
    @Test
    void totalHalfOpenLimitRefusesThenRecovers() {
        EnginePair.Config r = x25519();
        r.cookieThreshold = -1;
        r.engineTweak = b -> b.halfOpenLimit(20);
        EnginePair.Config i = x25519();
        EnginePair p = new EnginePair(404, i, r);
        for (int k = 0; k < 10; k++) {
            EnginePair.Config a = x25519();
            a.impairments = new Impairments() {
                @Override
                public List<Datagram> outgoing(int saId, Datagram d) {
                    return d.payload().get(18) == 35 ? List.of() : List.of(d);
                }
            };
            DatagramEndpoint at = DatagramEndpoint.of("10.9.1." + (k + 1), 500);
            EnginePair.Side s = p.attach(a, 80 + k, at);
            for (int n = 0; n < 5; n++) {
                s.engine.initiate(a.ipsecProfile(), new Ikev2Peer(at, EnginePair.R_ADDR));
            }
        }
        p.net.advance(Duration.ofMillis(100));
        assertEquals(20, p.responder.engine.core().halfOpen.total());
        assertEquals(30, p.responder.engine.counters().get(Packet.REFUSED_HALF_OPEN_LIMIT));
        int id = p.initiate(i);
        RetransmissionAndDuplicateTest.runFor(p, Duration.ofSeconds(60));
        assertEquals(Ikev2State.READY, p.initiator.engine.sa(id).orElseThrow().state(),
                "admitted once the half-open entries expired (30 s)");
        assertTrue(p.responder.engine.counters().get(Packet.REFUSED_HALF_OPEN_LIMIT) > 30, "the legitimate one was refused first");
    }

    /**
     * A response larger than its unauthenticated request (here: a 300-octet vendor ID) goes only to an address that
     * returned our cookie; before that the answer is the (smaller) COOKIE.
     */
    @Test
    void aLargerResponseWaitsForACookie() {
        EnginePair.Config r = x25519();
        r.engineTweak = b -> b.vendorIds(List.of(new Ikev2VendorIdPayload(Bytes.wrap(new byte[300]))));
        EnginePair.Config i = x25519();
        EnginePair p = new EnginePair(405, i, r);
        byte[] t = templates(p, x25519(), 1).get(0);
        int mark = Hostile.mark(p);
        Hostile.toResponder(p, ATTACKER, t);
        List<NetEvent> first = Hostile.sentBy(p, EnginePair.R_ADDR, mark);
        assertEquals(1, first.size());
        assertTrue(first.get(0).wire().length() <= t.length, first.get(0).wire().length() + " > " + t.length);
        assertEquals(0, p.responder.engine.sas().size(), "no state for the unproven address");
        Bytes cookie = cookieSentAfter(p, mark, ATTACKER);
        int mark2 = Hostile.mark(p);
        byte[] again = withCookie(t, cookie);
        Hostile.toResponder(p, ATTACKER, again);
        List<NetEvent> second = Hostile.sentBy(p, EnginePair.R_ADDR, mark2);
        assertEquals(1, second.size());
        assertTrue(second.get(0).wire().length() > again.length, "the full response, once the address is proven");
        assertEquals(1, p.responder.engine.sas().size());
        p.initiate(i);
        p.net.runUntilIdle();
        assertEquals(1, p.initiator.up.size(), "a legitimate initiator gets through the extra round trip");
    }

    /**
     * Keep: 50,000 IKE_SA_INIT from 1,000 forged addresses create at most the threshold (100) of half-open SAs and
     * then only cookies, never more octets than came in; a legitimate initiator still connects.
     */
    @Test
    void fiftyThousandInitFloodIsCappedAtTheThresholdThenCookies() {
        EnginePair.Config i = x25519();
        EnginePair p = new EnginePair(406, i, x25519());
        byte[] t = templates(p, x25519(), 1).get(0);
        long in = 0;
        int mark = Hostile.mark(p);
        for (int k = 0; k < 50_000; k++) {
            byte[] d = t.clone();
            d[0] = (byte) (k >>> 16);
            d[1] = (byte) (k >>> 8);
            d[2] = (byte) k;
            in += d.length;
            p.net.sendRaw(DatagramEndpoint.of("10.200." + (k % 1000 / 250) + "." + (k % 250 + 1), 500), EnginePair.R_ADDR,
                    Bytes.wrap(d));
            if (k % 1000 == 999) {
                p.net.advance(Duration.ZERO);
            }
        }
        p.net.advance(Duration.ZERO);
        EngineCore core = p.responder.engine.core();
        assertEquals(100, core.halfOpen.peak(), "capped at the cookie threshold");
        assertEquals(49_900, p.responder.engine.counters().get(Packet.COOKIE_SENT));
        List<NetEvent> out = Hostile.sentBy(p, EnginePair.R_ADDR, mark);
        assertEquals(50_000, out.size(), "one answer per request");
        long outBytes = out.stream().mapToLong(e -> e.wire().length()).sum();
        assertTrue(outBytes <= in, outBytes + " octets out for " + in + " in");
        Hostile.legitimateStillWorks(p, i);
    }
}
