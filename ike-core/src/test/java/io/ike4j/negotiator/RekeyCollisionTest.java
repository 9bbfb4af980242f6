package io.ike4j.negotiator;

import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.iana.Ikev2NotifyType;
import io.ike4j.sa.ChildSa;
import io.ike4j.sa.IkeSaInfo;
import io.ike4j.sm.v2.Ikev2State;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Exchange collisions (RFC 7296 §2.8.1, §2.8.2, §2.25): both sides rekeying the same CHILD_SA or the IKE SA at once end
 * with one SA pair, the redundant one deleted by its creator; a rekey that cannot be done now is refused with
 * TEMPORARY_FAILURE and tried again later.
 */
class RekeyCollisionTest {

    static List<Integer> notifiesSent(EnginePair.Side s, int type) {
        return s.packets.stream().filter(EnginePair.Packet::outbound).flatMap(k -> k.inner().stream())
                .filter(x -> x instanceof Ikev2NotifyPayload n && n.notifyType() == type).map(x -> type).toList();
    }

    @Test
    void simultaneousChildSaRekeysLeaveOnePair() {
        for (long seed = 210; seed < 216; seed++) { // different nonces: either side's rekey may be the redundant one
            EnginePair.Config i = new EnginePair.Config();
            EnginePair p = RekeyTest.up(seed, i, new EnginePair.Config());
            ChildSa oldI = p.initiator.children.get(0);
            assertTrue(p.initiator.engine.rekeyChild(p.initiator.engine.sas().get(0).saId()));
            assertTrue(p.responder.engine.rekeyChild(Hostile.responderSa(p).saId()), "both requests in flight at once");
            p.net.runUntilIdle();
            assertEquals(2, p.initiator.rekeyedChildren.size(), "two new pairs were made (seed " + seed + ")");
            List<ChildSa> left = live(p.initiator);
            List<ChildSa> right = live(p.responder);
            assertEquals(1, left.size(), "one CHILD_SA stays (seed " + seed + "): " + left);
            assertEquals(1, right.size());
            RekeyTest.samePair(left.get(0), right.get(0));
            assertTrue(oldI.isDestroyed(), "the old one went");
            assertEquals(1, p.initiator.engine.sas().get(0).childSas());
            assertEquals(1, p.responder.engine.sas().get(0).childSas());
            assertEquals(List.of(), p.initiator.failures);
            assertEquals(List.of(), p.responder.failures);
        }
    }

    /** CHILD_SAs installed and not yet taken out again. */
    static List<ChildSa> live(EnginePair.Side s) {
        List<ChildSa> all = new java.util.ArrayList<>(s.children);
        s.rekeyedChildren.forEach(r -> all.add(r[1]));
        all.removeIf(c -> s.removedChildren.stream().anyMatch(r -> r.inboundSpi().equals(c.inboundSpi())));
        return all;
    }

    @Test
    void simultaneousIkeSaRekeysLeaveOneIkeSa() {
        for (long seed = 220; seed < 226; seed++) {
            EnginePair.Config i = new EnginePair.Config();
            EnginePair p = RekeyTest.up(seed, i, new EnginePair.Config());
            assertTrue(p.initiator.engine.rekeyIke(p.initiator.engine.sas().get(0).saId()));
            assertTrue(p.responder.engine.rekeyIke(Hostile.responderSa(p).saId()));
            p.net.runUntilIdle();
            List<IkeSaInfo> a = p.initiator.engine.sas();
            List<IkeSaInfo> b = p.responder.engine.sas();
            assertEquals(1, a.size(), "seed " + seed + ": " + a);
            assertEquals(1, b.size(), "seed " + seed + ": " + b);
            assertEquals(a.get(0).spiI(), b.get(0).spiI());
            assertEquals(a.get(0).spiR(), b.get(0).spiR());
            assertEquals(1, a.get(0).childSas(), "the survivor inherited the CHILD_SA (seed " + seed + ")");
            assertEquals(1, b.get(0).childSas());
            assertEquals(Ikev2State.READY, a.get(0).state());
            assertEquals(List.of(), p.initiator.failures);
            assertEquals(List.of(), p.responder.failures);
            assertTrue(p.initiator.engine.rekeyChild(a.get(0).saId()), "the survivor works");
            p.net.runUntilIdle();
            assertEquals(1, live(p.initiator).size());
            RekeyTest.samePair(live(p.initiator).get(0), live(p.responder).get(0));
        }
    }

    @Test
    void aChildRekeyDuringAnIkeRekeyGetsTemporaryFailureAndIsRetried() {
        EnginePair.Config i = new EnginePair.Config();
        EnginePair p = RekeyTest.up(230, i, new EnginePair.Config());
        assertTrue(p.responder.engine.rekeyIke(Hostile.responderSa(p).saId()));
        assertTrue(p.initiator.engine.rekeyChild(p.initiator.engine.sas().get(0).saId()));
        p.net.runUntilIdle();
        int tf = Ikev2NotifyType.TEMPORARY_FAILURE.number();
        assertTrue(notifiesSent(p.responder, tf).size() + notifiesSent(p.initiator, tf).size() >= 1,
                "§2.25.1/§2.25.2: the colliding request was refused");
        for (int k = 0; k < 400; k++) {
            p.net.advance(Duration.ofSeconds(1));
        }
        assertEquals(1, p.initiator.engine.sas().size());
        assertEquals(1, p.responder.engine.sas().size());
        assertEquals(1, p.initiator.rekeyedIke.size(), "the IKE SA was rekeyed: " + p.responder.trace.stream()
                .map(t -> t.messageId() + " " + t.step()).toList() + p.responder.failures + p.initiator.failures);
        assertTrue(p.initiator.rekeyedChildren.size() >= 1, "and the CHILD_SA, once retried");
        assertEquals(1, live(p.initiator).size());
        RekeyTest.samePair(live(p.initiator).get(0), live(p.responder).get(0));
        assertEquals(1, p.initiator.engine.sas().get(0).childSas(), "on the new IKE SA");
        assertEquals(1, p.responder.engine.sas().get(0).childSas());
        assertEquals(List.of(), p.initiator.failures, "TEMPORARY_FAILURE is not a failure");
    }
}
