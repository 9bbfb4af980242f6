package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.IkeDecodeException;
import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2Header;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.Ikev2SkPlaintext;
import io.ike4j.codec.v2.Ikev2SkfPayload;
import io.ike4j.codec.v2.iana.Ikev2ExchangeType;
import io.ike4j.codec.v2.iana.Ikev2NotifyType;
import io.ike4j.crypto.IcvMismatchException;
import io.ike4j.diag.FailureCounters.Packet;
import io.ike4j.diag.FailureReason;
import io.ike4j.sm.v2.Ikev2Event;
import io.ike4j.sm.v2.Ikev2State;
import io.ike4j.sm.v2.Role;
import io.ike4j.transport.Datagram;

import java.util.List;

/**
 * Everything a received datagram goes through before a transition row sees it: decoding, SA lookup,
 * message-ID and duplicate checks (RFC 7296 §2.1-2.3), ICV and decryption (§3.14), fragment reassembly
 * (RFC 7383 §2.6). Nothing here throws: bad input is counted, logged and dropped, or answered with the
 * notify the RFC asks for.
 */
final class Receiver {
    private static final int IKE_SA_INIT = Ikev2ExchangeType.IKE_SA_INIT.number();
    private static final int IKE_AUTH = Ikev2ExchangeType.IKE_AUTH.number();
    private static final int CREATE_CHILD_SA = Ikev2ExchangeType.CREATE_CHILD_SA.number();
    private static final int INFORMATIONAL = Ikev2ExchangeType.INFORMATIONAL.number();

    private Receiver() {
    }

    static void receive(EngineCore core, Datagram d) {
        try {
            dispatch(core, d);
        } catch (RuntimeException e) {
            core.counters.count(Packet.DROPPED_MALFORMED);
            EngineCore.INTERNAL.error("IKEv2: internal error on a datagram from {}", d.remote(), e);
        }
    }

    private static void dispatch(EngineCore core, Datagram d) {
        Ikev2Message m;
        try {
            m = Ikev2Codec.decode(d.payload());
        } catch (IkeDecodeException e) {
            core.counters.count(Packet.DROPPED_MALFORMED);
            EngineCore.INTERNAL.info("IKEv2:Dropping malformed packet from {}: {}", d.remote(), e.getMessage());
            return;
        }
        Ikev2Header h = m.header();
        if (h.majorVersion() != 2) {
            core.counters.count(Packet.DROPPED_MALFORMED); // §2.5: INVALID_MAJOR_VERSION only for IKE_SA_INIT; ignore
            return;
        }
        if (h.exchangeType() == IKE_SA_INIT) {
            receiveInit(core, d, m);
            return;
        }
        Bytes localSpi = h.isInitiator() ? h.responderSpi() : h.initiatorSpi();
        Ikev2Sa sa = core.byLocalSpi.get(localSpi);
        if (sa == null || sa.dead || sa.protector == null || h.isInitiator() == sa.initiator()
                || !sa.remote.address().equals(d.remote().address())) {
            core.counters.count(Packet.DROPPED_NO_SA);
            EngineCore.INTERNAL.debug("IKEv2:Dropping packet for unknown SA {} from {}", localSpi.toHex(), d.remote());
            return;
        }
        if (h.isResponse()) {
            if (sa.outstanding == null || sa.outstanding.messageId != h.messageId()) {
                core.counters.count(Packet.DROPPED_MESSAGE_ID); // late duplicate response
                return;
            }
        } else if (sa.cachedResponse != null && sa.cachedResponse.messageId() == h.messageId()
                && h.messageId() == sa.expectedRequestId - 1) {
            answerDuplicate(core, sa);
            return;
        } else if (h.messageId() != sa.expectedRequestId) {
            core.counters.count(Packet.DROPPED_MESSAGE_ID); // §2.3: outside the window of 1
            return;
        }
        List<Ikev2Payload> inner;
        try {
            Ikev2SkPlaintext p = sa.protector.unprotect(d.payload(), m, sa.skKeys);
            if (!m.payloads().isEmpty() && m.payloads().get(m.payloads().size() - 1) instanceof Ikev2SkfPayload f) {
                inner = Fragments.add(sa, h.messageId(), f, p);
                if (inner == null) {
                    return; // more fragments to come
                }
            } else {
                inner = p.payloads();
            }
        } catch (IcvMismatchException e) {
            core.counters.count(Packet.DROPPED_ICV); // §2.21.2: discard, never answer
            EngineCore.INTERNAL.info("IKEv2:(SA ID = {}):Dropping packet with bad ICV (message id {})", sa.saId, h.messageId());
            return;
        } catch (IkeDecodeException e) {
            malformedProtected(core, sa, m, e);
            return;
        }
        core.counters.count(Packet.INBOUND_OK);
        core.received(sa.saId, m, inner, d);
        sa.inBytes = d.payload();
        sa.inMessage = m;
        sa.inPayloads = inner;
        sa.traceMessageId = h.messageId();
        route(core, sa, m);
    }

