package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2Header;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2SkPlaintext;
import io.ike4j.crypto.kdf.Ikev2SaKeys;
import io.ike4j.diag.FailureCounters.Packet;
import io.ike4j.sa.IkeSaInfo;
import io.ike4j.sm.v2.Ikev2State;
import io.ike4j.transport.Datagram;
import io.ike4j.transport.NetEvent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10 item 3: fragment reassembly (RFC 7383) bounded by count, reassembled size (10,000 octets), time and the
 * engine's total reassembly memory; every fragment's ICV checked before it is stored; any violation drops the
 * partial message. The attacker here holds the SA's keys (anyone can complete IKE_SA_INIT): on main it could keep
 * 64 fragments of any size per half-open SA (100 SAs held 402 MiB).
 */
@Tag("hostile")
class HostileFragmentTest {
    static final int IKE_AUTH = 35;
    static final int INFORMATIONAL = 37;

    static Ikev2Header authRequest(IkeSaInfo r) {
        return Forger.header(r, true, IKE_AUTH, false, 1);
    }

    @Test
    void reassembledSizeIsCappedAtTenThousandOctets() {
        EnginePair p = Hostile.halfOpen(300);
        IkeSaInfo r = Hostile.responderSa(p);
        EngineCore core = p.responder.engine.core();
        Hostile.Snapshot before = Hostile.Snapshot.of(p.responder, r);
        int mark = Hostile.mark(p);
        for (int n = 1; n <= 32; n++) {
            Hostile.toResponder(p, EnginePair.I_ADDR, Forger.fragment(r, Hostile.keys(p), authRequest(r), 41, n, 32, new byte[1000]));
            assertTrue(core.reassemblyBytes <= 10_000, "held " + core.reassemblyBytes + " after fragment " + n);
        }
        assertEquals(10_000, core.reassemblyPeak, "ten 1,000-octet fragments fit, the eleventh does not");
        // dropped at fragment 11 and again at 22 (each restart holds at most ten); 23..32 are held now
        assertEquals(10_000, core.reassemblyBytes);
        assertEquals(2, p.responder.engine.counters().get(Packet.DROPPED_FRAGMENT));
        assertEquals(List.of(), Hostile.sentBy(p, EnginePair.R_ADDR, mark), "nothing answered");
        assertEquals(before, Hostile.Snapshot.of(p.responder, r), "the SA is untouched");
        Hostile.completes(p);
        assertEquals(0, core.reassemblyBytes, "the unfragmented IKE_AUTH made the partial one moot");
    }

    @Test
    void moreFragmentsThanTheLimitAreRefusedBeforeDecryption() {
        EnginePair p = Hostile.halfOpen(301);
        IkeSaInfo r = Hostile.responderSa(p);
        for (int n = 1; n <= 33; n++) {
            Hostile.toResponder(p, EnginePair.I_ADDR, Forger.fragment(r, Hostile.keys(p), authRequest(r), 41, n, 33, new byte[100]));
        }
        assertEquals(0, p.responder.engine.core().reassemblyPeak, "33 > 32 fragments: nothing stored");
        assertEquals(33, p.responder.engine.counters().get(Packet.DROPPED_FRAGMENT));
        assertEquals(0, p.responder.engine.counters().get(Packet.DROPPED_ICV), "refused before the ICV was computed");
        Hostile.completes(p);
    }

    /** RFC 7383 §2.6: a replayed fragment and a smaller total are discarded; a greater total restarts reassembly. */
    @Test
    void replaysAndSmallerTotalsAreDiscardedAGreaterTotalRestarts() {
        EnginePair p = Hostile.halfOpen(302);
        IkeSaInfo r = Hostile.responderSa(p);
        EngineCore core = p.responder.engine.core();
        Ikev2SaKeys k = Hostile.keys(p);
        Hostile.toResponder(p, EnginePair.I_ADDR, Forger.fragment(r, k, authRequest(r), 41, 1, 4, new byte[300]));
        Hostile.toResponder(p, EnginePair.I_ADDR, Forger.fragment(r, k, authRequest(r), 41, 1, 4, new byte[300]));
        Hostile.toResponder(p, EnginePair.I_ADDR, Forger.fragment(r, k, authRequest(r), 41, 2, 3, new byte[300]));
        assertEquals(300, core.reassemblyBytes, "replay and smaller total not stored");
        assertEquals(2, p.responder.engine.counters().get(Packet.DROPPED_FRAGMENT));
        Hostile.toResponder(p, EnginePair.I_ADDR, Forger.fragment(r, k, authRequest(r), 41, 2, 5, new byte[200]));
        assertEquals(200, core.reassemblyBytes, "a greater total starts over with just that fragment");
        Hostile.completes(p);
    }

