package io.ike4j.negotiator.v1;

import io.ike4j.diag.FailureReason;
import io.ike4j.diag.IkeFailure;
import io.ike4j.sm.v1.Ikev1State;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each IKEv1 failure of issue 13 provoked between two engines, named in the seeds' vocabulary (ios-reference.md §5)
 * with the notify on the wire where there is one.
 */
class Ikev1FailureTest {

    static IkeFailure only(V1Pair.Side s) {
        assertEquals(1, s.failures.size(), s.failureLines());
        return s.failures.get(0);
    }

    static V1Pair run(V1Pair.Config i, V1Pair.Config r, int seconds) {
        V1Pair p = new V1Pair(31, i, r);
        p.initiate(false);
        p.run(Duration.ofSeconds(seconds), Duration.ofSeconds(1));
        return p;
    }

    @Test
    void phase1ProposalMismatchIsNoProposalChosenInMm2() {
        V1Pair.Config r = new V1Pair.Config();
        r.ike = "aes256-sha256-modp4096";
        V1Pair p = run(new V1Pair.Config(), r, 1);
        IkeFailure rf = only(p.responder);
        assertEquals(FailureReason.PHASE1_PROPOSAL_MISMATCH, rf.reason());
        assertEquals(OptionalInt.of(14), rf.notifySent());
        IkeFailure f = only(p.initiator);
        assertEquals(FailureReason.PHASE1_PROPOSAL_MISMATCH, f.reason());
        assertEquals(OptionalInt.of(14), f.notifyReceived());
        assertEquals("IKEv1:(SA ID = 1):phase1 proposal mismatch (received NO_PROPOSAL_CHOSEN)",
                f.logLine());
        assertEquals(List.of(), p.initiator.engine.sas());
        assertEquals(List.of(), p.responder.engine.sas());
    }

    @Test
    void aWrongPreSharedKeyMakesMm5UndecryptableOnTheResponder() {
        V1Pair.Config r = new V1Pair.Config();
        r.psk = "not-cisco123";
        V1Pair p = run(new V1Pair.Config(), r, 70);
        IkeFailure rf = only(p.responder);
        assertEquals(FailureReason.AUTHENTICATION_FAIL, rf.reason());
        assertTrue(rf.detail().startsWith("MM5 "), rf.detail());
        assertTrue(rf.detail().contains("pre-shared keys probably differ"), rf.detail());
        assertTrue(rf.logLine().contains("authentication fail"), rf.logLine());
        IkeFailure f = only(p.initiator);
        assertEquals(FailureReason.AUTHENTICATION_FAIL, f.reason(), f.logLine());
        assertTrue(f.detail().contains("no answer to MM5"), f.detail());
        assertEquals(List.of(), p.responder.engine.sas(), "the responder never completes phase 1");
        assertEquals(List.of(), p.responder.established);
    }

    @Test
    void hashIMismatchIsNamedByTheResponder() {
        V1Pair.Config i = new V1Pair.Config();
        i.engineTweak = b -> b.tweaks((which, h) -> which.equals("HASH_I") ? flip(h) : h);
        V1Pair p = run(i, new V1Pair.Config(), 70);
        IkeFailure rf = only(p.responder);
        assertEquals(FailureReason.AUTHENTICATION_FAIL, rf.reason());
        assertTrue(rf.detail().startsWith("HASH_I mismatch in MM5"), rf.detail());
        assertEquals(List.of(), p.responder.established);
    }

    @Test
    void hashRMismatchIsNamedByTheInitiator() {
        V1Pair.Config r = new V1Pair.Config();
        r.engineTweak = b -> b.tweaks((which, h) -> which.equals("HASH_R") ? flip(h) : h);
        V1Pair p = run(new V1Pair.Config(), r, 70);
        IkeFailure f = only(p.initiator);
        assertEquals(FailureReason.AUTHENTICATION_FAIL, f.reason());
        assertTrue(f.detail().startsWith("HASH_R mismatch in MM6"), f.detail());
        assertEquals(List.of(), p.initiator.established);
        assertEquals(List.of(), p.initiator.children);
    }