    private static void route(EngineCore core, Ikev2Sa sa, Ikev2Message m) {
        Ikev2Header h = m.header();
        int x = h.exchangeType();
        if (x == IKE_AUTH && !h.isResponse() && sa.state == Ikev2State.R_WAIT_AUTH) {
            sa.expectedRequestId++;
            core.run(sa, Ikev2Event.EV_RECV_AUTH);
        } else if (x == IKE_AUTH && h.isResponse() && sa.state == Ikev2State.I_WAIT_AUTH) {
            sa.outstanding = null;
            core.run(sa, Ikev2Event.EV_RECV_AUTH);
        } else if (x == INFORMATIONAL) {
            if (h.isResponse()) {
                sa.outstanding = null;
                Informational.response(sa, core);
            } else {
                sa.expectedRequestId++;
                Informational.request(sa, core);
            }
        } else if (x == CREATE_CHILD_SA && !h.isResponse() && sa.state == Ikev2State.READY) {
            // CHILD_SA creation and rekeying are the lifecycle issue's; refuse politely (RFC 7296 §1.3).
            sa.expectedRequestId++;
            ErrorNotifies.send(sa, core, Ikev2NotifyType.NO_ADDITIONAL_SAS.number());
        } else {
            core.counters.count(Packet.DROPPED_MESSAGE_ID);
            EngineCore.INTERNAL.info("IKEv2:(SA ID = {}):Unexpected {} {} in state {}", sa.saId,
                    Ikev2ExchangeType.nameOf(x), h.isResponse() ? "response" : "request", sa.state);
        }
    }

    private static void answerDuplicate(EngineCore core, Ikev2Sa sa) {
        core.counters.count(Packet.DUPLICATE_ANSWERED);
        core.trace(sa, sa.state, Ikev2Event.EV_CHECK_DUPE);
        Ikev2Sa.CachedResponse c = sa.cachedResponse;
        core.send(sa, c.octets(), c.message(), c.inner());
    }

    /** Authenticated but undecodable: answer a request with INVALID_SYNTAX (§2.21.2) and give up the SA if negotiating. */
    private static void malformedProtected(EngineCore core, Ikev2Sa sa, Ikev2Message m, IkeDecodeException e) {
        core.counters.count(Packet.DROPPED_MALFORMED);
        sa.inMessage = m;
        boolean negotiating = sa.state != Ikev2State.READY;
        if (!m.header().isResponse()) {
            sa.expectedRequestId++;
            ErrorNotifies.send(sa, core, Ikev2NotifyType.INVALID_SYNTAX.number());
        }
        core.report(sa, FailureReason.MALFORMED_PAYLOAD, m.header().isResponse() ? 0 : Ikev2NotifyType.INVALID_SYNTAX.number(),
                0, e.getMessage());
        if (negotiating) {
            sa.state = Ikev2State.DELETE;
            core.remove(sa, "malformed payload");
        }
    }

    private static void receiveInit(EngineCore core, Datagram d, Ikev2Message m) {
        Ikev2Header h = m.header();
        if (!h.isResponse()) {
            if (!h.isInitiator() || h.messageId() != 0 || !h.responderSpi().equals(Ikev2Sa.ZERO_SPI)) {
                core.counters.count(Packet.DROPPED_MALFORMED); // §3.1: R SPI zero, message ID 0
                return;
            }
            EngineCore.HalfOpenKey key = new EngineCore.HalfOpenKey(h.initiatorSpi(), d.remote());
            Ikev2Sa known = core.byInitiatorSpi.get(key);
            if (known != null) {
                if (known.cachedResponse != null && known.cachedResponse.messageId() == 0 && known.expectedRequestId == 1) {
                    answerDuplicate(core, known); // retransmitted IKE_SA_INIT: same answer, nothing new (EV_CHECK_DUPE)
                } else {
                    core.counters.count(Packet.DROPPED_MESSAGE_ID);
                }
                return;
            }
            if (!Cookies.admit(core, d, m)) {
                return; // RFC 7296 §2.6: no state until the initiator proves it sees our answers
            }
            core.counters.count(Packet.INBOUND_OK);
            Ikev2Sa sa = new Ikev2Sa(core.allocateSaId(), Role.RESPONDER, core.now);
            sa.spiI = h.initiatorSpi();
            sa.local = d.local();
            sa.remote = d.remote();
            sa.inBytes = d.payload();
            sa.inMessage = m;
            sa.inPayloads = m.payloads();
            sa.traceMessageId = 0;
            core.byInitiatorSpi.put(key, sa);
            core.received(sa.saId, m, List.of(), d);
            core.run(sa, Ikev2Event.EV_RECV_INIT);
            return;
        }
        Ikev2Sa sa = core.byLocalSpi.get(h.initiatorSpi());
        if (sa == null || sa.role != Role.INITIATOR || sa.state != Ikev2State.I_WAIT_INIT || h.isInitiator()
                || h.messageId() != 0 || sa.outstanding == null || sa.outstanding.messageId != 0) {
            core.counters.count(Packet.DROPPED_MESSAGE_ID);
            return;
        }
        core.counters.count(Packet.INBOUND_OK);
        sa.outstanding = null;
        sa.inBytes = d.payload();
        sa.inMessage = m;
        sa.inPayloads = m.payloads();
        sa.traceMessageId = 0;
        core.received(sa.saId, m, List.of(), d);
        core.run(sa, Ikev2Event.EV_RECV_INIT);
    }
}
