package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2SkPlaintext;
import io.ike4j.diag.FailureCounters.Packet;
import io.ike4j.sa.IkeSaInfo;
import io.ike4j.sm.v2.Ikev2State;
import io.ike4j.transport.NetEvent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10 item 2: a cached response is resent only for a datagram bitwise identical to the request that produced
 * it (RFC 7296 §2.1), for a fragmented request only for fragment 1 (RFC 7383 §2.6.1); anything else with that
 * message ID is dropped unanswered. On main a 32-byte header-only packet drew the 244-byte IKE_AUTH response.
 */
@Tag("hostile")
class HostileRetransmissionTest {
    static final int IKE_AUTH = 35;

    @Test
    void headerOnlyPacketsWithTheAnsweredMessageIdDrawNothing() {
        EnginePair.Config i = new EnginePair.Config();
        EnginePair p = Hostile.ready(200, i, new EnginePair.Config());
        IkeSaInfo r = Hostile.responderSa(p);
        Hostile.Snapshot before = Hostile.Snapshot.of(p.responder, r);
        int mark = Hostile.mark(p);
        byte[] bare = Forger.headerOnly(Forger.header(r, true, IKE_AUTH, false, 1));           // 28 octets
        byte[] emptySk = Forger.rawSk(Forger.header(r, true, IKE_AUTH, false, 1), new byte[0]); // 32 octets
        assertEquals(28, bare.length);
        assertEquals(32, emptySk.length);
        for (var from : List.of(EnginePair.I_ADDR, Hostile.SAME_HOST, Hostile.ELSEWHERE)) {
            Hostile.toResponder(p, from, bare);
            Hostile.toResponder(p, from, emptySk);
        }
        assertEquals(List.of(), Hostile.sentBy(p, EnginePair.R_ADDR, mark), "no cached response for a non-copy");
        assertEquals(before, Hostile.Snapshot.of(p.responder, r));
        assertEquals(0, p.responder.engine.counters().get(Packet.DUPLICATE_ANSWERED));
        assertEquals(2, p.responder.engine.counters().get(Packet.DROPPED_UNPROTECTED));
        assertEquals(2, p.responder.engine.counters().get(Packet.DROPPED_RETRANSMIT_MISMATCH));
        assertEquals(2, p.responder.engine.counters().get(Packet.DROPPED_NO_SA), "other addresses have no SA here");
        Hostile.legitimateStillWorks(p, i);
    }

    /** A real copy is answered with exactly the cached octets; the same copy with one bit changed is not answered. */
    @Test
    void onlyABitwiseCopyOfTheAnsweredRequestIsAnswered() {
        EnginePair.Config i = new EnginePair.Config();
        EnginePair p = Hostile.ready(201, i, new EnginePair.Config());
        List<NetEvent> sent = p.net.events(NetEvent.Kind.SENT);
        byte[] authRequest = sent.get(2).wire().toByteArray();
        Bytes authResponse = sent.get(3).wire();
        int mark = Hostile.mark(p);
        for (int at : new int[] {authRequest.length - 1, authRequest.length / 2, 40}) {
            byte[] altered = authRequest.clone();
            altered[at] ^= 0x01;
            Hostile.toResponder(p, EnginePair.I_ADDR, altered);
        }
        assertEquals(List.of(), Hostile.sentBy(p, EnginePair.R_ADDR, mark));
        assertEquals(3, p.responder.engine.counters().get(Packet.DROPPED_RETRANSMIT_MISMATCH));
        Hostile.toResponder(p, EnginePair.I_ADDR, authRequest);
        List<NetEvent> replies = Hostile.sentBy(p, EnginePair.R_ADDR, mark);
        assertEquals(1, replies.size());
        assertEquals(authResponse, replies.get(0).wire(), "the cached response, bit for bit");
        assertEquals(1, p.responder.engine.counters().get(Packet.DUPLICATE_ANSWERED));
        Hostile.legitimateStillWorks(p, i);
    }

