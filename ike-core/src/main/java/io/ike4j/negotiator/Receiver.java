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
            unsupportedCritical(core, d, e);
            return;
        }
        Ikev2Header h = m.header();
        if (h.majorVersion() != 2) {
            core.counters.count(Packet.DROPPED_MALFORMED); // §2.5: INVALID_MAJOR_VERSION only for IKE_SA_INIT; ignore
            return;
        }
        if (h.exchangeType() == IKE_SA_INIT) {
            if (core.impairments != Impairments.NONE) { // a test peer ignoring payloads; AUTH still signs the octets
                m = new Ikev2Message(h, core.impairments.received(0, IKE_SA_INIT, h.isResponse(), h.messageId(),
                        m.payloads()));
            }
            InitReceiver.receive(core, d, m);
            return;
        }
        Bytes localSpi = h.isInitiator() ? h.responderSpi() : h.initiatorSpi();
        Ikev2Sa sa = core.sas.byLocalSpi(localSpi);
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
        Exchange ours = null; // the request of ours a response answers
        if (h.isResponse()) {
            ours = sa.outstanding(h.messageId());
            if (ours == null || ours.type != h.exchangeType()) {
                dropMessageId(core, sa, h); // a late duplicate response, or one to a request we did not send
                return;
            }
        } else {
            Exchange theirs = sa.theirs(h.messageId());
            if (theirs != null && theirs.answered()) {
                retransmittedRequest(core, sa, theirs, d, h);
                return;
            }
            if (theirs != null || !inWindow(sa, h.messageId())) {
                dropMessageId(core, sa, h); // §2.3: outside the window, or being processed already
                return;
            }
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
        Dpd.heard(sa, core); // authenticated: the peer is alive
        NatTraversal.follow(sa, core, d); // §2.23: only an authenticated message moves the SA's endpoints
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
        TransitionTable.Entry entry = core.table.entry(h.exchangeType(), h.isResponse(),
                ours == null || ours.setup ? sa.state : ours.state);
        if (entry == null) {
            // §1.4, §1.2: INFORMATIONAL and CREATE_CHILD_SA exist only on an established IKE SA, IKE_AUTH only while
            // it is awaited: the table has no entry, the message is dropped and its message ID stays unconsumed
            drop(core, sa, Packet.DROPPED_UNEXPECTED, DropLog.Kind.UNEXPECTED, "IKEv2:(SA ID = " + sa.saId
                    + "):Dropping " + Ikev2ExchangeType.nameOf(h.exchangeType()) + (h.isResponse() ? " response" : " request")
                    + " in state " + sa.state);
            return;
        }
        if (core.impairments != Impairments.NONE) { // verified: a test peer may ignore some of it
            inner = core.impairments.received(sa.saId, h.exchangeType(), h.isResponse(), h.messageId(), inner);
        }
        core.counters.count(Packet.INBOUND_OK);
        core.received(sa.saId, m, inner, d);
        sa.inBytes = d.payload();
        sa.inMessage = m;
        sa.inPayloads = inner;
        sa.inDigest = digest;
        sa.traceMessageId = h.messageId();
        if (ours != null) {
            ours.requestDone(); // answered: the request's octets go, the exchange processes the response
            if (EngineCore.INTERNAL.isDebugEnabled()) { // IOS: "Requests can be sent from range 4 to 8" (§2.3)
                Exchange oldest = sa.outstanding();
                long from = oldest == null ? sa.nextRequestId : oldest.messageId;
                EngineCore.INTERNAL.debug("IKEv2:(SA ID = {}):Processed response with message id {}, Requests can be sent "
                        + "from range {} to {}", sa.saId, h.messageId(), from, from + sa.peerWindow - 1);
            }
            if (ours.setup) {
                sa.remove(ours);
            }
            core.run(sa, ours, entry.event());
            return;
        }
        Exchange x = new Exchange(h.messageId(), h.exchangeType(), false, EngineCore.isSetup(h.exchangeType()),
                entry.starts());
        x.requestDigest = digest; // what our response will answer, whatever other exchanges receive meanwhile
        sa.add(x);
        received(sa, h.messageId());
        if (h.exchangeType() == IKE_AUTH) {
            sa.authMessageId = h.messageId();
        }
        core.run(sa, x, entry.event());
    }

    /**
     * §2.5: an IKE_SA_INIT request with a critical payload we do not know is rejected with UNSUPPORTED_CRITICAL_PAYLOAD
     * naming its type. It is answered like N(COOKIE): from the header alone, keeping nothing, never larger than the
     * request; every other undecodable datagram is only dropped.
     */
    private static void unsupportedCritical(EngineCore core, Datagram d, IkeDecodeException e) {
        Bytes o = d.payload();
        if (e.notifyType() != Ikev2NotifyType.UNSUPPORTED_CRITICAL_PAYLOAD.number() || e.notifyData() == null
                || o.length() < Ikev2Header.LENGTH || o.get(17) != 0x20 || o.get(18) != IKE_SA_INIT
                || (o.get(19) & (Ikev2Header.FLAG_INITIATOR | Ikev2Header.FLAG_RESPONSE)) != Ikev2Header.FLAG_INITIATOR
                || !o.slice(8, 8).equals(Ikev2Sa.ZERO_SPI) || !o.slice(20, 4).equals(Bytes.wrap(new byte[4]))) {
            return;
        }
        Ikev2Header h = new Ikev2Header(o.slice(0, 8), Ikev2Sa.ZERO_SPI, IKE_SA_INIT, Ikev2Header.FLAG_RESPONSE, 0);
        byte[] octets = Ikev2Codec.encode(new Ikev2Message(h, List.of(
                io.ike4j.codec.v2.Ikev2NotifyPayload.of(e.notifyType(), e.notifyData()))));
        if (octets.length <= o.length()) {
            core.outbound.send(Datagram.of(octets, d.local(), d.remote()));
            core.counters.count(Packet.OUTBOUND_OK);
        }
    }

    /** §2.3: the peer may have {@code localWindow} requests in flight, from the lowest it has not had answered. */
    private static boolean inWindow(Ikev2Sa sa, long messageId) {
        return messageId >= sa.expectedRequestId && messageId < sa.expectedRequestId + sa.localWindow;
    }

    /** Request {@code messageId} consumed: the window's low end moves past every request received. */
    private static void received(Ikev2Sa sa, long messageId) {
        if (messageId == sa.expectedRequestId) {
            do {
                sa.expectedRequestId++;
            } while (sa.theirs(sa.expectedRequestId) != null);
        }
    }

    /**
     * A request with the message ID we answered last. Only a bitwise identical copy of that request (for a
     * fragmented one: of fragment 1, RFC 7383 §2.6.1) gets the cached response again, once per copy (RFC 7296
     * §2.1); anything else with that ID is not a retransmission and is dropped unanswered, unverified.
     */
    private static void retransmittedRequest(EngineCore core, Ikev2Sa sa, Exchange x, Datagram d, Ikev2Header h) {
        if (x.requestDigest == null || !MessageDigest.isEqual(x.requestDigest, EngineCore.digest(d.payload()))) {
            drop(core, sa, Packet.DROPPED_RETRANSMIT_MISMATCH, DropLog.Kind.RETRANSMIT_MISMATCH, "IKEv2:(SA ID = "
                    + sa.saId + "):Dropping request " + h.messageId() + " from " + d.remote()
                    + ": not a copy of the request we answered");
            return;
        }
        answerDuplicate(core, sa, x);
    }

    /** The "any state" EV_CHECK_DUPE row: our kept response to exchange {@code x} goes out again. */
    static void answerDuplicate(EngineCore core, Ikev2Sa sa, Exchange x) {
        core.runAnyState(sa, x, Ikev2Event.EV_CHECK_DUPE);
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
        Bytes data = Bytes.EMPTY;
        if (!m.header().isResponse()) {
            received(sa, m.header().messageId());
            notify = Ikev2NotifyType.INVALID_SYNTAX.number();
            if (e.notifyType() == Ikev2NotifyType.UNSUPPORTED_CRITICAL_PAYLOAD.number() && e.notifyData() != null) {
                notify = e.notifyType(); // §2.5: name the critical type we do not support, in one octet
                data = e.notifyData();
            }
        }
        core.failOutsideRun(sa, null, Next.fail(FailureReason.MALFORMED_PAYLOAD, notify, data, e.getMessage()));
    }

    private static byte[] requestDigest(Ikev2Header h, Datagram d) {
        return h.isResponse() ? null : EngineCore.digest(d.payload());
    }

    private static void dropMessageId(EngineCore core, Ikev2Sa sa, Ikev2Header h) {
        drop(core, sa, Packet.DROPPED_MESSAGE_ID, DropLog.Kind.MESSAGE_ID, "IKEv2:(SA ID = " + sa.saId + "):Dropping "
                + (h.isResponse() ? "response" : "request") + " with message id " + h.messageId() + " (expected "
                + (h.isResponse() ? sa.outstanding() == null ? "none" : String.valueOf(sa.outstanding().messageId)
                : String.valueOf(sa.expectedRequestId)) + ")");
    }

    /** Counts always; logs within {@link DropLog}'s budget. */
    static void drop(EngineCore core, Ikev2Sa sa, Packet counter, DropLog.Kind kind, String line) {
        core.counters.count(counter);
        core.dropLog.line(kind, sa, core.now, line);
    }
}
