package io.ike4j.negotiator;

import io.ike4j.sm.v2.Ikev2Event;
import io.ike4j.sm.v2.Ikev2State;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every established IKE SA has a lifetime timer (RFC 7296 §2.8) in the timer queue: it ends the SA between 90% and
 * 100% of the profile's lifetime (jitter, so SAs made together do not end together), with a DELETE the peer
 * answers, and an idle engine with such timers is looked at only when one is due (simulated clock).
 */
class LifetimeTimerTest {

    @Test
    void anSaIsDeletedWhenItsLifetimeEnds() {
        EnginePair.Config i = new EnginePair.Config();
        i.profileTweak = b -> b.lifetime(600);
        i.engineTweak = b -> b.rekey(false); // rekeying off: the hard lifetime ends the SA (RekeyTest covers rekeys)
        EnginePair.Config r = new EnginePair.Config();
        r.engineTweak = b -> b.rekey(false);
        EnginePair p = Hostile.ready(61, i, r);
        Ikev2Sa sa = Hostile.internal(p.initiator, p.initiator.engine.sas().get(0));
        Instant up = sa.established;
        Duration left = Duration.between(up, sa.lifetimeDeadline);
        assertTrue(left.compareTo(Duration.ofSeconds(540)) >= 0 && left.compareTo(Duration.ofSeconds(600)) <= 0,
                "90-100% of 600 s: " + left);
        long looks = p.initiator.engine.core().timerLooks;
        for (int s = 0; s < 530; s++) {
            p.net.advance(Duration.ofSeconds(1));
        }
        assertEquals(Ikev2State.READY, p.initiator.engine.sas().get(0).state());
        assertTrue(p.initiator.engine.core().timerLooks - looks <= 1, "530 ticks, the SA looked at once at most");
        for (int s = 0; s < 80; s++) {
            p.net.advance(Duration.ofSeconds(1));
        }
        assertTrue(p.initiator.engine.sas().isEmpty(), "deleted at its lifetime's end");
        assertTrue(p.responder.engine.sas().isEmpty(), "the peer answered the DELETE and forgot it too");
        assertTrue(p.initiator.trace.stream().anyMatch(t -> t.state() == Ikev2State.INFO_I_BLD
                && t.event() == Ikev2Event.EV_SEND_NOTIFY));
        assertTrue(p.responder.deleted.get(0).contains("DELETE"), p.responder.deleted.toString());
    }
}
