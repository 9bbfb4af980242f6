package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2DeletePayload;
import io.ike4j.codec.v2.Ikev2Header;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.Ikev2SkfPayload;
import io.ike4j.codec.v2.Ikev2SkProtector;
import io.ike4j.codec.v2.iana.Ikev2NotifyType;
import io.ike4j.diag.FailureCounters.Packet;
import io.ike4j.diag.FailureReason;
import io.ike4j.sa.IkeSaInfo;
import io.ike4j.sm.v2.Ikev2State;
import io.ike4j.transport.NetEvent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10 item 1: until the ICV (or AEAD tag) has verified, an SK/SKF message may only be dropped and counted —
 * no reply, no message-ID change, no cache, no state change, no failure against the SA (RFC 7296 §2.21.2, §3.14).
 * INVALID_SYNTAX only after verification. Plus the "keep" items: bad ICV and plaintext DELETE /
 * AUTHENTICATION_FAILED after IKE_SA_INIT are ignored.
 */
@Tag("hostile")
class HostileUnverifiedInputTest {
    static final int IKE_AUTH = 35;
    static final int INFORMATIONAL = 37;

    static EnginePair.Config suite(String ike) {
        EnginePair.Config c = new EnginePair.Config();
        c.ike = ike;
        return c;
    }

    /** The attack measured on main: a 33-byte "IKE_AUTH request" (8-byte SK body) ended the negotiation. */
    @ParameterizedTest
    @ValueSource(strings = {"aes128-sha256-modp2048", "aes128gcm16-prfsha256-x25519"})
    void shortSkBodyToHalfOpenResponderIsDroppedSilently(String ike) {
        EnginePair.Config i = suite(ike);
        EnginePair p = Hostile.halfOpen(100, i, suite(ike));
        IkeSaInfo r = Hostile.responderSa(p);
        Hostile.Snapshot before = Hostile.Snapshot.of(p.responder, r);
        int mark = Hostile.mark(p);
        Ikev2SkProtector prot = Forger.protector(r);
        for (int n = 0; n < prot.ivLength() + prot.icvLength() + 1; n++) {
            Hostile.toResponder(p, Hostile.SAME_HOST, Forger.rawSk(Forger.header(r, true, IKE_AUTH, false, 1), new byte[n]));
            Hostile.toResponder(p, EnginePair.I_ADDR, Forger.rawSk(Forger.header(r, true, IKE_AUTH, false, 1), new byte[n]));
        }
        int sent = 2 * (prot.ivLength() + prot.icvLength() + 1);
        assertEquals(List.of(), Hostile.sentBy(p, EnginePair.R_ADDR, mark), "no reply to unverified input");
        assertEquals(before, Hostile.Snapshot.of(p.responder, r), "state, message IDs, cache unchanged");
        assertEquals(sent, p.responder.engine.counters().get(Packet.DROPPED_ICV));
        assertEquals(0, p.responder.engine.counters().get(Packet.DROPPED_MALFORMED));
        Hostile.completes(p);
        Hostile.legitimateStillWorks(p, i);
    }

    @Test
    void shortSkfBodyToHalfOpenResponderIsDroppedSilently() {
        EnginePair p = Hostile.halfOpen(101);
        IkeSaInfo r = Hostile.responderSa(p);
        Hostile.Snapshot before = Hostile.Snapshot.of(p.responder, r);
        int mark = Hostile.mark(p);
        for (int n = 0; n <= 32; n += 8) {
            byte[] skf = Ikev2Codec.encode(new Ikev2Message(Forger.header(r, true, IKE_AUTH, false, 1),
                    List.of(new Ikev2SkfPayload(IKE_AUTH, 1, 2, Bytes.wrap(new byte[n])))));
            Hostile.toResponder(p, Hostile.SAME_HOST, skf);
        }
        assertEquals(List.of(), Hostile.sentBy(p, EnginePair.R_ADDR, mark));
        assertEquals(before, Hostile.Snapshot.of(p.responder, r));
        assertEquals(0, p.responder.engine.core().reassemblyBytes, "nothing unverified is stored");
        Hostile.completes(p);
    }

