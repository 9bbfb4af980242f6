package io.ike4j.sm.v1;

import io.ike4j.sm.IkeVersion;
import io.ike4j.sm.Role;
import io.ike4j.sm.SmStep;

/**
 * One ISAKMP step: {@code input} moved the SA (or quick-mode {@code node}) from {@code oldState} to {@code newState}.
 * {@link #iosLine()} renders the two lines IOS prints (ios-reference.md §3):
 * <pre>
 * ISAKMP: (1011):Input = IKE_MESG_FROM_PEER, IKE_MM_EXCH
 * ISAKMP: (1011):Old State = IKE_I_MM1  New State = IKE_I_MM2
 * ISAKMP: (1011):Node 1371333358, Input = IKE_MSG_FROM_PEER, IKE_QM_EXCH
 * </pre>
 *
 * @param connId   the connection ID IOS prints in parentheses (0 until keys exist)
 * @param node     the quick-mode message ID, 0 for a phase-1 step
 * @param role     the local role
 * @param input    the input
 * @param oldState the state before
 * @param newState the state after
 */
public record Ikev1TraceEvent(int connId, long node, Role role, Ikev1Input input, Ikev1State oldState,
                              Ikev1State newState) implements SmStep {

    @Override
    public IkeVersion version() {
        return IkeVersion.IKEV1;
    }

    @Override
    public int saId() {
        return connId;
    }

    @Override
    public Ikev1State state() {
        return oldState;
    }

    @Override
    public Ikev1Input event() {
        return input;
    }

    /** {@return "OLD INPUT NEW", the form of the reference tables} */
    @Override
    public String step() {
        return oldState + " " + input + " " + newState;
    }

    /** {@return the IOS input line and state line, separated by a newline} */
    @Override
    public String iosLine() {
        String prefix = "ISAKMP: (" + connId + "):";
        String in = node == 0 ? prefix + "Input = " : prefix + "Node " + node + ", Input = ";
        return in + input.source() + ", " + input + "\n" + prefix + "Old State = " + oldState + "  New State = " + newState;
    }
}
