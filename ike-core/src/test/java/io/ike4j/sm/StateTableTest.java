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

    enum Input { IKE_MESG_INTERNAL, IKE_MESG_FROM_PEER, IKE_TIMER_EXPIRED }

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
