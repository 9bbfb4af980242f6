package io.ike4j.negotiator;

import io.ike4j.codec.v2.Ikev2Header;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.iana.Ikev2ExchangeType;
import io.ike4j.diag.FailureCounters.Packet;
import io.ike4j.sm.v2.Ikev2Event;
import io.ike4j.sm.v2.Ikev2State;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Building is separate from sending (issue 11 point 6): rows return the message they want sent and the core
 * protects it, so an impairment may change the header before protection and the peer receives a well-protected,
 * wrong message (what the conformance peer and the fuzzer need).
 */
class BuildBeforeSendTest {

    @Test
    void aHeaderChangedBeforeProtectionArrivesWithAValidIcv() {
        int info = Ikev2ExchangeType.INFORMATIONAL.number();
        int createChild = Ikev2ExchangeType.CREATE_CHILD_SA.number();
        AtomicInteger changed = new AtomicInteger();
        EnginePair.Config i = new EnginePair.Config();
        i.impairments = new Impairments() {
            @Override
            public Ikev2Message beforeProtect(int saId, Ikev2Message m) {
                Ikev2Header h = m.header();
                if (h.exchangeType() != info || h.isResponse()) {
                    return m;
                }
                changed.incrementAndGet(); // our liveness check goes out as a CREATE_CHILD_SA request
                return new Ikev2Message(new Ikev2Header(h.initiatorSpi(), h.responderSpi(), createChild, h.flags(),
                        h.messageId()), m.payloads());
            }
        };
        EnginePair p = Hostile.ready(91, i, new EnginePair.Config());
        long icvBefore = p.responder.engine.counters().get(Packet.DROPPED_ICV);
        assertTrue(p.initiator.engine.checkLiveness(p.initiator.engine.sas().get(0).saId()));
        p.net.runUntilIdle();
        assertEquals(1, changed.get());
        assertEquals(icvBefore, p.responder.engine.counters().get(Packet.DROPPED_ICV), "protected after the change");
        assertTrue(p.responder.trace.stream().anyMatch(t -> t.state() == Ikev2State.CHILD_R_INIT
                && t.event() == Ikev2Event.EV_RECV_CREATE_CHILD && t.messageId() == 2), "the peer took it for CREATE_CHILD_SA");
        assertTrue(p.initiator.engine.counters().get(Packet.DROPPED_MESSAGE_ID) >= 1,
                "its CREATE_CHILD_SA answer matches no request of ours (we asked INFORMATIONAL)");
    }
}