    /** A partial message is kept at most the fragment timeout (10 s here), then dropped and its memory freed. */
    @Test
    void partialMessagesExpire() {
        EnginePair.Config i = new EnginePair.Config();
        EnginePair.Config rc = new EnginePair.Config();
        rc.engineTweak = b -> b.fragmentLimits(32, 10_000, Duration.ofSeconds(10), 4L << 20);
        EnginePair p = Hostile.ready(303, i, rc);
        IkeSaInfo r = Hostile.responderSa(p);
        EngineCore core = p.responder.engine.core();
        Hostile.toResponder(p, EnginePair.I_ADDR, Forger.fragment(r, Hostile.keys(p),
                Forger.header(r, true, INFORMATIONAL, false, 2), 41, 1, 2, new byte[500]));
        assertEquals(500, core.reassemblyBytes);
        p.net.advance(Duration.ofSeconds(9));
        assertEquals(500, core.reassemblyBytes);
        p.net.advance(Duration.ofSeconds(2));
        assertEquals(0, core.reassemblyBytes, "dropped after 10 s");
        assertEquals(1, p.responder.engine.counters().get(Packet.DROPPED_FRAGMENT));
        assertEquals(Ikev2State.READY, Hostile.responderSa(p).state());
        assertEquals(2, Hostile.responderSa(p).expectedRequestId(), "message ID 2 still free for the peer");
        Hostile.legitimateStillWorks(p, i);
    }

    /**
     * Twenty half-open SAs, each filling a partial message with 4,000 octets, against an engine allowed 50,000 octets
     * of reassembly in all: the engine never holds more, the excess partial messages are dropped, and legitimate
     * handshakes go on.
     */
    @Test
    void engineReassemblyMemoryIsCappedAcrossSas() {
        AtomicBoolean dropAuth = new AtomicBoolean(true);
        EnginePair.Config i = new EnginePair.Config();
        i.impairments = new Impairments() {
            @Override
            public List<Datagram> outgoing(int saId, Datagram d) {
                boolean auth = d.payload().length() > 17 && d.payload().get(18) == IKE_AUTH;
                return auth && dropAuth.get() ? List.of() : List.of(d);
            }
        };
        EnginePair.Config rc = new EnginePair.Config();
        rc.engineTweak = b -> b.halfOpenPerAddress(100).fragmentLimits(32, 10_000, Duration.ofSeconds(30), 50_000);
        EnginePair p = new EnginePair(304, i, rc);
        for (int n = 0; n < 20; n++) {
            p.initiate(i);
        }
        p.net.advance(Duration.ofMillis(100));
        assertEquals(20, p.responder.engine.sas().size());
        EngineCore core = p.responder.engine.core();
        for (int n = 0; n < 20; n++) {
            IkeSaInfo sa = p.initiator.keyInfos.get(n);
            Hostile.toResponder(p, EnginePair.I_ADDR, Forger.fragment(sa, p.initiator.keyLog.get(n), authRequest(sa), 41, 1, 2,
                    new byte[4000]));
            assertTrue(core.reassemblyBytes <= 50_000, "held " + core.reassemblyBytes);
        }
        assertEquals(48_000, core.reassemblyPeak, "12 partial messages fit in 50,000 octets");
        assertEquals(8, p.responder.engine.counters().get(Packet.DROPPED_FRAGMENT));
        dropAuth.set(false);
        Hostile.legitimateStillWorks(p, i);
    }

    /**
     * While one half-open SA floods the responder with fragments (a 12,000-octet partial message and garbage), another
     * SA's legitimate IKE_AUTH request, sent in 60-octet SKF fragments, is reassembled and answered.
     */
    @Test
    void legitimateFragmentedRequestStillReassembles() throws Exception {
        List<Datagram> held = new java.util.ArrayList<>();
        EnginePair.Config i = new EnginePair.Config();
        i.impairments = new Impairments() {
            @Override
            public List<Datagram> outgoing(int saId, Datagram d) {
                if (d.payload().length() > 17 && d.payload().get(18) == IKE_AUTH && !d.payload().equals(Bytes.EMPTY)) {
                    held.add(d);
                    return List.of();
                }
                return List.of(d);
            }
        };
        EnginePair p = new EnginePair(305, i, new EnginePair.Config());
        p.initiate(i);
        p.initiate(i);
        p.net.advance(Duration.ofMillis(100));
        assertEquals(2, held.size());
        IkeSaInfo hostile = p.initiator.keyInfos.get(0);
        Ikev2SaKeys hk = p.initiator.keyLog.get(0);
        for (int n = 1; n <= 12; n++) { // a 12,000-octet partial message: dropped at 10,000
            Hostile.toResponder(p, EnginePair.I_ADDR, Forger.fragment(hostile, hk, authRequest(hostile), 41, n, 12, new byte[1000]));
        }
        Hostile.toResponder(p, EnginePair.I_ADDR, Forger.rawSk(authRequest(hostile), new byte[200])); // and garbage
        IkeSaInfo good = p.initiator.keyInfos.get(1);
        Ikev2SaKeys gk = p.initiator.keyLog.get(1);
        Bytes request = held.get(1).payload();
        Ikev2Message m = Ikev2Codec.decode(request);
        Ikev2SkPlaintext plain = Forger.protector(good).unprotect(request, m, Forger.skKeys(gk));
        List<byte[]> fragments = Forger.skf(good, gk, m.header(), plain.innerNextPayload(),
                plain.payloadBytes().toByteArray(), 60, 0);
        assertTrue(fragments.size() >= 3, fragments.size() + " fragments");
        for (byte[] f : fragments) {
            Hostile.toResponder(p, EnginePair.I_ADDR, f);
        }
        p.net.runUntilIdle();
        assertEquals(Ikev2State.READY, p.initiator.engine.sa(good.saId()).orElseThrow().state());
        assertEquals(1, p.responder.engine.sas().stream().filter(s -> s.state() == Ikev2State.READY).count());
        assertEquals(1, p.initiator.children.size());
        assertEquals(1000, p.responder.engine.core().reassemblyBytes, "only the hostile SA's restarted partial is left");
    }
}
