package io.ike4j.negotiator;

import io.ike4j.diag.FailureCounters.Packet;
import io.ike4j.sm.v2.Ikev2Event;
import io.ike4j.sm.v2.Ikev2State;
import io.ike4j.transport.NetEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Datagram 1 = IKE_SA_INIT request, 2 = its response, 3 = IKE_AUTH request, 4 = its response. Losing any
 * one recovers by retransmission (RFC 7296 §2.1); duplicating any one creates no extra SA (IOS EV_CHECK_DUPE).
 */
class RetransmissionAndDuplicateTest {

    static void runFor(EnginePair p, Duration total) {
        for (Duration t = Duration.ZERO; t.compareTo(total) < 0; t = t.plusSeconds(1)) {
            p.net.runUntilIdle();
            p.net.advance(Duration.ofSeconds(1));
        }
        p.net.runUntilIdle();
    }

    static void assertOneReadyPairWithChild(EnginePair p) {
        assertEquals(List.of(), p.initiator.failures);
        assertEquals(List.of(), p.responder.failures);
        assertEquals(1, p.initiator.engine.sas().size());
        assertEquals(1, p.responder.engine.sas().size());
        assertEquals(Ikev2State.READY, p.initiator.engine.sas().get(0).state());
        assertEquals(Ikev2State.READY, p.responder.engine.sas().get(0).state());
        assertEquals(1, p.initiator.up.size());
        assertEquals(1, p.responder.up.size());
        assertEquals(1, p.initiator.children.size());
        assertEquals(1, p.responder.children.size());
        assertEquals(p.initiator.children.get(0).inboundSpi(), p.responder.children.get(0).outboundSpi());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void lossOfEachMessageRecovers(int lost) {
        EnginePair.Config c = new EnginePair.Config();
        EnginePair p = new EnginePair(10 + lost, c, new EnginePair.Config());
        p.net.dropNth(lost);
        p.initiate(c);
        runFor(p, Duration.ofSeconds(10));
        assertOneReadyPairWithChild(p);
        assertEquals(1, p.net.events(NetEvent.Kind.DROPPED).size());
        // 4 datagrams + the retransmitted request (+ the cached response again when a response was lost)
        assertEquals(lost % 2 == 0 ? 6 : 5, p.net.sentCount());
        assertEquals(1, p.initiator.engine.counters().get(Packet.RETRANSMITTED));
        long retransmitTraces = p.initiator.trace.stream().filter(t -> t.event() == Ikev2Event.EV_RETRANSMIT).count();
        assertEquals(1, retransmitTraces);
        // A lost response is answered from the cache, not recomputed (RFC 7296 §2.1).
        assertEquals(lost % 2 == 0 ? 1 : 0, p.responder.engine.counters().get(Packet.DUPLICATE_ANSWERED));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void duplicateOfEachDatagramCreatesNothing(int dup) {
        EnginePair.Config c = new EnginePair.Config();
        EnginePair p = new EnginePair(20 + dup, c, new EnginePair.Config());
        p.net.duplicateNth(dup);
        p.initiate(c);
        runFor(p, Duration.ofSeconds(60));
        assertOneReadyPairWithChild(p);
        assertEquals(0, p.initiator.engine.counters().get(Packet.RETRANSMITTED));
        if (dup % 2 == 1) {
            // a duplicated request is answered from the cache: the same octets again
            assertEquals(1, p.responder.engine.counters().get(Packet.DUPLICATE_ANSWERED));
            List<NetEvent> sent = p.net.events(NetEvent.Kind.SENT);
            assertEquals(sent.get(dup).wire(), sent.get(dup + 1).wire());
        } else {
            assertEquals(1, p.initiator.engine.counters().get(Packet.DROPPED_MESSAGE_ID));
        }
    }
}
