package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.crypto.kdf.Ikev2SaKeys;
import io.ike4j.sa.ChildSa;
import io.ike4j.sa.IkeSaInfo;
import io.ike4j.sm.v2.Ikev2State;
import io.ike4j.transport.DatagramEndpoint;
import io.ike4j.transport.IkeFraming;
import io.ike4j.transport.NetEvent;

import io.ike4j.transport.SimulatedNetwork;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every hostile test needs: a pair caught half-open (IKE_SA_INIT done, the initiator's IKE_AUTH held back
 * on the wire), attacker datagrams put on the simulated network from any source, the replies they drew, a
 * snapshot of an SA to compare before and after, and the proof that the legitimate peers still work.
 */
final class Hostile {
    /** An attacker on the initiator's address, other port (what the issue measured). */
    static final DatagramEndpoint SAME_HOST = DatagramEndpoint.of("10.0.0.1", 4444);
    /** An attacker somewhere else. */
    static final DatagramEndpoint ELSEWHERE = DatagramEndpoint.of("10.66.0.7", 500);
    /** How long the legitimate IKE_AUTH request is held back in {@link #halfOpen}. */
    static final Duration HELD = Duration.ofSeconds(2);

    private Hostile() {
    }

    /** A pair whose responder is R_WAIT_AUTH: datagram 3 (the IKE_AUTH request) is delayed by {@link #HELD}. */
    static EnginePair halfOpen(long seed, EnginePair.Config i, EnginePair.Config r) {
        EnginePair p = new EnginePair(seed, i, r);
        p.net.delayNth(3, HELD);
        p.initiate(i);
        p.net.advance(Duration.ofMillis(100));
        assertEquals(Ikev2State.R_WAIT_AUTH, responderSa(p).state());
        assertEquals(Ikev2State.I_WAIT_AUTH, p.initiator.engine.sas().get(0).state());
        return p;
    }

    static EnginePair halfOpen(long seed) {
        return halfOpen(seed, new EnginePair.Config(), new EnginePair.Config());
    }

    /** A pair with one READY IKE SA. */
    static EnginePair ready(long seed, EnginePair.Config i, EnginePair.Config r) {
        EnginePair p = new EnginePair(seed, i, r);
        p.initiate(i);
        p.net.runUntilIdle();
        assertEquals(Ikev2State.READY, responderSa(p).state());
        return p;
    }

    static IkeSaInfo responderSa(EnginePair p) {
        List<IkeSaInfo> sas = p.responder.engine.sas();
        assertEquals(1, sas.size(), sas.toString());
        return sas.get(0);
    }

    static Ikev2Sa internal(EnginePair.Side side, IkeSaInfo info) {
        return side.engine.core().sas.byLocalSpi(info.localSpi());
    }

    /** The initiator's keys of its first SA (both sides derive the same SK_*). */
    static Ikev2SaKeys keys(EnginePair p) {
        return p.initiator.keyLog.get(0);
    }

    /** Send numbers of the attacker's datagrams per network, so that replies can be told from them. */
    private static final Map<SimulatedNetwork, Set<Long>> INJECTED = java.util.Collections.synchronizedMap(new WeakHashMap<>());

    /** Puts an attacker datagram on the wire (any source, spoofed or not) and delivers everything due now. */
    static void inject(EnginePair p, DatagramEndpoint from, DatagramEndpoint to, byte[] ike) {
        p.net.sendRaw(from, to, Bytes.wrap(IkeFraming.encode(Bytes.wrap(ike), from.port(), to.port())));
        INJECTED.computeIfAbsent(p.net, n -> new HashSet<>()).add(p.net.sentCount());
        p.net.advance(Duration.ZERO);
    }

    static void toResponder(EnginePair p, DatagramEndpoint from, byte[] ike) {
        inject(p, from, EnginePair.R_ADDR, ike);
    }

    /** Datagrams the engine at {@code sender} put on the wire after log position {@code mark} (not the attacker's). */
    static List<NetEvent> sentBy(EnginePair p, DatagramEndpoint sender, int mark) {
        Set<Long> injected = INJECTED.getOrDefault(p.net, Set.of());
        return p.net.log().subList(mark, p.net.log().size()).stream()
                .filter(e -> e.kind() == NetEvent.Kind.SENT && e.source().equals(sender) && !injected.contains(e.seq()))
                .toList();
    }

    /** Datagrams either engine sent after {@code mark}. */
    static List<NetEvent> engineSends(EnginePair p, int mark) {
        List<NetEvent> out = new java.util.ArrayList<>(sentBy(p, EnginePair.I_ADDR, mark));
        out.addAll(sentBy(p, EnginePair.R_ADDR, mark));
        return out;
    }

    static int mark(EnginePair p) {
        return p.net.log().size();
    }

    /** What an SA looks like from outside and inside: state, message IDs, outstanding request, cached response. */
    record Snapshot(Enum<?> state, long nextRequestId, long expectedRequestId, Object outstanding, Object cached,
                    int failures) {
        static Snapshot of(EnginePair.Side side, IkeSaInfo info) {
            Ikev2Sa sa = internal(side, info);
            IkeSaInfo now = side.engine.sas().stream().filter(s -> s.saId() == info.saId()).findFirst().orElseThrow();
            return new Snapshot(now.state(), now.nextRequestId(), now.expectedRequestId(), sa.outstanding() == null ? null : sa.outstanding().request,
                    sa.cachedResponse() == null ? null : sa.cachedResponse().response, side.failures.size());
        }
    }

    /** Lets the held IKE_AUTH through and checks the handshake completes as if nothing had happened. */
    static void completes(EnginePair p) {
        p.net.advance(HELD.plusSeconds(1));
        p.net.runUntilIdle();
        assertEquals(List.of(), p.initiator.failures);
        assertEquals(List.of(), p.responder.failures);
        assertEquals(Ikev2State.READY, p.initiator.engine.sas().get(0).state());
        assertEquals(Ikev2State.READY, responderSa(p).state());
        childKeysMirror(p, 0);
    }

    static void childKeysMirror(EnginePair p, int index) {
        ChildSa ci = p.initiator.children.get(index);
        ChildSa cr = p.responder.children.get(index);
        assertEquals(ci.inboundSpi(), cr.outboundSpi());
        assertArrayEquals(ci.encrKeyOut().copy(), cr.encrKeyIn().copy());
        assertArrayEquals(ci.encrKeyIn().copy(), cr.encrKeyOut().copy());
    }

    /**
     * The legitimate side still works after the attack: a fresh IKE SA comes up (CHILD_SA keys mirrored), and an
     * INFORMATIONAL DELETE of it is answered and removes it on both sides.
     */
    static void legitimateStillWorks(EnginePair p, EnginePair.Config i) {
        int before = p.initiator.up.size();
        int children = p.initiator.children.size();
        int id = p.initiate(i);
        p.net.runUntilIdle();
        assertEquals(before + 1, p.initiator.up.size(), "a fresh IKE SA comes up: " + p.initiator.failures);
        assertEquals(Ikev2State.READY, p.initiator.engine.sa(id).orElseThrow().state());
        childKeysMirror(p, children);
        int responderSas = p.responder.engine.sas().size();
        assertTrue(p.initiator.engine.delete(id));
        p.net.runUntilIdle();
        assertTrue(p.initiator.engine.sa(id).isEmpty(), "deleted on the initiator");
        assertEquals(responderSas - 1, p.responder.engine.sas().size(), "deleted on the responder");
    }
}