    @Test
    void configIdMismatch() {
        V1Pair.Config r = new V1Pair.Config();
        r.matchIdentity = "vpn.example.com";
        V1Pair p = run(new V1Pair.Config(), r, 1);
        IkeFailure rf = only(p.responder);
        assertEquals(FailureReason.CONFIG_ID_MISMATCH, rf.reason());
        assertEquals(OptionalInt.of(18), rf.notifySent());
        assertTrue(rf.detail().contains("10.0.0.1"), rf.detail());
        IkeFailure f = only(p.initiator);
        assertEquals(FailureReason.CONFIG_ID_MISMATCH, f.reason(), "the protected INVALID-ID-INFORMATION verified");
        assertEquals(OptionalInt.of(18), f.notifyReceived());
    }

    @Test
    void peerAddressMismatch() {
        V1Pair.Config r = new V1Pair.Config();
        r.keyringAddress = "192.168.0.0/16";
        V1Pair p = run(new V1Pair.Config(), r, 1);
        IkeFailure rf = only(p.responder);
        assertEquals(FailureReason.PEER_ADDRESS_MISMATCH, rf.reason());
        assertTrue(rf.detail().contains("10.0.0.1"), rf.detail());
        assertEquals(FailureReason.PHASE1_PROPOSAL_MISMATCH, only(p.initiator).reason());
    }

    @Test
    void flowMismatchIsInvalidIdInformationAndKeepsTheIsakmpSa() {
        V1Pair.Config i = new V1Pair.Config();
        V1Pair.Config r = new V1Pair.Config();
        i.localTs = "10.1.0.0/24";
        i.remoteTs = "10.2.0.0/24";
        r.localTs = "10.2.0.0/24";
        r.remoteTs = "10.9.0.0/24";
        V1Pair p = run(i, r, 1);
        IkeFailure rf = only(p.responder);
        assertEquals(FailureReason.FLOW_MISMATCH, rf.reason());
        assertEquals(OptionalInt.of(18), rf.notifySent());
        IkeFailure f = only(p.initiator);
        assertEquals(FailureReason.FLOW_MISMATCH, f.reason());
        assertEquals(OptionalInt.of(18), f.notifyReceived());
        assertEquals(Ikev1State.IKE_P1_COMPLETE, p.initiator.engine.sas().get(0).state(), "phase 1 stays");
        assertEquals(List.of(), p.initiator.children);
    }

    @Test
    void phase2ProposalMismatch() {
        V1Pair.Config r = new V1Pair.Config();
        r.esp = "esp-3des esp-md5-hmac";
        V1Pair p = run(new V1Pair.Config(), r, 1);
        assertEquals(FailureReason.PHASE2_PROPOSAL_OR_PFS_MISMATCH, only(p.responder).reason());
        assertEquals(OptionalInt.of(14), only(p.initiator).notifyReceived());
        assertEquals(FailureReason.PHASE2_PROPOSAL_OR_PFS_MISMATCH, only(p.initiator).reason());
        assertEquals(Ikev1State.IKE_P1_COMPLETE, p.responder.engine.sas().get(0).state());
    }

    @Test
    void pfsMismatch() {
        V1Pair.Config r = new V1Pair.Config();
        r.pfs = 14;
        V1Pair p = run(new V1Pair.Config(), r, 1);
        assertEquals(FailureReason.PHASE2_PROPOSAL_OR_PFS_MISMATCH, only(p.responder).reason());
        assertEquals(FailureReason.PHASE2_PROPOSAL_OR_PFS_MISMATCH, only(p.initiator).reason());
        assertEquals(List.of(), p.responder.children);
    }

    static byte[] flip(byte[] h) {
        byte[] c = h.clone();
        c[0] ^= 1;
        return c;
    }
}
