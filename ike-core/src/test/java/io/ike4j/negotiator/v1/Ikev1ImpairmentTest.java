package io.ike4j.negotiator.v1;

import io.ike4j.diag.FailureReason;
import io.ike4j.diag.IkeFailure;
import io.ike4j.negotiator.impair.Corrupt;
import io.ike4j.negotiator.impair.Flow;
import io.ike4j.negotiator.impair.Isakmp;
import io.ike4j.negotiator.impair.Select;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The impairment catalogue on the IKEv1 engine (issue 14): the datagram-level classes (flow, corruption) shared
 * with IKEv2, and the ISAKMP payload class (HASH, omitted payloads, extra notify), each with what the unimpaired
 * peer must then do.
 */
class Ikev1ImpairmentTest {
    static final int MAIN_MODE = 2;
    static final int QUICK_MODE = 32;
    static final int INFORMATIONAL = 5;

    static V1Pair run(Ikev1Impairments onInitiator, Ikev1Impairments onResponder) {
        V1Pair.Config i = new V1Pair.Config();
        V1Pair.Config r = new V1Pair.Config();
        i.engineTweak = b -> b.impairments(onInitiator);
        r.engineTweak = b -> b.impairments(onResponder);
        V1Pair p = new V1Pair(41, i, r);
        p.initiate(false);
        p.run(Duration.ofSeconds(90), Duration.ofSeconds(1));
        return p;
    }

    static boolean bothComplete(V1Pair p) {
        return p.initiator.established.size() == 1 && p.responder.established.size() == 1
                && p.initiator.installed.size() == 1 && p.responder.installed.size() == 1;
    }

    static IkeFailure only(V1Pair.Side s) {
        assertEquals(1, s.failures.size(), s.failureLines());
        return s.failures.get(0);
    }

    @Test
    void aDroppedMm5IsRetransmittedAndPhaseOneCompletes() {
        V1Pair p = run(Flow.dropOutgoing(Select.exchange(MAIN_MODE).nth(3)), Ikev1Impairments.NONE);
        assertTrue(bothComplete(p), p.initiator.failureLines() + p.responder.failureLines());
        assertEquals(1, p.responder.engine.sas().size());
    }

    @Test
    void everyMessageTwiceStillGivesOneIsakmpSaAndOneIpsecSaPair() {
        V1Pair p = run(Flow.everyMessageTwice(), Flow.everyMessageTwice());
        assertTrue(bothComplete(p));
        assertEquals(1, p.responder.engine.sas().size());
        assertEquals(p.initiator.installed.get(0).outboundSpi(), p.responder.installed.get(0).inboundSpi());
    }

    @Test
    void aDroppedIncomingQm1IsRecoveredByTheRetransmission() {
        V1Pair p = run(Ikev1Impairments.NONE, Flow.dropIncoming(Select.exchange(QUICK_MODE).nth(1)));
        assertTrue(bothComplete(p));
    }

    @Test
    void aCorruptedHashIIsNamedByTheResponder() {
        V1Pair p = run(Isakmp.corruptHash(Select.exchange(MAIN_MODE)), Ikev1Impairments.NONE);
        IkeFailure f = only(p.responder);
        assertEquals(FailureReason.AUTHENTICATION_FAIL, f.reason());
        assertTrue(f.detail().startsWith("HASH_I mismatch in MM5"), f.detail());
        assertTrue(p.responder.established.isEmpty());
    }

    @Test
    void aQuickModeWithoutHashIsRefused() {
        V1Pair p = run(Isakmp.omit(Select.exchange(QUICK_MODE), 8), Ikev1Impairments.NONE);
        assertEquals(1, p.responder.established.size(), "phase 1 is unaffected");
        assertTrue(p.responder.installed.isEmpty(), "RFC 2409 §5.5: HASH(1) must come first");
        assertTrue(p.initiator.installed.isEmpty());
    }

    @Test
    void aCorruptedMm5CiphertextIsDroppedAndItsRetransmissionAccepted() {
        V1Pair p = run(Corrupt.ciphertext(Select.exchange(MAIN_MODE).nth(3)), Ikev1Impairments.NONE);
        assertTrue(bothComplete(p), p.initiator.failureLines() + p.responder.failureLines());
    }

    @Test
    void aPayloadAddedAfterHashOneIsDroppedAndTheSaKept() {
        V1Pair.Config i = new V1Pair.Config();
        i.engineTweak = b -> b.impairments(Isakmp.addNotify(Select.exchange(INFORMATIONAL), 24576));
        V1Pair p = new V1Pair(43, i, new V1Pair.Config());
        p.initiate(false);
        p.run(Duration.ofSeconds(5), Duration.ofSeconds(1));
        assertTrue(bothComplete(p));
        long dropped = p.responder.engine.counters().get(io.ike4j.diag.FailureCounters.Packet.DROPPED_ICV);
        p.initiator.engine.delete(p.initiator.engine.sas().get(0).saId());
        p.run(Duration.ofSeconds(5), Duration.ofSeconds(1));
        assertEquals(1, p.responder.engine.sas().size(), "RFC 2409 §5.7: HASH(1) covers every payload after it");
        assertTrue(p.responder.engine.counters().get(io.ike4j.diag.FailureCounters.Packet.DROPPED_ICV) >= dropped + 1);
        assertTrue(p.responder.deleted.isEmpty());
    }
}
