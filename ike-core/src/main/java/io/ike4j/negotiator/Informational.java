package io.ike4j.negotiator;

import io.ike4j.codec.v2.Ikev2DeletePayload;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.iana.Ikev2ExchangeType;
import io.ike4j.codec.v2.iana.Ikev2NotifyType;
import io.ike4j.diag.FailureReason;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.ike4j.sm.v2.Ikev2Event.*;
import static io.ike4j.sm.v2.Ikev2State.*;

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

    static void rows(TransitionTable t) {
        Ikev2ExchangeType info = Ikev2ExchangeType.INFORMATIONAL;
        // the peer's requests open an exchange of their own (§1.4), once the IKE SA exists (also while ours is deleted)
        t.entry(info, false, AUTH_DONE, EV_RECV_INFO, INFO_R);
        t.entry(info, false, READY, EV_RECV_INFO, INFO_R);
        t.entry(info, false, DELETE, EV_RECV_INFO, INFO_R);
        // responses to ours are looked up in our exchange's state
        t.entry(info, true, INFO_I_WAIT, EV_RECV_INFO);
        t.entry(info, true, DELETE, EV_RECV_INFO);

        t.on(INFO_R, EV_RECV_INFO, "answerInformational", Informational::request, EXIT, DELETE);
        t.on(DELETE, EV_RECV_DELETE, "deleteIkeSa", (sa, core) -> {
            if (sa.rekeyedTo == null && sa.peerRekeyed != null) {
                IkeRekey.inherit(sa, sa.peerRekeyed, core); // §2.8.2: the peer did not see our rekey: its SA stands
            }
            // the peer ended it: an auto-reconnecting initiator comes back (vEdge scenario 3); not after a rekey
            sa.reconnect = sa.rekeyedTo == null;
            core.remove(sa, sa.rekeyedTo != null ? "rekeyed as SA " + sa.rekeyedTo.saId : "received DELETE for IKE_SA");
            return Next.stop(DELETE);
        });
        t.on(INFO_I_BLD, EV_SEND_NOTIFY, "sendDelete", Informational::sendDelete, DELETE);
        t.on(INFO_I_BLD, EV_SEND_INFO, "sendLivenessCheck", Informational::sendLivenessCheck, INFO_I_WAIT);
        t.on(INFO_I_BLD, EV_SEND_DELETE_CHILD, "sendChildDelete", Informational::sendChildDelete, INFO_I_WAIT, EXIT);
        t.on(INFO_I_WAIT, EV_RECV_INFO, "processInformational", Informational::response, EXIT, DELETE);
        t.on(DELETE, EV_RECV_INFO, "deleted", (sa, core) -> {
            core.remove(sa, sa.rekeyedTo != null ? "rekeyed as SA " + sa.rekeyedTo.saId : "deleted");
            return Next.stop(DELETE);
        });
    }

    private static Next request(Ikev2Sa sa, EngineCore core) {
        List<Ikev2Payload> in = sa.inPayloads;
        List<Ikev2Payload> out = new ArrayList<>();
        boolean deleteIke = false;
        List<io.ike4j.codec.Bytes> ours = new ArrayList<>();
        for (Ikev2DeletePayload d : Payloads.all(in, Ikev2DeletePayload.class)) {
            if (d.protocolId() == PROTO_IKE) {
                deleteIke = true;
            } else if (d.protocolId() == PROTO_ESP) {
                for (io.ike4j.codec.Bytes spi : d.spis()) {
                    Child c = sa.childByOutbound(spi);
                    if (c == null) {
                        continue; // §2.25.1: one that does not exist is answered without a Delete payload
                    }
                    if (c.deleting == null) {
                        ours.add(c.inboundSpi()); // §1.4.1: delete ours too (not if we are closing it already, §2.25.1)
                    }
                    dropChild(sa, core, c); // the SPI may be used again
                }
            }
        }
        if (!ours.isEmpty()) {
            out.add(new Ikev2DeletePayload(PROTO_ESP, 4, ours));
        }
        Optional<Ikev2NotifyPayload> err = Payloads.error(in);
        long id = sa.current.messageId;
        boolean fatal = err.isPresent() && fatalInRequest(sa, id, err.get().notifyType());
        // sent now, not after the row: a DELETE or a fatal notify ends the SA (and its keys) within this exchange
        core.emit(sa, Outgoing.response(INFORMATIONAL, id, deleteIke || fatal ? List.of() : out));
        if (deleteIke) {
            return Next.to(DELETE, EV_RECV_DELETE);
        }
        if (fatal) {
            return peerEndedSa(sa, core, err.get().notifyType());
        }
        if (err.isPresent()) {
            // §2.21.3: an error notify outside a response changes no SA; audit it and go on
            EngineCore.INTERNAL.info("IKEv2:(SA ID = {}):Peer sent {} in INFORMATIONAL request {}; SA kept (RFC 7296 §2.21.3)",
                    sa.saId, Ikev2NotifyType.nameOf(err.get().notifyType()), id);
        }
        return Next.stop(EXIT);
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

    private static Next peerEndedSa(Ikev2Sa sa, EngineCore core, int t) {
        core.report(sa, t == Ikev2NotifyType.AUTHENTICATION_FAILED.number() ? FailureReason.AUTHENTICATION_FAIL
                : t == Ikev2NotifyType.INVALID_SYNTAX.number() ? FailureReason.MALFORMED_PAYLOAD
                : FailureReason.PEER_ERROR_NOTIFY, 0, t, "peer rejected the IKE SA");
        core.remove(sa, "peer sent " + Ikev2NotifyType.nameOf(t));
        return Next.stop(DELETE);
    }

    /**
     * A response to our request; INVALID_SYNTAX in it is fatal in both peers (RFC 7296 §2.21.3). The answer to our
     * CHILD_SA DELETE (carrying the peer's delete of its half, §1.4.1) takes the CHILD_SA out of the key engine.
     */
    private static Next response(Ikev2Sa sa, EngineCore core) {
        Optional<Ikev2NotifyPayload> err = Payloads.error(sa.inPayloads);
        if (err.isPresent() && err.get().notifyType() == Ikev2NotifyType.INVALID_SYNTAX.number()) {
            return peerEndedSa(sa, core, err.get().notifyType());
        }
        if (sa.current.liveness) {
            core.listener.livenessChecked(core.view(sa), true);
        }
        Child gone = sa.current.deletesChild;
        if (gone != null && sa.children != null && sa.children.contains(gone)) {
            EngineCore.INTERNAL.info("IKEv2:(SA ID = {}):CHILD_SA {} deleted (our DELETE answered)", sa.saId, gone);
            dropChild(sa, core, gone);
        }
        return Next.stop(EXIT);
    }

    /** The CHILD_SA leaves the key engine, its keys are zeroed and its inbound SPI is free again. */
    static void dropChild(Ikev2Sa sa, EngineCore core, Child c) {
        if (sa.children == null || !sa.children.remove(c)) {
            return;
        }
        core.keyEngine.delete(c.keys);
        c.keys.destroy();
        core.espSpis.remove(c.inboundSpi(), sa);
    }

    /**
     * Deletes the first CHILD_SA, keeping the IKE SA (RFC 7296 §1.4.1: a Delete payload with our inbound SPI; the peer
     * answers with its own). False when there is none, the SA is not established or the peer's window is full.
     */
    static boolean startChildDelete(Ikev2Sa sa, EngineCore core) {
        return startChildDelete(sa, core, sa.firstLiveChild());
    }

    /** As above, for CHILD_SA {@code c}. */
    static boolean startChildDelete(Ikev2Sa sa, EngineCore core, Child c) {
        if (sa.dead || sa.state != READY || c == null || c.deleting != null || sa.childByInbound(c.inboundSpi()) != c
                || sa.outstandingCount() >= sa.peerWindow) {
            return false;
        }
        Exchange x = new Exchange(sa.nextRequestId, INFORMATIONAL, true, false, INFO_I_BLD);
        x.deletesChild = c;
        c.deleting = x;
        core.run(sa, x, EV_SEND_DELETE_CHILD);
        return true;
    }

    private static Next sendChildDelete(Ikev2Sa sa, EngineCore core) {
        Child c = sa.current.deletesChild;
        if (c == null || sa.childByInbound(c.inboundSpi()) != c) {
            return Next.stop(EXIT); // the peer deleted it meanwhile
        }
        return Next.stop(INFO_I_WAIT).sending(request(sa, List.of(new Ikev2DeletePayload(PROTO_ESP, 4,
                List.of(c.inboundSpi())))));
    }

    /**
     * Deletes the IKE SA (which implicitly deletes its CHILD_SAs, §1.4.1): an INFORMATIONAL DELETE, then waiting for
     * its answer in DELETE; an SA not yet established just goes.
     */
    static void startDelete(Ikev2Sa sa, EngineCore core) {
        if (sa.established != null && sa.protector != null && sa.state == READY && sa.outstandingCount() >= sa.peerWindow
                && !sa.dead) {
            // §2.3: no request beyond the peer's window, not even a DELETE: it goes as soon as one of ours is answered
            sa.deleteQueued = true;
            EngineCore.INTERNAL.info("IKEv2:(SA ID = {}):DELETE queued: the peer's window of {} is full", sa.saId, sa.peerWindow);
            return;
        }
        start(sa, core, EV_SEND_NOTIFY);
    }

    /**
     * A liveness check (§1.4: an empty INFORMATIONAL request), if the peer's window has room (§2.3); false if the SA
     * is not established or as many requests as the peer takes are in flight already.
     */
    static boolean startLivenessCheck(Ikev2Sa sa, EngineCore core) {
        return startLivenessCheck(sa, core, null);
    }

    /** As above, retransmitted on {@code schedule} (null: the profile's). */
    static boolean startLivenessCheck(Ikev2Sa sa, EngineCore core, io.ike4j.config.Retransmission schedule) {
        if (sa.state != READY || sa.outstandingCount() >= sa.peerWindow) {
            return false;
        }
        start(sa, core, EV_SEND_INFO, schedule);
        return true;
    }

    private static void start(Ikev2Sa sa, EngineCore core, io.ike4j.sm.v2.Ikev2Event ev) {
        start(sa, core, ev, null);
    }

    private static void start(Ikev2Sa sa, EngineCore core, io.ike4j.sm.v2.Ikev2Event ev,
                              io.ike4j.config.Retransmission schedule) {
        Exchange x = new Exchange(sa.nextRequestId, INFORMATIONAL, true, false, INFO_I_BLD);
        x.schedule = schedule;
        x.liveness = ev == EV_SEND_INFO;
        core.run(sa, x, ev);
    }

    private static Next sendDelete(Ikev2Sa sa, EngineCore core) {
        if (sa.established == null || sa.protector == null || sa.state != READY) {
            core.remove(sa, "deleted locally before it was established");
            return Next.stop(DELETE);
        }
        // the peer's window has room: startDelete queued the DELETE otherwise (§2.3)
        return Next.stop(DELETE).sending(request(sa, List.of(new Ikev2DeletePayload(PROTO_IKE, 0, List.of()))));
    }

    private static Next sendLivenessCheck(Ikev2Sa sa, EngineCore core) {
        return Next.stop(INFO_I_WAIT).sending(request(sa, List.of())); // §1.4: an empty INFORMATIONAL request
    }

    /** Our request of the exchange being run: it joins the SA's exchanges under the next message ID. */
    private static Outgoing request(Ikev2Sa sa, List<Ikev2Payload> payloads) {
        sa.add(sa.current);
        return Outgoing.request(INFORMATIONAL, sa.nextRequestId++, payloads);
    }
}
