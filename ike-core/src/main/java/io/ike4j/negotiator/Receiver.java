package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.IkeDecodeException;
import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2Header;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.Ikev2SkPayload;
import io.ike4j.codec.v2.Ikev2SkPlaintext;
import io.ike4j.codec.v2.Ikev2SkfPayload;
import io.ike4j.codec.v2.iana.Ikev2ExchangeType;
import io.ike4j.codec.v2.iana.Ikev2NotifyType;
import io.ike4j.crypto.IcvMismatchException;
import io.ike4j.diag.FailureCounters.Packet;
import io.ike4j.diag.FailureReason;
import io.ike4j.sm.v2.Ikev2Event;
import io.ike4j.sm.v2.Ikev2State;
import io.ike4j.transport.Datagram;

import java.security.MessageDigest;
import java.util.List;

/**
 * Everything a protected datagram goes through before a transition row sees it: decoding, SA lookup,
 * message-ID and retransmission checks (RFC 7296 §2.1-2.3), ICV and decryption (§3.14), fragment reassembly
 * (RFC 7383 §2.6). The rule that holds everywhere here: until the ICV (or AEAD tag) has verified, a message
 * may only be dropped and counted: no reply, no message-ID or cache change, no state change, no failure
 * against the SA (§2.21.2, §2.21.4). Nothing here throws for peer input. IKE_SA_INIT is {@link InitReceiver}'s.
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
            // Only a bug gets here (peer input is handled without exceptions): keep the stack trace.
            core.counters.count(Packet.INTERNAL_ERROR);
            EngineCore.INTERNAL.error("IKEv2: internal error on a datagram from {}", d.remote(), e);
        }
    }

    private static void dispatch(EngineCore core, Datagram d) {
        Ikev2Message m;
        try {
            m = Ikev2Codec.decode(d.payload());
        } catch (IkeDecodeException e) {
            drop(core, null, Packet.DROPPED_MALFORMED, DropLog.Kind.MALFORMED,
                    "IKEv2:Dropping malformed packet from " + d.remote() + ": " + e.getMessage());
            return;
        }
        Ikev2Header h = m.header();
        if (h.majorVersion() != 2) {
            core.counters.count(Packet.DROPPED_MALFORMED); // §2.5: INVALID_MAJOR_VERSION only for IKE_SA_INIT; ignore
            return;
        }
        if (h.exchangeType() == IKE_SA_INIT) {
            InitReceiver.receive(core, d, m);
            return;
        }
        Bytes localSpi = h.isInitiator() ? h.responderSpi() : h.initiatorSpi();
        Ikev2Sa sa = core.byLocalSpi.get(localSpi);
        if (sa == null || sa.dead || sa.protector == null || h.isInitiator() == sa.initiator()
                || !sa.remote.address().equals(d.remote().address())) {
            drop(core, null, Packet.DROPPED_NO_SA, DropLog.Kind.NO_SA,
                    "IKEv2:Dropping packet for unknown SA " + localSpi.toHex() + " from " + d.remote());
            return;
        }
        Ikev2Payload last = m.payloads().isEmpty() ? null : m.payloads().get(m.payloads().size() - 1);
        if (!(last instanceof Ikev2SkPayload) && !(last instanceof Ikev2SkfPayload)) {
            // §3.14: every message after IKE_SA_INIT is protected; a plaintext DELETE or AUTHENTICATION_FAILED
            // (or a bare header) is nobody's word and changes nothing.
            drop(core, sa, Packet.DROPPED_UNPROTECTED, DropLog.Kind.UNPROTECTED, "IKEv2:(SA ID = " + sa.saId
                    + "):Dropping unprotected " + Ikev2ExchangeType.nameOf(h.exchangeType()) + " from " + d.remote());
            return;
        }
        if (h.isResponse()) {
            if (sa.outstanding == null || sa.outstanding.messageId != h.messageId()
                    || sa.outstanding.exchangeType != h.exchangeType()) {
                dropMessageId(core, sa, h); // a late duplicate response, or one to a request we did not send
                return;
            }
        } else if (sa.cachedResponse != null && sa.cachedResponse.messageId() == h.messageId()
                && h.messageId() == sa.expectedRequestId - 1) {
            retransmittedRequest(core, sa, d, h);
            return;
        } else if (h.messageId() != sa.expectedRequestId) {
            dropMessageId(core, sa, h); // §2.3: outside the window of 1
            return;
        }
        if (last instanceof Ikev2SkfPayload f) {
            String bad = Fragments.precheck(sa, core, h.messageId(), f);
            if (bad != null) {
                drop(core, sa, Packet.DROPPED_FRAGMENT, DropLog.Kind.FRAGMENT, "IKEv2:(SA ID = " + sa.saId
                        + "):Dropping IKE fragment (message id " + h.messageId() + "): " + bad);
                return;
            }
        }
        Ikev2SkPlaintext p;
        try {
            p = sa.protector.unprotect(d.payload(), m, sa.skKeys);
        } catch (IcvMismatchException e) {
            drop(core, sa, Packet.DROPPED_ICV, DropLog.Kind.BAD_ICV, "IKEv2:(SA ID = " + sa.saId
                    + "):Dropping packet with bad ICV (message id " + h.messageId() + "): " + e.getMessage());
            return;
        } catch (IkeDecodeException e) {
            malformedProtected(core, sa, m, requestDigest(h, d), e); // the ICV verified: the peer holds SK_a
            return;
        }
        // What a retransmission of this request must repeat to get our cached answer (computed once verified).
        byte[] digest = requestDigest(h, d);
        List<Ikev2Payload> inner;
        try {
            if (last instanceof Ikev2SkfPayload f) {
                inner = Fragments.add(sa, core, h.messageId(), f, p, digest);
                if (inner == null) {
                    return; // more fragments to come (or the partial message was dropped)
                }
                digest = sa.inDigest; // fragment 1's: only it repeats our response (RFC 7383 §2.6.1)
            } else {
                inner = p.payloads();
                if (sa.fragments != null && sa.fragments.messageId == h.messageId()) {
                    Fragments.release(sa, core); // the whole message came unfragmented: the partial one is moot
                }
            }
        } catch (IkeDecodeException e) {
            malformedProtected(core, sa, m, digest, e);
            return;
        }
        if (!allowed(sa, h)) {
            drop(core, sa, Packet.DROPPED_UNEXPECTED, DropLog.Kind.UNEXPECTED, "IKEv2:(SA ID = " + sa.saId
                    + "):Dropping " + Ikev2ExchangeType.nameOf(h.exchangeType()) + (h.isResponse() ? " response" : " request")
                    + " in state " + sa.state);
            return;
        }
        core.counters.count(Packet.INBOUND_OK);
        core.received(sa.saId, m, inner, d);
        sa.inBytes = d.payload();
        sa.inMessage = m;
        sa.inPayloads = inner;
        sa.inDigest = digest;
        sa.traceMessageId = h.messageId();
        route(core, sa, m);
    }

    /**
     * Which verified messages the SA takes in its state. RFC 7296 §1.4 / §1.2: INFORMATIONAL and
     * CREATE_CHILD_SA exist only on an established IKE SA, so before IKE_AUTH has completed they are dropped
     * (leaving the message ID unconsumed); IKE_AUTH only while it is awaited.
     */
    private static boolean allowed(Ikev2Sa sa, Ikev2Header h) {
        int x = h.exchangeType();
        if (x == IKE_AUTH) {
            return h.isResponse() ? sa.state == Ikev2State.I_WAIT_AUTH : sa.state == Ikev2State.R_WAIT_AUTH;
        }
        if (x == INFORMATIONAL) {
            return sa.established != null;
        }
        if (x == CREATE_CHILD_SA) {
            return !h.isResponse() && sa.state == Ikev2State.READY;
        }
        return false;
    }

    private static void route(EngineCore core, Ikev2Sa sa, Ikev2Message m) {
        Ikev2Header h = m.header();
        int x = h.exchangeType();
        if (x == IKE_AUTH && !h.isResponse()) {
            sa.expectedRequestId++;
            sa.authMessageId = h.messageId();
            core.run(sa, Ikev2Event.EV_RECV_AUTH);
        } else if (x == IKE_AUTH) {
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
        } else {
            // CHILD_SA creation and rekeying are the lifecycle issue's; refuse politely (RFC 7296 §1.3).
            sa.expectedRequestId++;
            ErrorNotifies.send(sa, core, Ikev2NotifyType.NO_ADDITIONAL_SAS.number());
        }
    }

    /**
     * A request with the message ID we answered last. Only a bitwise identical copy of that request (for a
     * fragmented one: of fragment 1, RFC 7383 §2.6.1) gets the cached response again, once per copy (RFC 7296
     * §2.1); anything else with that ID is not a retransmission and is dropped unanswered, unverified.
     */
    private static void retransmittedRequest(EngineCore core, Ikev2Sa sa, Datagram d, Ikev2Header h) {
        Ikev2Sa.CachedResponse c = sa.cachedResponse;
        if (c.requestDigest() == null || !MessageDigest.isEqual(c.requestDigest(), EngineCore.digest(d.payload()))) {
            drop(core, sa, Packet.DROPPED_RETRANSMIT_MISMATCH, DropLog.Kind.RETRANSMIT_MISMATCH, "IKEv2:(SA ID = "
                    + sa.saId + "):Dropping request " + h.messageId() + " from " + d.remote()
                    + ": not a copy of the request we answered");
            return;
        }
        answerDuplicate(core, sa);
    }

    static void answerDuplicate(EngineCore core, Ikev2Sa sa) {
        core.counters.count(Packet.DUPLICATE_ANSWERED);
        core.trace(sa, sa.state, Ikev2Event.EV_CHECK_DUPE);
        Ikev2Sa.CachedResponse c = sa.cachedResponse;
        core.send(sa, c.octets(), c.message(), c.inner());
    }

    /**
     * Verified but undecodable (the ICV matched: only a holder of SK_a sends this). A request is answered with
     * INVALID_SYNTAX, which RFC 7296 §2.21.3 makes fatal in both peers: the SA is deleted either way (§2.21:
     * errors in a response are not answered but still clean up the state).
     */
    private static void malformedProtected(EngineCore core, Ikev2Sa sa, Ikev2Message m, byte[] digest,
                                           IkeDecodeException e) {
        core.counters.count(Packet.DROPPED_MALFORMED);
        sa.inMessage = m;
        sa.inDigest = digest;
        int notify = 0;
        if (!m.header().isResponse()) {
            sa.expectedRequestId++;
            notify = Ikev2NotifyType.INVALID_SYNTAX.number();
            ErrorNotifies.send(sa, core, notify);
        }
        core.report(sa, FailureReason.MALFORMED_PAYLOAD, notify, 0, e.getMessage());
        sa.state = Ikev2State.DELETE;
        core.remove(sa, "malformed payload");
    }

    private static byte[] requestDigest(Ikev2Header h, Datagram d) {
        return h.isResponse() ? null : EngineCore.digest(d.payload());
    }

    private static void dropMessageId(EngineCore core, Ikev2Sa sa, Ikev2Header h) {
        drop(core, sa, Packet.DROPPED_MESSAGE_ID, DropLog.Kind.MESSAGE_ID, "IKEv2:(SA ID = " + sa.saId + "):Dropping "
                + (h.isResponse() ? "response" : "request") + " with message id " + h.messageId() + " (expected "
                + (h.isResponse() ? sa.outstanding == null ? "none" : String.valueOf(sa.outstanding.messageId)
                : String.valueOf(sa.expectedRequestId)) + ")");
    }

    /** Counts always; logs within {@link DropLog}'s budget. */
    static void drop(EngineCore core, Ikev2Sa sa, Packet counter, DropLog.Kind kind, String line) {
        core.counters.count(counter);
        core.dropLog.line(kind, sa, core.now, line);
    }
}
