package io.ike4j.negotiator;

import io.ike4j.codec.v2.iana.Ikev2ExchangeType;
import io.ike4j.config.Retransmission;
import io.ike4j.diag.FailureReason;
import io.ike4j.sm.v2.Ikev2State;
import io.ike4j.transport.NetEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dead peer detection and the peer ending the SA (issue 12, ios-reference.md §5 vEdge scenarios 1 and 3), on the
 * simulated network with a virtual clock.
 */
class DeadPeerDetectionTest {
    private static final int INFORMATIONAL = Ikev2ExchangeType.INFORMATIONAL.number();

    /** IOS {@code dpd 10 2 <mode>}, 3 retransmits with base 2 (2, 4, 8, 16 s: gives up 30 s after the first send). */
    private static EnginePair.Config dpdSide(boolean periodic) {
        EnginePair.Config c = new EnginePair.Config();
        c.profileTweak = b -> b.dpd(10, 2, periodic).retransmission(new Retransmission(Duration.ofSeconds(2), 2.0, 3));
        return c;
    }

    /** Our INFORMATIONAL requests on the wire, as (time, message ID). */
    private static List<String> informationalRequests(EnginePair p, EnginePair.Side s) {
        List<String> out = new ArrayList<>();
        for (NetEvent e : p.net.events(NetEvent.Kind.SENT)) {
            if (!e.source().equals(s.at)) {
                continue;
            }
            var w = e.wire(); // port 500: no non-ESP marker; RFC 7296 §3.1 header fields at fixed offsets
            long messageId = ((long) w.get(20) << 24) | (w.get(21) << 16) | (w.get(22) << 8) | w.get(23);
            boolean response = (w.get(19) & io.ike4j.codec.v2.Ikev2Header.FLAG_RESPONSE) != 0;
            if (w.get(18) == INFORMATIONAL && !response) {
                out.add(e.time() + " #" + messageId);
            }
        }
        return out;
    }

    @Test
    void aSilentPeerIsGivenUpAfterThreeRetransmitsWithGrowingGaps() {
        EnginePair.Config i = dpdSide(false);
        EnginePair p = new EnginePair(120, i, new EnginePair.Config());
        p.net.keepLog(true);
        int saId = p.initiate(i);
        p.net.runUntilIdle();
        assertEquals(Ikev2State.READY, p.initiator.engine.sas().get(0).state());
        Instant up = p.clock.instant();
        p.detach(p.responder); // the peer is gone: nothing reaches it, nothing comes back
        for (int s = 0; s < 60; s++) {
            p.net.advance(Duration.ofSeconds(1));
        }
        List<String> sent = informationalRequests(p, p.initiator);
        assertEquals(List.of(up.plusSeconds(10) + " #2", up.plusSeconds(12) + " #2", up.plusSeconds(16) + " #2",
                up.plusSeconds(24) + " #2"), sent, "the check after 10 idle seconds, retransmitted after 2, 4 and 8 s");
        assertTrue(p.initiator.engine.sas().isEmpty(), "the IKE SA is gone 16 s after the last retransmit");
        assertEquals(1, p.initiator.failures.size(), p.initiator.failures.toString());
        assertEquals(FailureReason.PEER_UNREACHABLE, p.initiator.failures.get(0).reason());
        assertTrue(p.initiator.failures.get(0).detail().startsWith("giving up after 3 retransmits (message id 2)"),
                p.initiator.failures.get(0).detail());
        assertEquals(List.of("peer unreachable"), p.initiator.deleted);
        assertEquals(1, p.initiator.removedChildren.size(), "its CHILD_SA left the key engine");
        assertEquals(p.initiator.children.get(0).inboundSpi(), p.initiator.removedChildren.get(0).inboundSpi());
        assertTrue(saId > 0);
    }

