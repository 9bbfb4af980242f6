package io.ike4j.negotiator;

import io.ike4j.sm.v2.Ikev2State;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reauthentication at the end of the IKE SA lifetime (RFC 7296 §2.8.3): make the new SA, then break the old. */
class ReauthenticationTest {
    @Test
    void anExpiringInitiatorSaIsReplacedBeforeItIsDeleted() {
        EnginePair.Config i = new EnginePair.Config();
        i.profileTweak = b -> b.lifetime(120);
        i.engineTweak = b -> b.reauthenticate(true);
        EnginePair p = new EnginePair(150, i, new EnginePair.Config());
        int old = p.initiate(i);
        p.net.runUntilIdle();
        String oldChild = p.initiator.children.get(0).inboundSpi().toHex();
        for (int s = 0; s < 130; s++) {
            p.net.advance(Duration.ofSeconds(1));
        }
        assertEquals(1, p.initiator.engine.sas().size(), p.initiator.deleted.toString());
        var now = p.initiator.engine.sas().get(0);
        assertTrue(now.saId() != old, "a new IKE SA");
        assertEquals(Ikev2State.READY, now.state());
        assertEquals(2, p.initiator.up.size());
        String newChild = p.initiator.children.get(1).inboundSpi().toHex();
        assertEquals(List.of("install " + oldChild, "install " + newChild, "delete " + oldChild), p.initiator.keyEngineLog,
                "the new CHILD_SA is in the key engine before the old one leaves it: no gap");
        assertEquals(List.of("deleted"), p.initiator.deleted, "the old SA ended by our DELETE, answered");
        assertEquals(List.of(), p.initiator.failures);
        assertEquals(1, p.responder.engine.sas().size(), "the responder holds only the new SA");
        assertEquals(List.of("received DELETE for IKE_SA"), p.responder.deleted);
        assertEquals(2, p.responder.up.size());
    }

    @Test
    void withoutReauthenticationOrRekeyTheExpiredSaIsDeleted() {
        EnginePair.Config i = new EnginePair.Config();
        i.profileTweak = b -> b.lifetime(120);
        i.engineTweak = b -> b.rekey(false);
        EnginePair.Config r = new EnginePair.Config();
        r.engineTweak = b -> b.rekey(false);
        EnginePair p = new EnginePair(151, i, r);
        p.initiate(i);
        p.net.runUntilIdle();
        for (int s = 0; s < 130; s++) {
            p.net.advance(Duration.ofSeconds(1));
        }
        assertTrue(p.initiator.engine.sas().isEmpty());
        assertEquals(1, p.initiator.up.size());
        assertTrue(p.responder.engine.sas().isEmpty());
    }

    @Test
    void withoutReauthenticationTheSaIsRekeyedBeforeItExpires() {
        EnginePair.Config i = new EnginePair.Config();
        i.profileTweak = b -> b.lifetime(120);
        EnginePair p = new EnginePair(152, i, new EnginePair.Config());
        p.initiate(i);
        p.net.runUntilIdle();
        for (int s = 0; s < 130; s++) {
            p.net.advance(Duration.ofSeconds(1));
        }
        assertEquals(1, p.initiator.rekeyedIke.size(), "rekeyed at 85-90% of 120 s (RFC 7296 §2.8), not deleted");
        assertEquals(1, p.initiator.engine.sas().size());
        assertEquals(1, p.initiator.engine.sas().get(0).childSas());
        assertEquals(1, p.initiator.up.size(), "no new IKE_SA_INIT/IKE_AUTH");
    }

    /** The new SA cannot be made (the peer is gone): the expired one is deleted all the same. */
    @Test
    void aFailedReauthenticationStillEndsTheExpiredSa() {
        EnginePair.Config i = new EnginePair.Config();
        i.profileTweak = b -> b.lifetime(120).retransmission(new io.ike4j.config.Retransmission(Duration.ofSeconds(2), 2.0, 2));
        i.engineTweak = b -> b.reauthenticate(true);
        EnginePair p = new EnginePair(152, i, new EnginePair.Config());
        int old = p.initiate(i);
        p.net.runUntilIdle();
        p.detach(p.responder);
        for (int s = 0; s < 160; s++) {
            p.net.advance(Duration.ofSeconds(1));
        }
        assertTrue(p.initiator.engine.sas().isEmpty(), p.initiator.engine.sas().toString());
        assertEquals(1, p.initiator.up.size());
        assertTrue(p.initiator.deleted.contains("peer unreachable"), p.initiator.deleted.toString());
        assertTrue(p.initiator.engine.sa(old).isEmpty());
        assertEquals(1, p.initiator.removedChildren.size());
    }
}
