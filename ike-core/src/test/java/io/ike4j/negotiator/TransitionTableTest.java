package io.ike4j.negotiator;

import io.ike4j.codec.v2.iana.Ikev2ExchangeType;
import io.ike4j.sm.v2.Ikev2Event;
import io.ike4j.sm.v2.Ikev2State;
import io.ike4j.sm.v2.ReferenceTraces;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The table is the whole machine (issue 11 point 2): every step of the IOS tables of ios-reference.md §1 that the
 * engine implements is a row, and each move from one step's state to the next is one the row declares; every
 * declared state is used; the printed table has a line per row.
 */
class TransitionTableTest {
    private static final TransitionTable T = TransitionTable.standard();

    /** Every IOS table of ios-reference.md §1, the IKE-rekey ones included. */
    private static final List<String> IMPLEMENTED = List.of(ReferenceTraces.INITIATOR_BUILDS_INIT,
            ReferenceTraces.RESPONDER_HANDLES_INIT, ReferenceTraces.INITIATOR_HANDLES_INIT_RESPONSE,
            ReferenceTraces.RESPONDER_HANDLES_AUTH, ReferenceTraces.INITIATOR_HANDLES_AUTH_RESPONSE,
            ReferenceTraces.RESPONDER_REKEYS_IKE, ReferenceTraces.INITIATOR_REKEY_IKE_RESPONSE);

    @Test
    void everyIosStepIsARowAndEveryIosMoveIsDeclared() {
        int checked = 0;
        for (String table : IMPLEMENTED) {
            List<String> steps = ReferenceTraces.steps(table);
            for (int i = 0; i < steps.size(); i++) {
                String[] s = steps.get(i).split(" ");
                Ikev2State state = Ikev2State.valueOf(s[0]);
                Ikev2Event event = Ikev2Event.valueOf(s[1]);
                if (event == Ikev2Event.EV_NO_EVENT) {
                    continue; // a wait line: the run stops there, no row handles it
                }
                var row = T.lookup(state, event);
                assertNotNull(row, table + " step " + (i + 1) + ": no row for " + steps.get(i));
                assertNotNull(row.state(), table + ": " + steps.get(i) + " is the state's own row, not an any-state one");
                if (i + 1 < steps.size()) {
                    Ikev2State next = Ikev2State.valueOf(steps.get(i + 1).split(" ")[0]);
                    assertTrue(row.allows(state, next), table + " step " + (i + 1) + ": " + steps.get(i) + " declares "
                            + row.next() + ", IOS goes on in " + next);
                }
                checked++;
            }
        }
        assertTrue(checked > 130, "the seven tables have over 130 steps, checked " + checked);
    }

    @Test
    void everyDeclaredStateIsUsedByARowOrAnIosTable() {
        Set<Ikev2State> used = EnumSet.noneOf(Ikev2State.class);
        for (var r : T.rows()) {
            if (r.state() != null) {
                used.add(r.state());
            }
            used.addAll(r.next());
        }
        T.entries().forEach(e -> used.add(e.state()));
        for (String table : List.of(ReferenceTraces.RESPONDER_REKEYS_IKE, ReferenceTraces.INITIATOR_REKEY_IKE_RESPONSE)) {
            ReferenceTraces.steps(table).forEach(s -> used.add(Ikev2State.valueOf(s.split(" ")[0])));
        }
        assertEquals(EnumSet.allOf(Ikev2State.class), used, "unused: " + EnumSet.complementOf(EnumSet.copyOf(used)));
    }

    @Test
    void entriesSayWhichMessagesAStateTakes() {
        int auth = Ikev2ExchangeType.IKE_AUTH.number();
        int info = Ikev2ExchangeType.INFORMATIONAL.number();
        assertEquals(Ikev2Event.EV_RECV_AUTH, T.entry(auth, false, Ikev2State.R_WAIT_AUTH).event());
        assertNull(T.entry(auth, false, Ikev2State.READY), "a second IKE_AUTH request is not expected");
        assertNull(T.entry(info, false, Ikev2State.R_WAIT_AUTH), "no INFORMATIONAL before IKE_AUTH (RFC 7296 §1.4)");
        assertEquals(Ikev2State.INFO_R, T.entry(info, false, Ikev2State.READY).starts(), "a new exchange of its own");
        assertNull(T.entry(Ikev2ExchangeType.CREATE_CHILD_SA.number(), true, Ikev2State.READY));
        assertEquals(Ikev2Event.EV_RECV_CREATE_CHILD, T.entry(Ikev2ExchangeType.CREATE_CHILD_SA.number(), true,
                Ikev2State.CHILD_I_WAIT).event(), "the response to our CREATE_CHILD_SA");
        assertNull(T.entry(200, false, Ikev2State.READY), "an unknown exchange type has no entry");
    }

    @Test
    void printedTableHasALinePerRowAndEntry() {
        String text = T.print();
        List<String> lines = text.lines().toList();
        assertEquals(T.rows().size() + T.entries().size() + 3, lines.size(), "two headers and a blank line");
        assertTrue(text.contains("R_VERIFY_AUTH    EV_CHK4_IC"), text);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("*") && l.contains("EV_RETRANSMIT")
                && l.contains("resendRequest") && l.endsWith("(same)")));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("I_BLD_AUTH") && l.contains("EV_SEND_AUTH")
                && l.endsWith("I_WAIT_AUTH")));
        assertFalse(text.contains("CHILD_I_BLD"), "declared states nobody uses went");
    }

    @Test
    void aRowThatGoesWhereItDidNotDeclareIsAnInternalError() {
        TransitionTable t = new TransitionTable();
        t.on(Ikev2State.READY, Ikev2Event.EV_OK, "bad", (sa, core) -> Next.stop(Ikev2State.IDLE), Ikev2State.EXIT);
        var r = t.lookup(Ikev2State.READY, Ikev2Event.EV_OK);
        assertFalse(r.allows(Ikev2State.READY, Ikev2State.IDLE));
        assertTrue(r.allows(Ikev2State.READY, Ikev2State.EXIT));
        assertFalse(r.allows(Ikev2State.READY, Ikev2State.READY), "a row that declares states does not stay silently");
    }
}
