package io.ike4j.negotiator;

import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2KePayload;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.sm.v2.Ikev2Event;
import io.ike4j.sm.v2.Ikev2State;
import io.ike4j.transport.NetEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RFC 7296 §1.2: the responder asks for its group with INVALID_KE_PAYLOAD; the initiator retries with it. */
class InvalidKeRetryTest {

    @Test
    void initiatorRetriesWithTheGroupTheResponderWants() {
        EnginePair.Config i = new EnginePair.Config();
        i.ike = "aes128-sha256-modp2048-ecp256"; // guesses group 14 first
        EnginePair.Config r = new EnginePair.Config();
        r.ike = "aes128-sha256-ecp256"; // accepts only group 19
        EnginePair p = new EnginePair(30, i, r);
        p.initiate(i);
        p.net.runUntilIdle();
        List<NetEvent> sent = p.net.events(NetEvent.Kind.SENT);
        assertEquals(6, sent.size());
        Ikev2Message first = Ikev2Codec.decode(sent.get(0).wire());
        Ikev2Message refusal = Ikev2Codec.decode(sent.get(1).wire());
        Ikev2Message retry = Ikev2Codec.decode(sent.get(2).wire());
        assertEquals(14, Payloads.first(first.payloads(), Ikev2KePayload.class).get().group());
        Ikev2NotifyPayload n = (Ikev2NotifyPayload) refusal.payloads().get(0);
        assertEquals(17, n.notifyType());
        assertEquals("0013", n.data().toHex());
        assertEquals(19, Payloads.first(retry.payloads(), Ikev2KePayload.class).get().group());
        assertEquals(first.header().initiatorSpi(), retry.header().initiatorSpi());
        assertEquals(0, retry.header().messageId());
        assertEquals(19, p.initiator.engine.sas().get(0).group());
        assertEquals(Ikev2State.READY, p.initiator.engine.sas().get(0).state());
        assertEquals(Ikev2State.READY, p.responder.engine.sas().get(0).state());
        assertEquals(1, p.responder.engine.sas().size(), "the refused attempt left no SA behind");
        assertEquals(List.of(), p.initiator.failures);
        assertTrue(p.initiator.steps().contains("I_PROC_INIT EV_CHK_NOTIFY"));
        assertEquals(2, p.initiator.trace.stream().filter(t -> t.event() == Ikev2Event.EV_GEN_DH_KEY).count());
        assertTrue(p.responder.steps().contains("R_INIT EV_SEND_NOTIFY"));
    }

    @Test
    void aGroupWeNeverOfferedEndsWithPhase1Mismatch() {
        EnginePair.Config i = new EnginePair.Config();
        EnginePair.Config r = new EnginePair.Config();
        r.ike = "aes128-sha256-modp2048-ecp256";
        EnginePair p = new EnginePair(31, i, r);
        p.initiate(i);
        p.net.runUntilIdle();
        assertEquals(1, p.initiator.children.size(), "group 14 is acceptable to both, no retry needed");
    }
}