    /** IKE_SA_INIT has no ICV: the retransmission test is the whole datagram (RFC 7296 §2.1). */
    @Test
    void ikeSaInitRequestMustBeACopyToBeAnsweredAgain() {
        EnginePair p = Hostile.halfOpen(202);
        List<NetEvent> sent = p.net.events(NetEvent.Kind.SENT);
        byte[] initRequest = sent.get(0).wire().toByteArray();
        Bytes initResponse = sent.get(1).wire();
        int mark = Hostile.mark(p);
        byte[] altered = initRequest.clone();
        altered[altered.length - 3] ^= 0x10; // inside the last notify: same SPIi and Ni, other octets
        Hostile.toResponder(p, EnginePair.I_ADDR, altered);
        Hostile.toResponder(p, Hostile.SAME_HOST, altered);
        assertEquals(List.of(), Hostile.sentBy(p, EnginePair.R_ADDR, mark));
        assertEquals(1, p.responder.engine.sas().size(), "no second SA for the same SPIi, address and Ni");
        Hostile.toResponder(p, EnginePair.I_ADDR, initRequest);
        List<NetEvent> replies = Hostile.sentBy(p, EnginePair.R_ADDR, mark);
        assertEquals(1, replies.size());
        assertEquals(initResponse, replies.get(0).wire());
        Hostile.completes(p);
        // Once IKE_AUTH has been received even a copy is ignored (§2.1, third case).
        int mark2 = Hostile.mark(p);
        Hostile.toResponder(p, EnginePair.I_ADDR, initRequest);
        assertEquals(List.of(), Hostile.sentBy(p, EnginePair.R_ADDR, mark2));
        assertEquals(1, p.responder.engine.sas().size());
    }

    /**
     * The initiator's IKE_AUTH request is lost and delivered instead as three SKF fragments (as a peer that fragments
     * would send it). After the answer, only a copy of fragment 1 repeats it; copies of fragments 2 and 3 are ignored.
     */
    @Test
    void onlyFragmentOneOfAnAnsweredFragmentedRequestRepeatsTheResponse() throws Exception {
        EnginePair.Config i = new EnginePair.Config();
        EnginePair p = new EnginePair(203, i, new EnginePair.Config());
        p.net.dropNth(3);
        p.initiate(i);
        p.net.advance(Duration.ofMillis(100));
        IkeSaInfo r = Hostile.responderSa(p);
        Bytes lost = p.net.events(NetEvent.Kind.SENT).get(2).wire();
        Ikev2Message m = Ikev2Codec.decode(lost);
        Ikev2SkPlaintext plain = Forger.protector(r).unprotect(lost, m, Forger.skKeys(Hostile.keys(p)));
        List<byte[]> fragments = Forger.skf(r, Hostile.keys(p), m.header(), plain.innerNextPayload(),
                plain.payloadBytes().toByteArray(), (plain.payloadBytes().length() + 2) / 3, 3);
        assertEquals(3, fragments.size());
        int mark = Hostile.mark(p);
        for (byte[] f : fragments) {
            Hostile.toResponder(p, EnginePair.I_ADDR, f);
        }
        p.net.runUntilIdle();
        assertEquals(1, Hostile.sentBy(p, EnginePair.R_ADDR, mark).size(), "one response to the reassembled request");
        assertEquals(Ikev2State.READY, Hostile.responderSa(p).state());
        assertEquals(Ikev2State.READY, p.initiator.engine.sas().get(0).state());
        int mark2 = Hostile.mark(p);
        Hostile.toResponder(p, EnginePair.I_ADDR, fragments.get(1));
        Hostile.toResponder(p, EnginePair.I_ADDR, fragments.get(2));
        assertEquals(List.of(), Hostile.sentBy(p, EnginePair.R_ADDR, mark2));
        Hostile.toResponder(p, EnginePair.I_ADDR, fragments.get(0));
        assertEquals(1, Hostile.sentBy(p, EnginePair.R_ADDR, mark2).size());
        assertTrue(p.responder.engine.counters().get(Packet.DUPLICATE_ANSWERED) >= 1);
        assertEquals(0, p.responder.engine.core().reassemblyBytes);
        Hostile.legitimateStillWorks(p, i);
    }
}
