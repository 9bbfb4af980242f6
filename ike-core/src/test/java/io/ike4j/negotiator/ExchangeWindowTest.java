package io.ike4j.negotiator;

import io.ike4j.codec.v2.iana.Ikev2ExchangeType;
import io.ike4j.sa.IkeSaInfo;
import io.ike4j.sm.v2.Ikev2Event;
import io.ike4j.sm.v2.Ikev2State;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Exchanges are objects kept per message ID and direction (issue 11 point 1): with windows larger than 1
 * (RFC 7296 §2.3, SET_WINDOW_SIZE) two INFORMATIONAL requests are in flight on one SA at once, answered in any
 * order; a finished exchange keeps only what a retransmission needs.
 */
class ExchangeWindowTest {

    private static EnginePair.Config windowed(int n) {
        EnginePair.Config c = new EnginePair.Config();
        c.engineTweak = b -> b.windowSize(n);
        return c;
    }

    private static Ikev2Sa initiatorSa(EnginePair p) {
        IkeSaInfo i = p.initiator.engine.sas().get(0);
        return Hostile.internal(p.initiator, i);
    }

    @Test
    void windowsAreAnnouncedInIkeAuthAndLearnt() {
        EnginePair p = Hostile.ready(71, windowed(2), windowed(3));
        Ikev2Sa i = initiatorSa(p);
        Ikev2Sa r = Hostile.internal(p.responder, Hostile.responderSa(p));
        assertEquals(2, i.localWindow);
        assertEquals(3, i.peerWindow, "the responder's SET_WINDOW_SIZE 3");
        assertEquals(3, r.localWindow);
        assertEquals(2, r.peerWindow, "the initiator's SET_WINDOW_SIZE 2");
        assertEquals(3, Hostile.responderSa(p).window());
    }

    @Test
    void twoInformationalRequestsInFlightOnOneSa() {
        EnginePair p = Hostile.ready(72, windowed(2), windowed(2));
        int saId = p.initiator.engine.sas().get(0).saId();
        long before = p.net.sentCount();
        p.net.delayNth(before + 1, Duration.ofMillis(500)); // request 2 will be overtaken by request 3
        assertTrue(p.initiator.engine.checkLiveness(saId));
        assertTrue(p.initiator.engine.checkLiveness(saId));
        assertFalse(p.initiator.engine.checkLiveness(saId), "the responder takes two at a time");
        Ikev2Sa i = initiatorSa(p);
        assertEquals(2, i.outstandingCount(), "message IDs 2 and 3 both outstanding");
        assertEquals(before + 2, p.net.sentCount(), "both sent before any answer");
        p.net.runUntilIdle();

        assertEquals(0, i.outstandingCount(), "both answered");
        assertNull(i.exchanges, "our finished exchanges are forgotten");
        assertEquals(4, i.nextRequestId);
        Ikev2Sa r = Hostile.internal(p.responder, Hostile.responderSa(p));
        assertEquals(4, r.expectedRequestId, "both requests taken, 3 before 2");
        assertTrue(r.theirs(2).answered() && r.theirs(3).answered(), "both responses kept for retransmissions");
        List<Long> answeredIds = p.responder.packets.stream().filter(k -> k.outbound()
                && k.message().header().exchangeType() == Ikev2ExchangeType.INFORMATIONAL.number())
                .map(k -> k.message().header().messageId()).toList();
        assertEquals(List.of(3L, 2L), answeredIds, "answered in the order they arrived");
        assertEquals(Ikev2State.READY, Hostile.responderSa(p).state());
        assertEquals(Ikev2State.READY, p.initiator.engine.sas().get(0).state());
        assertTrue(p.responder.failures.isEmpty() && p.initiator.failures.isEmpty());
        long infoTraces = p.responder.trace.stream().filter(t -> t.state() == Ikev2State.INFO_R
                && t.event() == Ikev2Event.EV_RECV_INFO).count();
        assertEquals(2, infoTraces, "each request its own INFO_R exchange");
        assertTrue(p.initiator.trace.stream().anyMatch(t -> t.messageId() == 3 && t.state() == Ikev2State.INFO_I_WAIT),
                "the trace names the exchange's message ID");
    }

    @Test
    void aWindowOfOneTakesOneRequestAtATime() {
        EnginePair p = Hostile.ready(73, new EnginePair.Config(), new EnginePair.Config());
        int saId = p.initiator.engine.sas().get(0).saId();
        assertTrue(p.initiator.engine.checkLiveness(saId));
        assertFalse(p.initiator.engine.checkLiveness(saId), "§2.3: no SET_WINDOW_SIZE, one request at a time");
        p.net.runUntilIdle();
        assertTrue(p.initiator.engine.checkLiveness(saId), "free again once answered");
        p.net.runUntilIdle();
        assertEquals(4, Hostile.responderSa(p).expectedRequestId(), "IKE_AUTH 1, then 2 and 3 one after the other");
    }

    @Test
    void aFinishedExchangeKeepsOnlyTheResponseOctets() {
        EnginePair p = Hostile.ready(74, new EnginePair.Config(), new EnginePair.Config());
        int saId = p.initiator.engine.sas().get(0).saId();
        p.initiator.engine.checkLiveness(saId);
        p.net.runUntilIdle();
        Ikev2Sa r = Hostile.internal(p.responder, Hostile.responderSa(p));
        Exchange x = r.theirs(2);
        assertTrue(x.answered() && x.response.length > 0);
        assertEquals(Ikev2State.EXIT, x.state);
        assertNull(x.request, "not ours: no request octets");
        assertNull(r.inMessage, "the inbound message went with the run");
        assertNull(r.inBytes);
        assertTrue(r.inPayloads.isEmpty());
        assertNull(r.theirs(1), "the IKE_AUTH response fell out of the window of 1 once request 2 came");
        Ikev2Sa i = initiatorSa(p);
        assertNull(i.outstanding(2), "the answered request's octets are gone");
        assertNull(i.exchanges);
    }

    @Test
    void anUnansweredLivenessCheckEndsTheSaAsUnreachable() {
        EnginePair p = Hostile.ready(75, new EnginePair.Config(), new EnginePair.Config());
        int saId = p.initiator.engine.sas().get(0).saId();
        p.detach(p.responder);
        assertTrue(p.initiator.engine.checkLiveness(saId));
        for (int s = 0; s < 300; s++) {
            p.net.advance(Duration.ofSeconds(1));
        }
        assertTrue(p.initiator.engine.sas().isEmpty());
        assertEquals(io.ike4j.diag.FailureReason.PEER_UNREACHABLE, p.initiator.failures.get(0).reason());
        long retransmits = p.initiator.trace.stream().filter(t -> t.event() == Ikev2Event.EV_RETRANSMIT
                && t.state() == Ikev2State.INFO_I_WAIT).count();
        assertEquals(5, retransmits, "strongSwan's 5 retransmits, each a row of the INFO_I_WAIT exchange");
        assertTrue(p.initiator.trace.stream().anyMatch(t -> t.event() == Ikev2Event.EV_RETRY_LIMIT));
    }
}
