package io.ike4j.negotiator;

import io.ike4j.codec.v2.iana.Ikev2NotifyType;
import io.ike4j.diag.FailureReason;
import io.ike4j.diag.IkeFailure;
import io.ike4j.sa.ChildSa;
import io.ike4j.sm.v2.Ikev2State;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Soft and hard lifetimes (RFC 7296 §2.8) in seconds and kilobytes, and ios-reference.md §5 scenario 2: a PFS mismatch
 * that bites only at the first rekey.
 */
class ChildLifetimeTest {

    private static void run(EnginePair p, int seconds) {
        for (int k = 0; k < seconds; k++) {
            p.net.advance(Duration.ofSeconds(1));
        }
    }

    @Test
    void theSoftLifetimeRekeysTheChildSaBeforeTheHardOneEndsIt() {
        EnginePair.Config i = new EnginePair.Config();
        EnginePair.Config r = new EnginePair.Config();
        i.ipsecTweak = b -> b.lifetimeSeconds(200);
        r.ipsecTweak = b -> b.lifetimeSeconds(200);
        EnginePair p = RekeyTest.up(240, i, r);
        ChildSa first = p.initiator.children.get(0);
        run(p, 170);
        assertEquals(0, p.initiator.rekeyedChildren.size() + p.responder.rekeyedChildren.size(), "not before 85% of 200 s");
        run(p, 11);
        assertEquals(1, p.initiator.rekeyedChildren.size(), "rekeyed between 171 and 180 s (90% less up to 5% jitter)");
        assertTrue(first.isDestroyed(), "the replaced CHILD_SA went at once");
        run(p, 400);
        assertTrue(p.initiator.rekeyedChildren.size() >= 3, "and again for every new one: " + p.initiator.rekeyedChildren.size());
        assertEquals(1, p.initiator.engine.sas().get(0).childSas(), "one CHILD_SA at a time, never a gap");
        assertEquals(1, p.responder.engine.sas().get(0).childSas());
        assertEquals(List.of(), p.initiator.failures);
        assertEquals(List.of(), p.responder.failures);
    }

    @Test
    void withoutRekeyingTheHardLifetimeDeletesTheChildSaAndKeepsTheIkeSa() {
        EnginePair.Config i = new EnginePair.Config();
        EnginePair.Config r = new EnginePair.Config();
        i.ipsecTweak = b -> b.lifetimeSeconds(120);
        i.engineTweak = b -> b.rekey(false);
        r.engineTweak = b -> b.rekey(false);
        EnginePair p = RekeyTest.up(241, i, r);
        run(p, 119);
        assertEquals(1, p.initiator.engine.sas().get(0).childSas());
        run(p, 2);
        assertEquals(0, p.initiator.engine.sas().get(0).childSas(), "§2.8: MUST NOT be used past its lifetime");
        assertEquals(0, p.responder.engine.sas().get(0).childSas(), "the peer was told (DELETE)");
        assertEquals(Ikev2State.READY, p.initiator.engine.sas().get(0).state());
    }

    @Test
    void theKeyEnginesOctetCountRekeysAt90PercentAndDeletesAt100() {
        EnginePair.Config i = new EnginePair.Config();
        i.ipsecTweak = b -> b.lifetimeKilobytes(10_000);
        EnginePair p = RekeyTest.up(242, i, new EnginePair.Config());
        ChildSa c = p.initiator.children.get(0);
        assertTrue(p.initiator.engine.childOctets(c.inboundSpi(), 8_000 * 1024));
        p.net.runUntilIdle();
        assertEquals(0, p.initiator.rekeyedChildren.size(), "80%: nothing yet");
        assertTrue(p.initiator.engine.childOctets(c.inboundSpi(), 9_001 * 1024));
        p.net.runUntilIdle();
        assertEquals(1, p.initiator.rekeyedChildren.size(), "past 90%: rekeyed");
        ChildSa fresh = p.initiator.rekeyedChildren.get(0)[1];
        assertFalse(p.initiator.engine.childOctets(c.inboundSpi(), 1), "the old one is gone");
        assertTrue(p.initiator.engine.childOctets(fresh.inboundSpi(), 10_000 * 1024));
        p.net.runUntilIdle();
        assertEquals(0, p.initiator.engine.sas().get(0).childSas(), "100%: deleted (rekey off or not, §2.8)");
        assertEquals(0, p.responder.engine.sas().get(0).childSas());
        assertFalse(p.initiator.engine.childOctets(io.ike4j.codec.Bytes.wrap(new byte[] {1, 2, 3, 4}), 5), "unknown SPI");
    }

    /**
     * Scenario 2 (ios-reference.md §5): the CHILD_SA of IKE_AUTH comes up (no KE there, §1.2); at the first rekey the
     * initiator offers ESP without KE while the responder's profile requires group 16: NO_PROPOSAL_CHOSEN, "failed to
     * establish CHILD_SA, keeping IKE_SA", "phase2 proposal or pfs mismatch", at each attempt; the old CHILD_SA stays
     * until its hard lifetime.
     */
    @Test
    void scenario2PfsMismatchBitesOnlyAtRekey() {
        EnginePair.Config i = new EnginePair.Config();
        EnginePair.Config r = new EnginePair.Config();
        i.ipsecTweak = b -> b.lifetimeSeconds(400);
        i.engineTweak = b -> b.rekeyIntervals(Duration.ofSeconds(60), null);
        r.ipsecTweak = b -> b.pfsGroup(16).lifetimeSeconds(3600);
        r.engineTweak = b -> b.rekey(false);
        EnginePair p = RekeyTest.up(243, i, r);
        assertEquals(1, p.responder.children.size(), "IKE_AUTH's CHILD_SA is up despite the PFS setting");
        run(p, 61);
        List<IkeFailure> local = p.responder.failures;
        assertEquals(1, local.size(), local.toString());
        IkeFailure f = local.get(0);
        assertEquals(FailureReason.PHASE2_PROPOSAL_OR_PFS_MISMATCH, f.reason());
        assertEquals(Ikev2NotifyType.NO_PROPOSAL_CHOSEN.number(), f.notifySent().getAsInt());
        assertTrue(f.detail().startsWith("failed to establish CHILD_SA, keeping IKE_SA"), f.detail());
        assertTrue(f.logLine().contains("phase2 proposal or pfs mismatch"), f.logLine());
        IkeFailure seen = p.initiator.failures.get(0);
        assertEquals(FailureReason.PHASE2_PROPOSAL_OR_PFS_MISMATCH, seen.reason());
        assertEquals(Ikev2NotifyType.NO_PROPOSAL_CHOSEN.number(), seen.notifyReceived().getAsInt());
        assertTrue(seen.detail().startsWith("failed to establish CHILD_SA, keeping IKE_SA"), seen.detail());
        run(p, 200);
        assertTrue(p.responder.failures.size() >= 2, "repeated at each attempt: " + p.responder.failures.size());
        assertEquals(p.responder.failures.size(), p.initiator.failures.size());
        assertEquals(1, p.initiator.engine.sas().get(0).childSas(), "the old CHILD_SA is kept");
        assertEquals(List.of("install " + p.initiator.children.get(0).inboundSpi().toHex()), p.initiator.keyEngineLog);
        run(p, 150);
        assertEquals(0, p.initiator.engine.sas().get(0).childSas(), "until it expires (400 s)");
        assertEquals(Ikev2State.READY, p.initiator.engine.sas().get(0).state(), "the IKE SA stays");
        assertEquals(Ikev2State.READY, p.responder.engine.sas().get(0).state());
        assertEquals(List.of(), p.initiator.deleted);
    }
}
