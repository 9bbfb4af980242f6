package io.ike4j.sm.v2;

import io.ike4j.sm.Role;
import io.ike4j.codec.Bytes;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TraceVocabularyTest {
    @Test
    void theSeedsLineIsReproducedExactly() {
        TraceEvent e = new TraceEvent(1, Bytes.fromHex("F074D8BBD5A59F0B"), Bytes.fromHex("F94020DD8CB4B9C4"),
                Role.INITIATOR, 0, Ikev2State.I_BLD_INIT, Ikev2Event.EV_GET_IKE_POLICY);
        // ios-reference.md §1, first line
        assertEquals("IKEv2:(SA ID = 1):SM Trace-> SA: I_SPI=F074D8BBD5A59F0B R_SPI=F94020DD8CB4B9C4 (I) "
                + "MsgID = 00000000 CurState: I_BLD_INIT Event: EV_GET_IKE_POLICY", e.iosLine());
        TraceEvent r = new TraceEvent(2, Bytes.fromHex("0102030405060708"), Bytes.fromHex("1112131415161718"),
                Role.RESPONDER, 3, Ikev2State.CHILD_R_INIT, Ikev2Event.EV_RECV_CREATE_CHILD);
        assertTrue(r.iosLine().contains(" (R) MsgID = 00000003 CurState: CHILD_R_INIT Event: EV_RECV_CREATE_CHILD"));
    }

    /** Every state and event of the seven reference tables is a constant, and the row counts are the seed's. */
    @Test
    void referenceTablesUseOnlyKnownNames() {
        List<String> names = List.of(ReferenceTraces.INITIATOR_BUILDS_INIT, ReferenceTraces.RESPONDER_HANDLES_INIT,
                ReferenceTraces.INITIATOR_HANDLES_INIT_RESPONSE, ReferenceTraces.RESPONDER_HANDLES_AUTH,
                ReferenceTraces.INITIATOR_HANDLES_AUTH_RESPONSE, ReferenceTraces.RESPONDER_REKEYS_IKE,
                ReferenceTraces.INITIATOR_REKEY_IKE_RESPONSE);
        List<Integer> rows = List.of(9, 23, 20, 37, 27, 24, 16);
        for (int i = 0; i < names.size(); i++) {
            List<String> steps = ReferenceTraces.steps(names.get(i));
            assertEquals(rows.get(i), steps.size(), names.get(i));
            for (String step : steps) {
                String[] parts = step.split(" ");
                assertEquals(2, parts.length, step);
                Ikev2State.valueOf(parts[0]);
                Ikev2Event.valueOf(parts[1]);
            }
        }
        assertEquals("IDLE EV_INIT_SA", ReferenceTraces.steps(ReferenceTraces.INITIATOR_BUILDS_INIT).get(0));
        assertEquals("READY EV_I_OK", ReferenceTraces.steps(ReferenceTraces.INITIATOR_HANDLES_AUTH_RESPONSE).get(26));
    }
}
