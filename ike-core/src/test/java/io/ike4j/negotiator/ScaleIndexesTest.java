package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.config.IkeIdentity;
import io.ike4j.crypto.RandomSource;
import io.ike4j.diag.FailureCounters.Packet;
import io.ike4j.diag.FailureReason;
import io.ike4j.negotiator.auth.IdPayloads;
import io.ike4j.sm.v2.Ikev2State;
import io.ike4j.transport.DatagramEndpoint;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11 point 4 (nothing scans all SAs), point 6 (internal errors have their own reason) and point 7 (the
 * responder honours the initiator's IDr), as far as they are in the code now.
 */
class ScaleIndexesTest {

    static Ikev2Engine silentInitiators(int n, List<Integer> ids) {
        EnginePair.Config c = new EnginePair.Config();
        c.ike = "aes128-sha256-x25519";
        Ikev2Engine e = Ikev2Engine.builder().configuration(c.build()).crypto(EnginePair.CRYPTO)
                .random(RandomSource.deterministic(5)).outbound(d -> { }).startTime(Instant.EPOCH).build();
        for (int i = 0; i < n; i++) {
            ids.add(e.initiate(c.ipsecProfile(), new Ikev2Peer(EnginePair.I_ADDR, DatagramEndpoint.of("10.9." + (i / 250) + "." + (i % 250 + 1), 500))));
        }
        return e;
    }

    /** A tick with nothing due looks at no SA, however many there are; a due tick looks at the due ones once. */
    @Test
    void timersLookOnlyAtDueSas() {
        for (int n : new int[] {200, 2_000}) {
            List<Integer> ids = new ArrayList<>();
            Ikev2Engine e = silentInitiators(n, ids);
            EngineCore core = e.core();
            for (int ms = 100; ms < 4_000; ms += 100) {
                e.advanceTime(Instant.EPOCH.plusMillis(ms));
            }
            assertEquals(0, core.timerLooks, n + " SAs: 39 ticks before the first retransmission look at none");
            e.advanceTime(Instant.EPOCH.plusMillis(4_000));
            assertEquals(n, core.timerLooks, "at 4 s each SA is looked at once");
            assertEquals(n, e.counters().get(Packet.RETRANSMITTED));
            e.advanceTime(Instant.EPOCH.plusMillis(4_100));
            assertEquals(n, core.timerLooks, "and not again until its next retransmission");
            assertTrue(core.timers.size() <= n, "one entry per SA: " + core.timers.size());
            long looks = core.timerLooks;
            for (int sec = 5; sec <= 170; sec++) {
                e.advanceTime(Instant.EPOCH.plusSeconds(sec));
            }
            assertEquals(0, e.sas().size(), "all gave up after 5 retransmits (165 s)");
            assertEquals(looks + 5L * n, core.timerLooks, "166 one-second ticks: each SA looked at 5 more times, no more");
            assertEquals(n, e.counters().get(FailureReason.PEER_UNREACHABLE));
            assertEquals(0, core.timers.size(), "dead SAs leave the timer queue: nothing keeps them reachable");
        }
    }

    /** Deleting and looking up by SA ID use the index (and still find exactly the right SA). */
    @Test
    void saIdIndexFindsAndForgets() {
        List<Integer> ids = new ArrayList<>();
        Ikev2Engine e = silentInitiators(50, ids);
        assertEquals(ids.get(17), e.sa(ids.get(17)).orElseThrow().saId());
        assertTrue(e.delete(ids.get(17)), "an SA not yet established is dropped locally");
        assertTrue(e.sa(ids.get(17)).isEmpty());
        assertEquals(49, e.sas().size());
        assertEquals(49, e.core().sas.size());
        assertTrue(!e.delete(ids.get(17)), "gone");
    }

    /** ESP SPIs are unique by check: a random source that repeats itself does not make two SAs share one. */
    @Test
    void espSpisAreUniqueEvenWhenTheRandomSourceRepeats() {
        byte[][] script = {{0, 0, 0, 7}, {0x11, 0x22, 0x33, 0x44}, {0x11, 0x22, 0x33, 0x44}, {0x55, 0x66, 0x77, (byte) 0x88}};
        int[] at = {0};
        RandomSource repeating = out -> {
            byte[] next = script[Math.min(at[0]++, script.length - 1)];
            for (int i = 0; i < out.length; i++) {
                out[i] = next[i % next.length];
            }
        };
        EnginePair.Config c = new EnginePair.Config();
        EngineCore core = Ikev2Engine.builder().configuration(c.build()).crypto(EnginePair.CRYPTO).random(repeating)
                .outbound(d -> { }).build().core();
        Bytes a = core.newEspSpi();
        Bytes b = core.newEspSpi();
        assertEquals(Bytes.wrap(new byte[] {0x11, 0x22, 0x33, 0x44}), a, "0x00000007 is reserved (RFC 4303 §2.1)");
        assertNotEquals(a, b, "the repeat was refused");
        assertEquals(Bytes.wrap(new byte[] {0x55, 0x66, 0x77, (byte) 0x88}), b);
        assertEquals(Set.of(a, b), new HashSet<>(core.espSpis.keySet()));
    }

    /** An exception inside a row is a bug: it fails the SA as "internal error", never as the peer's bad input. */
    @Test
    void internalErrorsHaveTheirOwnReason() {
        EnginePair.Config i = new EnginePair.Config();
        i.impairments = new Impairments() {
            @Override
            public List<Ikev2Payload> payloads(int saId, int exchangeType, boolean response, long messageId, List<Ikev2Payload> p) {
                if (exchangeType == 35) {
                    throw new IllegalStateException("a bug, for the test");
                }
                return p;
            }
        };
        EnginePair p = new EnginePair(950, i, new EnginePair.Config());
        p.initiate(i);
        p.net.runUntilIdle();
        assertEquals(1, p.initiator.failures.size());
        assertEquals(FailureReason.INTERNAL_ERROR, p.initiator.failures.get(0).reason());
        assertEquals(1, p.initiator.engine.counters().get(Packet.INTERNAL_ERROR));
        assertEquals(0, p.initiator.engine.counters().get(FailureReason.MALFORMED_PAYLOAD));
    }

    static EnginePair withIdr(long seed, String idr, EnginePair.Config r) {
        EnginePair.Config i = new EnginePair.Config();
        i.matchRemote = "0.0.0.0";
        i.impairments = new Impairments() { // an initiator that names the responder identity it wants (RFC 7296 §3.5)
            @Override
            public List<Ikev2Payload> payloads(int saId, int exchangeType, boolean response, long messageId, List<Ikev2Payload> p) {
                if (exchangeType != 35 || response) {
                    return p;
                }
                List<Ikev2Payload> out = new ArrayList<>(p);
                out.add(1, IdPayloads.toPayload(false, IkeIdentity.infer(idr)));
                return out;
            }
        };
        EnginePair pair = new EnginePair(seed, i, r);
        pair.initiate(i);
        pair.net.runUntilIdle();
        return pair;
    }

    @Test
    void responderHonoursTheInitiatorsIdrWhenItMay() {
        EnginePair p = withIdr(960, "vpn.example.net", new EnginePair.Config());
        assertEquals(Ikev2State.READY, p.initiator.engine.sas().get(0).state(), p.initiator.failures.toString());
        assertEquals(IkeIdentity.infer("vpn.example.net"), Hostile.responderSa(p).localId().orElseThrow());
        assertEquals(IkeIdentity.infer("vpn.example.net"), p.initiator.engine.sas().get(0).remoteId().orElseThrow());
        // an address that is not ours is not claimed: the responder answers with its own
        EnginePair q = withIdr(961, "192.0.2.99", new EnginePair.Config());
        assertEquals(IkeIdentity.address(EnginePair.R_ADDR.address()), Hostile.responderSa(q).localId().orElseThrow());
        // a configured identity local wins
        EnginePair.Config r = new EnginePair.Config();
        r.localId = "gw.example.org";
        EnginePair s = withIdr(962, "vpn.example.net", r);
        assertEquals(IkeIdentity.infer("gw.example.org"), Hostile.responderSa(s).localId().orElseThrow());
    }

    /** Once READY, the IKE_SA_INIT/IKE_AUTH working memory is gone on both sides; what later exchanges need stays. */
    @Test
    void handshakeWorkingMemoryIsFreedAtReady() {
        EnginePair.Config i = new EnginePair.Config();
        EnginePair p = Hostile.ready(970, i, new EnginePair.Config());
        for (EnginePair.Side side : List.of(p.initiator, p.responder)) {
            Ikev2Sa sa = Hostile.internal(side, side.engine.sas().get(0));
            assertEquals(null, sa.initRequest);
            assertEquals(null, sa.initResponse);
            assertEquals(null, sa.peerKeData);
            assertEquals(null, sa.keyExchange);
            assertEquals(null, sa.sharedSecret);
            assertEquals(null, sa.localIdPayload);
            assertEquals(null, sa.peerIdPayload);
            assertEquals(null, sa.inBytes, "the last message is released when its run ends");
            assertEquals(List.of(), sa.inPayloads);
            assertEquals(List.of(), sa.peerCerts);
            assertTrue(sa.keys != null && sa.protector != null && sa.childCount() == 1, "keys and the CHILD_SA stay");
        }
        Ikev2Sa r = Hostile.internal(p.responder, Hostile.responderSa(p));
        assertTrue(r.cachedResponse().response.length > 0, "the IKE_AUTH response stays for retransmissions");
        Hostile.legitimateStillWorks(p, i);
    }

    /** RFC 7296 §2.1: the cached response may be forgotten after several minutes; a late copy is then ignored. */
    @Test
    void cachedResponseIsForgottenAfterItsLifetime() {
        EnginePair.Config rc = new EnginePair.Config();
        rc.engineTweak = b -> b.cachedResponseLifetime(Duration.ofSeconds(60));
        EnginePair p = Hostile.ready(971, new EnginePair.Config(), rc);
        byte[] authRequest = p.net.events(io.ike4j.transport.NetEvent.Kind.SENT).get(2).wire().toByteArray();
        p.net.advance(Duration.ofSeconds(30));
        int mark = Hostile.mark(p);
        Hostile.toResponder(p, EnginePair.I_ADDR, authRequest);
        assertEquals(1, Hostile.sentBy(p, EnginePair.R_ADDR, mark).size(), "answered within the lifetime");
        p.net.advance(Duration.ofSeconds(31));
        assertEquals(null, Hostile.internal(p.responder, Hostile.responderSa(p)).cachedResponse());
        int mark2 = Hostile.mark(p);
        Hostile.toResponder(p, EnginePair.I_ADDR, authRequest);
        assertEquals(List.of(), Hostile.sentBy(p, EnginePair.R_ADDR, mark2), "forgotten: ignored, not answered anew");
        assertEquals(Ikev2State.READY, Hostile.responderSa(p).state());
    }
}
