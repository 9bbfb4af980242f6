package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2DeletePayload;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.diag.FailureCounters.Packet;
import io.ike4j.diag.FailureReason;
import io.ike4j.sa.IkeSaInfo;
import io.ike4j.sm.v2.Ikev2State;
import io.ike4j.transport.NetEvent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 10 item 8: INFORMATIONAL before IKE_AUTH has completed is dropped (RFC 7296 §1.4: it exists only on an
 * established IKE SA), leaving the message ID to IKE_AUTH; an error notify in an INFORMATIONAL request ends the SA
 * only where the RFC makes it fatal (§2.21.2: UNSUPPORTED_CRITICAL_PAYLOAD, INVALID_SYNTAX, AUTHENTICATION_FAILED in
 * the exchange right after IKE_AUTH); elsewhere it is audited and answered (§2.21.3). The attacker holds the SA's
 * keys: it completed IKE_SA_INIT (or is the authenticated but hostile peer).
 */
@Tag("hostile")
class HostileInformationalTest {
    static final int INFORMATIONAL = 37;

    @Test
    void informationalBeforeIkeAuthIsDropped() {
        EnginePair p = Hostile.halfOpen(700);
        IkeSaInfo r = Hostile.responderSa(p);
        Hostile.Snapshot before = Hostile.Snapshot.of(p.responder, r);
        int mark = Hostile.mark(p);
        List<Ikev2Payload> deleteIke = List.of(new Ikev2DeletePayload(1, 0, List.of(), 0));
        Hostile.toResponder(p, EnginePair.I_ADDR, Forger.sk(r, Hostile.keys(p), Forger.header(r, true, INFORMATIONAL, false, 1), deleteIke));
        Hostile.toResponder(p, EnginePair.I_ADDR, Forger.sk(r, Hostile.keys(p), Forger.header(r, true, INFORMATIONAL, false, 1),
                List.of(Ikev2NotifyPayload.of(24, Bytes.EMPTY))));
        assertEquals(List.of(), Hostile.sentBy(p, EnginePair.R_ADDR, mark), "not answered");
        assertEquals(before, Hostile.Snapshot.of(p.responder, r), "R_WAIT_AUTH, message ID 1 still expected");
        assertEquals(2, p.responder.engine.counters().get(Packet.DROPPED_UNEXPECTED));
        assertEquals(List.of(), p.responder.deleted);
        // The other direction: a protected INFORMATIONAL "request" to the initiator waiting for IKE_AUTH.
        IkeSaInfo in = p.initiator.engine.sas().get(0);
        Hostile.inject(p, EnginePair.R_ADDR, EnginePair.I_ADDR, Forger.sk(in, Hostile.keys(p),
                Forger.header(in, false, INFORMATIONAL, false, 0), deleteIke));
        assertEquals(Ikev2State.I_WAIT_AUTH, p.initiator.engine.sas().get(0).state());
        assertEquals(1, p.initiator.engine.counters().get(Packet.DROPPED_UNEXPECTED));
        Hostile.completes(p);
    }

    /** After IKE_AUTH: error notifies outside the exchange right after it are answered and change nothing. */
    @Test
    void errorNotifiesInLaterInformationalRequestsKeepTheSa() throws Exception {
        EnginePair.Config i = new EnginePair.Config();
        EnginePair p = Hostile.ready(701, i, new EnginePair.Config());
        IkeSaInfo r = Hostile.responderSa(p);
        // ID 2 follows IKE_AUTH but NO_PROPOSAL_CHOSEN is not among the fatal three; 3.. are later exchanges
        long id = 2;
        for (int type : new int[] {14, 24, 7, 1}) {
            int mark = Hostile.mark(p);
            Hostile.toResponder(p, EnginePair.I_ADDR, Forger.sk(r, Hostile.keys(p), Forger.header(r, true, INFORMATIONAL, false, id),
                    List.of(Ikev2NotifyPayload.of(type, Bytes.EMPTY))));
            List<NetEvent> replies = Hostile.sentBy(p, EnginePair.R_ADDR, mark);
            assertEquals(1, replies.size(), "answered (RFC 7296 §2.21.3)");
            Ikev2Message m = Ikev2Codec.decode(replies.get(0).wire());
            assertEquals(id, m.header().messageId());
            assertEquals(List.of(), Forger.protector(r).unprotect(replies.get(0).wire(), m, Forger.skKeys(Hostile.keys(p))).payloads());
            assertEquals(Ikev2State.READY, Hostile.responderSa(p).state(), "notify " + type + " in request " + id);
            id++;
        }
        assertEquals(6, Hostile.responderSa(p).expectedRequestId());
        assertEquals(List.of(), p.responder.failures);
        assertEquals(List.of(), p.responder.deleted);
    }

    /** The one place the RFC makes it fatal: AUTHENTICATION_FAILED in the INFORMATIONAL right after IKE_AUTH. */
    @Test
    void authenticationFailedRightAfterIkeAuthEndsTheSa() {
        EnginePair p = Hostile.ready(702, new EnginePair.Config(), new EnginePair.Config());
        IkeSaInfo r = Hostile.responderSa(p);
        Hostile.toResponder(p, EnginePair.I_ADDR, Forger.sk(r, Hostile.keys(p), Forger.header(r, true, INFORMATIONAL, false, 2),
                List.of(Ikev2NotifyPayload.of(24, Bytes.EMPTY))));
        assertEquals(0, p.responder.engine.sas().size());
        assertEquals(FailureReason.AUTHENTICATION_FAIL, p.responder.failures.get(0).reason());
    }
}