    /** The same with auto-reconnect: the initiator keeps trying while the peer is away and is up again once it is back. */
    @Test
    void anAutoReconnectingInitiatorComesBackWhenThePeerDoes() {
        EnginePair.Config i = dpdSide(false);
        i.engineTweak = b -> b.autoReconnect(true);
        EnginePair p = new EnginePair(126, i, new EnginePair.Config());
        p.initiate(i);
        p.net.runUntilIdle();
        p.detach(p.responder);
        for (int s = 0; s < 100; s++) { // DPD gives up at 40 s; attempts at 40 and 70 s find nobody either
            p.net.advance(Duration.ofSeconds(1));
        }
        assertEquals(List.of("peer unreachable", "peer unreachable"), p.initiator.deleted.subList(0, 2));
        assertEquals(1, p.initiator.engine.sas().size(), "still trying");
        assertEquals(Ikev2State.I_WAIT_INIT, p.initiator.engine.sas().get(0).state());
        EnginePair.Side back = p.attach(new EnginePair.Config(), 9126, EnginePair.R_ADDR); // rebooted, no state
        for (int s = 0; s < 40; s++) {
            p.net.advance(Duration.ofSeconds(1));
        }
        assertEquals(Ikev2State.READY, p.initiator.engine.sas().get(0).state(), "up again: " + p.initiator.deleted);
        assertEquals(1, back.up.size());
        assertEquals(2, p.initiator.up.size());
    }

    @Test
    void aLivePeerAnswersAndNothingEnds() {
        EnginePair.Config i = dpdSide(true);
        EnginePair p = new EnginePair(121, i, new EnginePair.Config());
        p.net.keepLog(true);
        p.initiate(i);
        p.net.runUntilIdle();
        for (int s = 0; s < 45; s++) {
            p.net.advance(Duration.ofSeconds(1));
        }
        assertEquals(4, informationalRequests(p, p.initiator).size(), "periodic: one check every 10 s: " + informationalRequests(p, p.initiator));
        assertEquals(Ikev2State.READY, p.initiator.engine.sas().get(0).state());
        assertEquals(List.of(), p.initiator.failures);
        assertEquals(6, p.initiator.engine.sas().get(0).nextRequestId(), "message IDs 2..5 were the checks");
    }

    @Test
    void onDemandChecksOnlyAfterSilence() {
        EnginePair.Config i = new EnginePair.Config();
        i.profileTweak = b -> b.dpd(15, 2, false);
        EnginePair.Config r = dpdSide(true); // the responder checks every 10 s: the initiator is never quiet for 15
        EnginePair p = new EnginePair(122, i, r);
        p.net.keepLog(true);
        p.initiate(i);
        p.net.runUntilIdle();
        for (int s = 0; s < 45; s++) {
            p.net.advance(Duration.ofSeconds(1));
        }
        assertEquals(4, informationalRequests(p, p.responder).size());
        assertEquals(List.of(), informationalRequests(p, p.initiator), "on-demand: never silent for 15 s, no check");
        p.detach(p.responder);
        for (int s = 0; s < 20; s++) {
            p.net.advance(Duration.ofSeconds(1));
        }
        Instant lastHeard = p.clock.instant().minusSeconds(25); // the responder's check at t = 40, detached at 45
        assertEquals(lastHeard.plusSeconds(15) + " #2", informationalRequests(p, p.initiator).get(0),
                "silent for 15 s since the last check it heard: its own check (then its retransmissions)");
        assertEquals(Ikev2State.READY, p.initiator.engine.sas().get(0).state());
    }

    /**
     * vEdge scenario 3: a bare IKE_SA DELETE from the peer. Everything goes (IKE SA, CHILD_SA out of the key
     * engine), the INFORMATIONAL is answered, and an initiator with auto-reconnect comes back up at once.
     */
    @Test
    void aBareDeleteIsAnsweredAndAnAutoReconnectingInitiatorComesBack() {
        EnginePair.Config i = new EnginePair.Config();
        i.engineTweak = b -> b.autoReconnect(true);
        EnginePair p = new EnginePair(123, i, new EnginePair.Config());
        p.initiate(i);
        p.net.runUntilIdle();
        int first = p.initiator.engine.sas().get(0).saId();
        int responderSa = Hostile.responderSa(p).saId();
        assertTrue(p.responder.engine.delete(responderSa));
        p.net.runUntilIdle();
        assertEquals(List.of("received DELETE for IKE_SA"), p.initiator.deleted);
        assertEquals(1, p.initiator.removedChildren.size());
        assertTrue(p.initiator.packets.stream().anyMatch(k -> k.outbound() && k.message().header().isResponse()
                && k.message().header().exchangeType() == INFORMATIONAL), "the DELETE was answered");
        assertEquals(1, p.initiator.engine.sas().size());
        var again = p.initiator.engine.sas().get(0);
        assertTrue(again.saId() != first, "a new SA");
        assertEquals(Ikev2State.READY, again.state(), "re-established, not down");
        assertEquals(2, p.initiator.up.size());
        assertEquals(2, p.initiator.children.size());
    }