    /** The same on a READY SA with the next message ID: the peer's next request must still be processed normally. */
    @Test
    void shortSkBodyOnReadySaLeavesTheMessageIdToThePeer() {
        EnginePair.Config i = new EnginePair.Config();
        EnginePair p = Hostile.ready(102, i, new EnginePair.Config());
        IkeSaInfo r = Hostile.responderSa(p);
        Hostile.Snapshot before = Hostile.Snapshot.of(p.responder, r);
        assertEquals(2, before.expectedRequestId());
        int mark = Hostile.mark(p);
        Hostile.toResponder(p, Hostile.SAME_HOST, Forger.rawSk(Forger.header(r, true, INFORMATIONAL, false, 2), new byte[8]));
        assertEquals(List.of(), Hostile.sentBy(p, EnginePair.R_ADDR, mark));
        assertEquals(before, Hostile.Snapshot.of(p.responder, r));
        // The initiator's DELETE uses message ID 2: it is answered (not with a cached INVALID_SYNTAX) and both forget the SA.
        assertTrue(p.initiator.engine.delete(p.initiator.engine.sas().get(0).saId()));
        p.net.runUntilIdle();
        assertEquals(0, p.responder.engine.sas().size());
        assertEquals(0, p.initiator.engine.sas().size());
        assertEquals(List.of("received DELETE for IKE_SA"), p.responder.deleted);
        assertEquals(List.of(), p.responder.failures);
        Hostile.legitimateStillWorks(p, i);
    }

    /** The other role: a forged IKE_AUTH "response" to the initiator waiting for one. */
    @Test
    void shortSkResponseToWaitingInitiatorIsDroppedSilently() {
        EnginePair p = Hostile.halfOpen(103);
        IkeSaInfo in = p.initiator.engine.sas().get(0);
        Hostile.Snapshot before = Hostile.Snapshot.of(p.initiator, in);
        int mark = Hostile.mark(p);
        for (int n : new int[] {0, 8, 32}) {
            Hostile.inject(p, EnginePair.R_ADDR, EnginePair.I_ADDR, Forger.rawSk(Forger.header(in, false, IKE_AUTH, true, 1), new byte[n]));
        }
        assertEquals(List.of(), Hostile.sentBy(p, EnginePair.I_ADDR, mark));
        assertEquals(before, Hostile.Snapshot.of(p.initiator, in), "outstanding IKE_AUTH request kept");
        assertEquals(3, p.initiator.engine.counters().get(Packet.DROPPED_ICV));
        Hostile.completes(p);
    }

    /** Keep: a full-length body with a wrong ICV, in every state, is dropped without a word. */
    @Test
    void badIcvIsDroppedSilentlyInEveryState() {
        EnginePair p = Hostile.halfOpen(104);
        IkeSaInfo r = Hostile.responderSa(p);
        int mark = Hostile.mark(p);
        Hostile.toResponder(p, EnginePair.I_ADDR, Forger.rawSk(Forger.header(r, true, IKE_AUTH, false, 1), new byte[96]));
        Hostile.completes(p);
        IkeSaInfo ready = Hostile.responderSa(p);
        Hostile.Snapshot before = Hostile.Snapshot.of(p.responder, ready);
        int mark2 = Hostile.mark(p);
        Hostile.toResponder(p, EnginePair.I_ADDR, Forger.rawSk(Forger.header(ready, true, INFORMATIONAL, false, 2), new byte[96]));
        Hostile.toResponder(p, EnginePair.I_ADDR, Forger.rawSk(Forger.header(ready, true, INFORMATIONAL, false, 1), new byte[96]));
        assertEquals(List.of(), Hostile.sentBy(p, EnginePair.R_ADDR, mark2));
        assertEquals(before, Hostile.Snapshot.of(p.responder, ready));
        assertEquals(2, p.responder.engine.counters().get(Packet.DROPPED_ICV));
        assertEquals(1, p.responder.engine.counters().get(Packet.DROPPED_RETRANSMIT_MISMATCH), "ID 1 was answered: not a copy");
        assertTrue(mark < mark2);
    }

