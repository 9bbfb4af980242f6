package io.ike4j.negotiator;

import io.ike4j.codec.v2.Ikev2DeletePayload;
import io.ike4j.sm.v2.Ikev2State;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DELETE of a CHILD_SA (RFC 7296 §1.4.1), either side asking: the CHILD_SA goes on both, the IKE SA stays. */
class ChildDeleteTest {
    private static List<Ikev2DeletePayload> deletes(EnginePair.Side s, boolean outbound, boolean response) {
        return s.packets.stream().filter(k -> k.outbound() == outbound && k.message().header().isResponse() == response)
                .flatMap(k -> k.inner().stream()).filter(p -> p instanceof Ikev2DeletePayload)
                .map(p -> (Ikev2DeletePayload) p).toList();
    }

    private static void childDeleted(EnginePair p, EnginePair.Side asking, EnginePair.Side answering) {
        var askingChild = asking.children.get(0);
        var answeringChild = answering.children.get(0);
        assertEquals(List.of(new Ikev2DeletePayload(3, 4, List.of(askingChild.inboundSpi()))), deletes(asking, true, false),
                "the request names our inbound SPI");
        assertEquals(List.of(new Ikev2DeletePayload(3, 4, List.of(answeringChild.inboundSpi()))), deletes(answering, true, true),
                "the answer names the peer's (§1.4.1)");
        assertEquals(1, asking.removedChildren.size());
        assertEquals(askingChild.inboundSpi(), asking.removedChildren.get(0).inboundSpi());
        assertEquals(1, answering.removedChildren.size());
        assertEquals(answeringChild.inboundSpi(), answering.removedChildren.get(0).inboundSpi());
        for (EnginePair.Side s : List.of(asking, answering)) {
            assertEquals(1, s.engine.sas().size());
            assertEquals(Ikev2State.READY, s.engine.sas().get(0).state(), "the IKE SA stays");
            assertEquals(0, s.engine.sas().get(0).childSas());
            assertEquals(List.of(), s.deleted);
            assertEquals(List.of(), s.failures);
        }
        assertTrue(asking.removedChildren.get(0).isDestroyed(), "its keys are zeroed");
        assertTrue(answering.removedChildren.get(0).isDestroyed());
        assertEquals(0, p.net.pendingCount());
    }

    @Test
    void initiatorDeletesItsChildSa() {
        EnginePair.Config i = new EnginePair.Config();
        EnginePair p = new EnginePair(130, i, new EnginePair.Config());
        int id = p.initiate(i);
        p.net.runUntilIdle();
        assertTrue(p.initiator.engine.deleteChild(id));
        p.net.runUntilIdle();
        childDeleted(p, p.initiator, p.responder);
        assertFalse(p.initiator.engine.deleteChild(id), "no CHILD_SA left to delete");
        assertTrue(p.initiator.engine.checkLiveness(id), "the IKE SA still works");
        p.net.runUntilIdle();
        assertEquals(List.of(), p.initiator.failures);
    }

    @Test
    void responderDeletesTheChildSa() {
        EnginePair.Config i = new EnginePair.Config();
        EnginePair p = new EnginePair(131, i, new EnginePair.Config());
        p.initiate(i);
        p.net.runUntilIdle();
        assertTrue(p.responder.engine.deleteChild(Hostile.responderSa(p).saId()));
        p.net.runUntilIdle();
        childDeleted(p, p.responder, p.initiator);
    }
}
