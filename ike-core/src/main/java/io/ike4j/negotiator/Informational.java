package io.ike4j.negotiator;

import io.ike4j.codec.v2.Ikev2DeletePayload;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.iana.Ikev2ExchangeType;
import io.ike4j.codec.v2.iana.Ikev2NotifyType;
import io.ike4j.diag.FailureReason;
import io.ike4j.sm.v2.Ikev2Event;
import io.ike4j.sm.v2.Ikev2State;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * INFORMATIONAL exchanges (RFC 7296 §1.4): liveness checks, DELETE of the IKE SA or its CHILD_SA, and
 * error notifies about a finished exchange (§2.21.2). States INFO_R / DELETE are ike4j's names for steps
 * the seeds do not trace.
 */
final class Informational {
    private static final int INFORMATIONAL = Ikev2ExchangeType.INFORMATIONAL.number();
    private static final int PROTO_IKE = 1;
    private static final int PROTO_ESP = 3;

    private Informational() {
    }

    static void request(Ikev2Sa sa, EngineCore core) {
        core.trace(sa, Ikev2State.INFO_R, Ikev2Event.EV_RECV_INFO);
        List<Ikev2Payload> in = sa.inPayloads;
        List<Ikev2Payload> out = new ArrayList<>();
        boolean deleteIke = false;
        for (Ikev2DeletePayload d : Payloads.all(in, Ikev2DeletePayload.class)) {
            if (d.protocolId() == PROTO_IKE) {
                deleteIke = true;
            } else if (d.protocolId() == PROTO_ESP && sa.child != null && d.spis().contains(sa.child.outboundSpi())) {
                out.add(new Ikev2DeletePayload(PROTO_ESP, 4, List.of(sa.child.inboundSpi()))); // §1.4.1: delete ours too
                core.keyEngine.delete(sa.child);
                sa.child.destroy();
                sa.child = null;
                core.espSpis.remove(sa.childSpi); // the SPI may be used again
            }
        }
        Optional<Ikev2NotifyPayload> err = Payloads.error(in);
        long id = sa.inMessage.header().messageId();
        boolean fatal = err.isPresent() && fatalInRequest(sa, id, err.get().notifyType());
        Messages.Built b = Messages.protect(sa, core, INFORMATIONAL, true, id, deleteIke || fatal ? List.of() : out);
        core.sendResponse(sa, id, b.octets(), b.message(), b.inner());
        if (deleteIke) {
            core.trace(sa, Ikev2State.DELETE, Ikev2Event.EV_RECV_DELETE);
            sa.state = Ikev2State.DELETE;
            core.remove(sa, "received DELETE for IKE_SA");
        } else if (fatal) {
            peerEndedSa(sa, core, err.get().notifyType());
        } else if (err.isPresent()) {
            // §2.21.3: an error notify outside a response changes no SA; audit it and go on
            EngineCore.INTERNAL.info("IKEv2:(SA ID = {}):Peer sent {} in INFORMATIONAL request {}; SA kept (RFC 7296 §2.21.3)",
                    sa.saId, Ikev2NotifyType.nameOf(err.get().notifyType()), id);
        }
    }

    /**
     * RFC 7296 §2.21.2: in the INFORMATIONAL exchange immediately following IKE_AUTH, UNSUPPORTED_CRITICAL_PAYLOAD,
     * INVALID_SYNTAX and AUTHENTICATION_FAILED are the only notifies that delete the IKE SA without a Delete payload
     * (the initiator's way of rejecting our IKE_AUTH response). Anywhere else an error notify in a request is not fatal.
     */
    private static boolean fatalInRequest(Ikev2Sa sa, long messageId, int type) {
        boolean followsAuth = sa.authMessageId >= 0 && messageId == sa.authMessageId + 1;
        return followsAuth && (type == Ikev2NotifyType.UNSUPPORTED_CRITICAL_PAYLOAD.number()
                || type == Ikev2NotifyType.INVALID_SYNTAX.number() || type == Ikev2NotifyType.AUTHENTICATION_FAILED.number());
    }

    private static void peerEndedSa(Ikev2Sa sa, EngineCore core, int t) {
        core.report(sa, t == Ikev2NotifyType.AUTHENTICATION_FAILED.number() ? FailureReason.AUTHENTICATION_FAIL
                : t == Ikev2NotifyType.INVALID_SYNTAX.number() ? FailureReason.MALFORMED_PAYLOAD
                : FailureReason.PEER_ERROR_NOTIFY, 0, t, "peer rejected the IKE SA");
        sa.state = Ikev2State.DELETE;
        core.remove(sa, "peer sent " + Ikev2NotifyType.nameOf(t));
    }

    /** A response to our request; INVALID_SYNTAX in it is fatal in both peers (RFC 7296 §2.21.3). */
    static void response(Ikev2Sa sa, EngineCore core) {
        core.trace(sa, sa.state, Ikev2Event.EV_RECV_INFO);
        if (sa.state == Ikev2State.DELETE) {
            core.remove(sa, "deleted");
            return;
        }
        Optional<Ikev2NotifyPayload> err = Payloads.error(sa.inPayloads);
        if (err.isPresent() && err.get().notifyType() == Ikev2NotifyType.INVALID_SYNTAX.number()) {
            peerEndedSa(sa, core, err.get().notifyType());
        }
    }

    /** Sends DELETE for the IKE SA (which implicitly deletes its CHILD_SAs, §1.4.1) and waits for the answer. */
    static void startDelete(Ikev2Sa sa, EngineCore core) {
        if (sa.established == null || sa.protector == null || sa.state != Ikev2State.READY) {
            sa.state = Ikev2State.DELETE;
            core.remove(sa, "deleted locally before it was established");
            return;
        }
        core.trace(sa, Ikev2State.INFO_I_BLD, Ikev2Event.EV_SEND_NOTIFY);
        sa.state = Ikev2State.DELETE;
        long id = sa.nextRequestId++;
        sa.traceMessageId = id;
        Messages.Built b = Messages.protect(sa, core, INFORMATIONAL, false, id,
                List.of(new Ikev2DeletePayload(PROTO_IKE, 0, List.of())));
        core.sendRequest(sa, id, INFORMATIONAL, b.octets(), b.message(), b.inner());
    }
}
