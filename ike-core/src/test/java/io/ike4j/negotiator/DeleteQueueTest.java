package io.ike4j.negotiator;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A DELETE asked for while the peer's window (1) is taken waits for the answer, then goes (RFC 7296 §2.3). */
class DeleteQueueTest {
    @Test
    void aDeleteDuringARekeyIsSentOnceTheRekeyIsAnswered() {
        EnginePair.Config i = new EnginePair.Config();
        EnginePair p = RekeyTest.up(260, i, new EnginePair.Config());
        int id = p.initiator.engine.sas().get(0).saId();
        assertTrue(p.initiator.engine.rekeyChild(id), "the window of 1 is taken now");
        assertTrue(p.initiator.engine.delete(id));
        p.net.runUntilIdle();
        assertEquals(1, p.initiator.rekeyedChildren.size(), "the rekey finished first");
        assertTrue(p.initiator.engine.sas().isEmpty());
        assertTrue(p.responder.engine.sas().isEmpty(), "the peer got the DELETE");
        assertEquals(List.of("received DELETE for IKE_SA"), p.responder.deleted);
        assertEquals(List.of("deleted"), p.initiator.deleted);
    }
}
