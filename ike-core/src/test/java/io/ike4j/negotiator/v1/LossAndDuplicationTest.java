package io.ike4j.negotiator.v1;

import io.ike4j.diag.FailureCounters;
import io.ike4j.sm.v1.Ikev1State;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each of the nine messages lost once, and each duplicated (RFC 2408 §5, IKEv1 semantics): the sender of a lost
 * message retransmits it (or the peer retransmits its own last one and gets the answer again), a duplicate of the
 * peer's last message is answered with our last one, and both sides still end with one ISAKMP SA and one IPsec SA pair
 * whose keys agree. Messages: initiator 1 = MM1, 2 = MM3, 3 = MM5, 4 = QM1, 5 = QM3; responder 1 = MM2, 2 = MM4,
 * 3 = MM6, 4 = QM2.
 */
class LossAndDuplicationTest {

    static void settle(V1Pair p) {
        p.run(Duration.ofSeconds(60), Duration.ofSeconds(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"i1", "i2", "i3", "i4", "i5", "r1", "r2", "r3", "r4"})
    void aLostMessageIsRecovered(String which) {
        V1Pair p = new V1Pair(21);
        p.drop(which.charAt(0) == 'i', which.charAt(1) - '0');
        int id = p.initiate(false);
        settle(p);
        MainQuickModeTest.assertUp(p, id);
        assertEquals(Ikev1State.IKE_P1_COMPLETE, p.responder.engine.sas().get(0).state());
        assertEquals(1, p.responder.engine.sas().size());
        assertEquals(1, p.responder.installed.size(), "installed once");
        assertTrue(p.initiator.engine.counters().get(FailureCounters.Packet.RETRANSMITTED)
                + p.responder.engine.counters().get(FailureCounters.Packet.RETRANSMITTED) > 0, "someone retransmitted");
        assertEquals(0, p.initiator.failures.size() + p.responder.failures.size(), p.initiator.failureLines());
    }

    @ParameterizedTest
    @ValueSource(strings = {"i1", "i2", "i3", "i4", "i5", "r1", "r2", "r3", "r4"})
    void aDuplicatedMessageChangesNothing(String which) {
        V1Pair p = new V1Pair(22);
        p.duplicate(which.charAt(0) == 'i', which.charAt(1) - '0');
        int id = p.initiate(false);
        settle(p);
        MainQuickModeTest.assertUp(p, id);
        assertEquals(1, p.responder.engine.sas().size());
        assertEquals(1, p.initiator.installed.size());
        assertEquals(1, p.responder.installed.size());
        assertEquals(0, p.initiator.failures.size() + p.responder.failures.size(),
                p.initiator.failureLines() + p.responder.failureLines());
        assertEquals(MainQuickModeTest.reference("i-main-quick"), p.initiator.steps(), "no extra step on either side");
        assertEquals(MainQuickModeTest.reference("r-main-quick"), p.responder.steps());
    }

    /** Aggressive Mode: initiator 1 = AM1, 2 = AM3, 3 = QM1, 4 = QM3; responder 1 = AM2, 2 = QM2. */
    @ParameterizedTest
    @ValueSource(strings = {"i1", "i2", "i3", "i4", "r1", "r2"})
    void aggressiveModeRecoversFromTheLossOrDuplicationOfEachMessage(String which) {
        for (boolean lose : new boolean[] {true, false}) {
            V1Pair p = new V1Pair(lose ? 23 : 24);
            if (lose) {
                p.drop(which.charAt(0) == 'i', which.charAt(1) - '0');
            } else {
                p.duplicate(which.charAt(0) == 'i', which.charAt(1) - '0');
            }
            int id = p.initiate(true);
            settle(p);
            MainQuickModeTest.assertUp(p, id);
            assertEquals(1, p.responder.engine.sas().size());
            assertEquals(1, p.responder.installed.size());
            assertEquals(0, p.initiator.failures.size() + p.responder.failures.size(),
                    which + (lose ? " lost: " : " duplicated: ") + p.initiator.failureLines() + p.responder.failureLines());
        }
    }
}
