package io.ike4j.diag;

import io.ike4j.codec.v2.iana.Ikev2NotifyType;
import io.ike4j.sm.IkeVersion;
import io.ike4j.sm.Role;

import java.util.OptionalInt;

/**
 * One failed negotiation as reported through the engine's listener: the reason, the notify this side sent
 * or received (RFC 7296 §3.10.1 error types), the local role and SA number, and the IOS-style log line.
 */
public record IkeFailure(IkeVersion version, FailureReason reason, int saId, Role role, OptionalInt notifySent,
                         OptionalInt notifyReceived, String detail) {

    /**
     * An IKEv2 failure.
     *
     * @param reason the failure reason
     * @param saId the SA's ID
     * @param role our role in it
     * @param notifySent the error notify we sent, if any
     * @param notifyReceived the error notify we received, if any
     * @param detail what exactly was wrong
     */
    public IkeFailure(FailureReason reason, int saId, Role role, OptionalInt notifySent, OptionalInt notifyReceived,
                      String detail) {
        this(IkeVersion.IKEV2, reason, saId, role, notifySent, notifyReceived, detail);
    }

    private String notifyName(int n) {
        return version == IkeVersion.IKEV1 ? io.ike4j.codec.v1.IsakmpNotifyType.nameOf(n) : Ikev2NotifyType.nameOf(n);
    }

    /**
     * {@return the IOS-style log line}
     * E.g. {@code IKEv2:(SA ID = 1):phase1 proposal mismatch: no matching proposal (sent NO_PROPOSAL_CHOSEN)}.
     */
    public String logLine() {
        StringBuilder b = new StringBuilder(version.label()).append(":(SA ID = ").append(saId).append("):").append(reason.text());
        if (!detail.isEmpty()) {
            b.append(": ").append(detail);
        }
        notifySent.ifPresent(n -> b.append(" (sent ").append(notifyName(n)).append(')'));
        notifyReceived.ifPresent(n -> b.append(" (received ").append(notifyName(n)).append(')'));
        return b.toString();
    }
}