    /** Keep: a plaintext DELETE or AUTHENTICATION_FAILED after IKE_SA_INIT is nobody's word (RFC 7296 §3.14). */
    @Test
    void plaintextDeleteAndAuthenticationFailedAreIgnored() {
        EnginePair.Config i = new EnginePair.Config();
        EnginePair p = Hostile.ready(105, i, new EnginePair.Config());
        IkeSaInfo r = Hostile.responderSa(p);
        IkeSaInfo in = p.initiator.engine.sas().get(0);
        Hostile.Snapshot rBefore = Hostile.Snapshot.of(p.responder, r);
        Hostile.Snapshot iBefore = Hostile.Snapshot.of(p.initiator, in);
        int mark = Hostile.mark(p);
        List<Ikev2Payload> delete = List.of(new Ikev2DeletePayload(1, 0, List.of(), 0));
        List<Ikev2Payload> authFailed = List.of(Ikev2NotifyPayload.of(Ikev2NotifyType.AUTHENTICATION_FAILED.number(), Bytes.EMPTY));
        for (List<Ikev2Payload> body : List.of(delete, authFailed)) {
            Hostile.toResponder(p, EnginePair.I_ADDR, Ikev2Codec.encode(new Ikev2Message(Forger.header(r, true, INFORMATIONAL, false, 2), body)));
            Hostile.inject(p, EnginePair.R_ADDR, EnginePair.I_ADDR, Ikev2Codec.encode(new Ikev2Message(Forger.header(in, false, INFORMATIONAL, false, 0), body)));
            Hostile.inject(p, EnginePair.R_ADDR, EnginePair.I_ADDR, Ikev2Codec.encode(new Ikev2Message(Forger.header(in, false, IKE_AUTH, true, 1), body)));
        }
        Hostile.toResponder(p, EnginePair.I_ADDR, Forger.headerOnly(Forger.header(r, true, INFORMATIONAL, false, 2)));
        assertEquals(List.of(), Hostile.engineSends(p, mark), "neither engine answers");
        assertEquals(rBefore, Hostile.Snapshot.of(p.responder, r));
        assertEquals(iBefore, Hostile.Snapshot.of(p.initiator, in));
        assertEquals(3, p.responder.engine.counters().get(Packet.DROPPED_UNPROTECTED));
        assertEquals(4, p.initiator.engine.counters().get(Packet.DROPPED_UNPROTECTED));
        assertEquals(List.of(), p.responder.deleted);
        Hostile.legitimateStillWorks(p, i);
    }

    /**
     * A peer holding SK_a (it completed IKE_SA_INIT) sends a request that verifies but does not decode: that, and
     * only that, is answered with a protected INVALID_SYNTAX, which is fatal for the SA (RFC 7296 §2.21.3).
     */
    @Test
    void invalidSyntaxOnlyAfterVerification() throws Exception {
        EnginePair.Config i = new EnginePair.Config();
        EnginePair p = Hostile.ready(106, i, new EnginePair.Config());
        IkeSaInfo r = Hostile.responderSa(p);
        int mark = Hostile.mark(p);
        byte[] brokenChain = {0, 0, 0, (byte) 200, 1, 2, 3, 4}; // a payload claiming 200 octets in 8
        Ikev2Header h = Forger.header(r, true, INFORMATIONAL, false, 2);
        byte[] verified = Forger.fragment(r, Hostile.keys(p), h, 41, 1, 1, brokenChain);
        Hostile.toResponder(p, EnginePair.I_ADDR, verified);
        List<NetEvent> replies = Hostile.sentBy(p, EnginePair.R_ADDR, mark);
        assertEquals(1, replies.size(), "exactly one answer");
        byte[] reply = replies.get(0).wire().toByteArray();
        Ikev2Message m = Ikev2Codec.decode(reply);
        assertTrue(m.header().isResponse());
        assertEquals(2, m.header().messageId());
        List<Ikev2Payload> inner = Forger.protector(r).unprotect(Bytes.wrap(reply), m, Forger.skKeys(Hostile.keys(p))).payloads();
        assertEquals(List.of(Ikev2NotifyPayload.of(Ikev2NotifyType.INVALID_SYNTAX.number(), Bytes.EMPTY)), inner);
        assertEquals(0, p.responder.engine.sas().size(), "INVALID_SYNTAX is fatal in both peers");
        assertEquals(FailureReason.MALFORMED_PAYLOAD, p.responder.failures.get(0).reason());
        assertEquals(Ikev2State.READY, p.initiator.engine.sas().get(0).state(), "the initiator never sent it");
    }
}
