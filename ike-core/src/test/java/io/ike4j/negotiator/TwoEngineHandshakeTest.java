package io.ike4j.negotiator;

import io.ike4j.sa.ChildSa;
import io.ike4j.sm.v2.Ikev2State;
import io.ike4j.sm.v2.ReferenceTraces;
import io.ike4j.sm.v2.TraceEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two engines, PSK, no impairments: both READY with one CHILD_SA whose keys mirror each other. */
class TwoEngineHandshakeTest {

    static EnginePair establish(long seed) {
        EnginePair.Config i = new EnginePair.Config();
        EnginePair.Config r = new EnginePair.Config();
        EnginePair p = new EnginePair(seed, i, r);
        p.initiate(i);
        p.net.runUntilIdle();
        return p;
    }

    @Test
    void bothSidesReadyWithMirroredChildKeys() {
        EnginePair p = establish(1);
        assertEquals(List.of(), p.initiator.failures);
        assertEquals(List.of(), p.responder.failures);
        assertEquals(1, p.initiator.up.size());
        assertEquals(1, p.responder.up.size());
        assertEquals(Ikev2State.READY, p.initiator.engine.sas().get(0).state());
        assertEquals(Ikev2State.READY, p.responder.engine.sas().get(0).state());
        ChildSa ci = p.initiator.children.get(0);
        ChildSa cr = p.responder.children.get(0);
        assertEquals(ci.inboundSpi(), cr.outboundSpi());
        assertEquals(ci.outboundSpi(), cr.inboundSpi());
        assertArrayEquals(ci.encrKeyOut().copy(), cr.encrKeyIn().copy());
        assertArrayEquals(ci.integKeyOut().copy(), cr.integKeyIn().copy());
        assertArrayEquals(ci.encrKeyIn().copy(), cr.encrKeyOut().copy());
        assertEquals(16, ci.encrKeyOut().length());
        assertEquals(32, ci.integKeyOut().length());
        assertTrue(!java.util.Arrays.equals(ci.encrKeyOut().copy(), ci.encrKeyIn().copy()));
    }

    /** ios-reference.md §1: the five IKE_SA_INIT / IKE_AUTH tables, row for row, per role. */
    @Test
    void traceReproducesTheFiveIosTables() {
        EnginePair p = establish(2);
        List<String> i = p.initiator.steps();
        List<String> r = p.responder.steps();
        List<String> iBuild = ReferenceTraces.steps(ReferenceTraces.INITIATOR_BUILDS_INIT);
        List<String> iInitResp = ReferenceTraces.steps(ReferenceTraces.INITIATOR_HANDLES_INIT_RESPONSE);
        List<String> iAuthResp = ReferenceTraces.steps(ReferenceTraces.INITIATOR_HANDLES_AUTH_RESPONSE);
        List<String> rInit = ReferenceTraces.steps(ReferenceTraces.RESPONDER_HANDLES_INIT);
        List<String> rAuth = ReferenceTraces.steps(ReferenceTraces.RESPONDER_HANDLES_AUTH);
        assertEquals(concat(iBuild, iInitResp, iAuthResp), i);
        assertEquals(concat(rInit, rAuth), r);
        TraceEvent last = p.initiator.trace.get(p.initiator.trace.size() - 1);
        assertTrue(last.iosLine().matches("IKEv2:\\(SA ID = 1\\):SM Trace-> SA: I_SPI=[0-9A-F]{16} R_SPI=[0-9A-F]{16} "
                + "\\(I\\) MsgID = 00000001 CurState: READY Event: EV_I_OK"), last.iosLine());
    }

    @SafeVarargs
    static List<String> concat(List<String>... parts) {
        return java.util.Arrays.stream(parts).flatMap(List::stream).toList();
    }
}