    @Test
    void withoutAutoReconnectADeletedSaStaysDownAndOurOwnDeleteNeverReconnects() {
        EnginePair.Config i = new EnginePair.Config();
        EnginePair p = new EnginePair(124, i, new EnginePair.Config());
        p.initiate(i);
        p.net.runUntilIdle();
        assertTrue(p.responder.engine.delete(Hostile.responderSa(p).saId()));
        p.net.runUntilIdle();
        assertTrue(p.initiator.engine.sas().isEmpty());

        EnginePair.Config i2 = new EnginePair.Config();
        i2.engineTweak = b -> b.autoReconnect(true);
        EnginePair q = new EnginePair(125, i2, new EnginePair.Config());
        int id = q.initiate(i2);
        q.net.runUntilIdle();
        assertTrue(q.initiator.engine.delete(id));
        q.net.runUntilIdle();
        assertTrue(q.initiator.engine.sas().isEmpty(), "a local delete is not the peer ending the SA");
        assertEquals(1, q.initiator.up.size());
    }

    /**
     * vEdge/Huawei scenario 4, the initiator reboots: a new engine at its address has no state and initiates again.
     * Its IKE_AUTH carries INITIAL_CONTACT (no other SA with that peer), so the responder clears the stale SA of
     * the same identity and credential: one SA on each side, the new one.
     */
    @Test
    void aRebootedInitiatorClearsTheStaleSaWithInitialContact() {
        EnginePair.Config i = new EnginePair.Config();
        i.localId = "site-a.example";
        EnginePair p = new EnginePair(127, i, new EnginePair.Config());
        p.initiate(i);
        p.net.runUntilIdle();
        int stale = Hostile.responderSa(p).saId();
        p.detach(p.initiator); // power cut
        EnginePair.Config i2 = new EnginePair.Config();
        i2.localId = "site-a.example";
        EnginePair.Side rebooted = p.attach(i2, 9127, EnginePair.I_ADDR);
        p.initiate(rebooted, i2);
        p.net.runUntilIdle();
        assertEquals(Ikev2State.READY, rebooted.engine.sas().get(0).state());
        assertEquals(1, p.responder.engine.sas().size(), "the stale SA is gone: " + p.responder.deleted);
        assertTrue(p.responder.engine.sas().get(0).saId() != stale);
        assertEquals(1, p.responder.removedChildren.size(), "its CHILD_SA left the key engine");
        assertTrue(rebooted.packets.stream().anyMatch(k -> k.outbound() && k.inner().stream().anyMatch(x ->
                x instanceof io.ike4j.codec.v2.Ikev2NotifyPayload n
                        && n.notifyType() == io.ike4j.codec.v2.iana.Ikev2NotifyType.INITIAL_CONTACT.number())),
                "the rebooted initiator sent INITIAL_CONTACT");
    }

    /**
     * Scenario 4, the responder reboots: the initiator's SA is stale; its DPD goes unanswered (the new responder drops
     * requests for SPIs it does not know), the SA ends as unreachable and auto-reconnect brings the tunnel back.
     */
    @Test
    void aRebootedResponderIsFoundByDpdAndTheTunnelComesBack() {
        EnginePair.Config i = dpdSide(false);
        i.engineTweak = b -> b.autoReconnect(true);
        EnginePair p = new EnginePair(128, i, new EnginePair.Config());
        p.initiate(i);
        p.net.runUntilIdle();
        int first = p.initiator.engine.sas().get(0).saId();
        p.detach(p.responder);
        EnginePair.Side rebooted = p.attach(new EnginePair.Config(), 9128, EnginePair.R_ADDR);
        for (int s = 0; s < 45; s++) {
            p.net.advance(Duration.ofSeconds(1));
        }
        assertEquals(List.of("peer unreachable"), p.initiator.deleted);
        assertEquals(1, p.initiator.engine.sas().size());
        assertTrue(p.initiator.engine.sas().get(0).saId() != first);
        assertEquals(Ikev2State.READY, p.initiator.engine.sas().get(0).state());
        assertEquals(1, rebooted.up.size(), "the rebooted responder has the new SA");
        assertEquals(1, rebooted.engine.sas().size());
    }
}
