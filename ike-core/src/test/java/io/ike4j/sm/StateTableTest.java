package io.ike4j.sm;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The version-neutral table works for any state/event enums: here a few ISAKMP main-mode states and inputs of
 * ios-reference.md §3, as the IKEv1 engine will use it.
 */
class StateTableTest {
    enum IsakmpState { IKE_READY, IKE_I_MM1, IKE_I_MM2, IKE_P1_COMPLETE }

    enum Input { IKE_MESG_INTERNAL, IKE_MESG_FROM_PEER, IKE_TIMER_EXPIRED, NONE }

    record Step(IsakmpState state, Input event, boolean traceWait) implements RunLoop.Decision<IsakmpState, Input> {
    }

    /** The generic loop drives an ISAKMP-shaped machine: trace, decide, apply the declared state, stop at the wait. */
    @Test
    void theRunLoopDrivesAnyMachine() {
        StateTable<IsakmpState, Input, Supplier<Step>> t = new StateTable<>(IsakmpState.class, Input.class);
        t.add(IsakmpState.IKE_READY, Input.IKE_MESG_INTERNAL, "sendMm1",
                () -> new Step(IsakmpState.IKE_I_MM1, Input.NONE, true), IsakmpState.IKE_I_MM1);
        t.add(IsakmpState.IKE_I_MM1, Input.IKE_MESG_FROM_PEER, "processMm2",
                () -> new Step(IsakmpState.IKE_I_MM2, Input.NONE, false), IsakmpState.IKE_I_MM2);
        java.util.List<String> trace = new java.util.ArrayList<>();
        IsakmpState[] state = {IsakmpState.IKE_READY};
        Input[] pending = {Input.IKE_MESG_FROM_PEER}; // an answer that arrived while the first step ran
        RunLoop<IsakmpState, Input, Supplier<Step>> loop = new RunLoop<>(t, Input.NONE);
        loop.run(new RunLoop.Run<>() {
            public IsakmpState state() {
                return state[0];
            }

            public boolean dead() {
                return false;
            }

            public Input takePending() {
                Input p = pending[0];
                pending[0] = null;
                return p;
            }

            public void trace(IsakmpState s, Input e) {
                trace.add(s + " " + e);
            }

            public RunLoop.Decision<IsakmpState, Input> step(StateTable.Row<IsakmpState, Input, Supplier<Step>> row,
                                                             IsakmpState s, Input e) {
                return row.run().get();
            }

            public boolean apply(StateTable.Row<IsakmpState, Input, Supplier<Step>> row, IsakmpState from,
                                 RunLoop.Decision<IsakmpState, Input> d) {
                if (!row.allows(from, d.state())) {
                    return false;
                }
                state[0] = d.state();
                return true;
            }
        }, Input.IKE_MESG_INTERNAL);
        assertEquals(java.util.List.of("IKE_READY IKE_MESG_INTERNAL", "IKE_I_MM1 NONE", "IKE_I_MM1 IKE_MESG_FROM_PEER"),
                trace, "the traced wait, then the pending event, then the untraced wait ends it");
        assertEquals(IsakmpState.IKE_I_MM2, state[0]);
    }

    @Test
    void rowsDeclareWhereTheyMayLead() {
        StateTable<IsakmpState, Input, Supplier<IsakmpState>> t = new StateTable<>(IsakmpState.class, Input.class);
        Supplier<IsakmpState> begin = () -> IsakmpState.IKE_I_MM1;
        t.add(IsakmpState.IKE_READY, Input.IKE_MESG_INTERNAL, "beginMainMode", begin, IsakmpState.IKE_I_MM1);
        t.add(IsakmpState.IKE_I_MM1, Input.IKE_MESG_FROM_PEER, "processMm2", () -> IsakmpState.IKE_I_MM2);
        t.addAny(Input.IKE_TIMER_EXPIRED, "retransmit", () -> null, IsakmpState.IKE_READY);

        StateTable.Row<IsakmpState, Input, Supplier<IsakmpState>> r = t.lookup(IsakmpState.IKE_READY, Input.IKE_MESG_INTERNAL);
        assertSame(begin, r.run());
        assertTrue(r.allows(IsakmpState.IKE_READY, IsakmpState.IKE_I_MM1));
        assertFalse(r.allows(IsakmpState.IKE_READY, IsakmpState.IKE_P1_COMPLETE));
        assertEquals(Set.of(IsakmpState.IKE_I_MM1), t.lookup(IsakmpState.IKE_I_MM1, Input.IKE_MESG_FROM_PEER).next(),
                "no states declared: it stays");
        StateTable.Row<IsakmpState, Input, Supplier<IsakmpState>> any = t.lookup(IsakmpState.IKE_I_MM2, Input.IKE_TIMER_EXPIRED);
        assertTrue(any.allows(IsakmpState.IKE_I_MM2, IsakmpState.IKE_I_MM2) && any.allows(IsakmpState.IKE_I_MM2, IsakmpState.IKE_READY));
        assertNull(t.lookup(IsakmpState.IKE_P1_COMPLETE, Input.IKE_MESG_FROM_PEER));
        assertThrows(IllegalStateException.class,
                () -> t.add(IsakmpState.IKE_READY, Input.IKE_MESG_INTERNAL, "again", begin));
        String text = t.print();
        assertTrue(text.contains("IKE_READY") && text.contains("beginMainMode") && text.contains("(same)"), text);
        assertEquals(4, text.lines().count());
    }
}
