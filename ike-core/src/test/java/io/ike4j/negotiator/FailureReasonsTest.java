package io.ike4j.negotiator;

import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.Ikev2TsPayload;
import io.ike4j.codec.v2.iana.Ikev2NotifyType;
import io.ike4j.diag.FailureReason;
import io.ike4j.diag.IkeFailure;
import io.ike4j.sm.v2.Ikev2State;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each Huawei failure reason (ios-reference.md §5) provoked by a mismatched configuration, reported on both
 * sides with the notify that carries it on the wire.
 */
class FailureReasonsTest {
    static final int NO_PROPOSAL_CHOSEN = Ikev2NotifyType.NO_PROPOSAL_CHOSEN.number();
    static final int AUTHENTICATION_FAILED = Ikev2NotifyType.AUTHENTICATION_FAILED.number();
    static final int TS_UNACCEPTABLE = Ikev2NotifyType.TS_UNACCEPTABLE.number();
    static final int INVALID_SYNTAX = Ikev2NotifyType.INVALID_SYNTAX.number();

    static EnginePair run(Consumer<EnginePair.Config> initiator, Consumer<EnginePair.Config> responder) {
        EnginePair.Config i = new EnginePair.Config();
        EnginePair.Config r = new EnginePair.Config();
        initiator.accept(i);
        responder.accept(r);
        EnginePair p = new EnginePair(40, i, r);
        p.initiate(i);
        RetransmissionAndDuplicateTest.runFor(p, Duration.ofSeconds(200));
        return p;
    }

    static void assertFailure(List<IkeFailure> failures, FailureReason reason, int sent, int received) {
        assertEquals(1, failures.size(), failures.toString());
        IkeFailure f = failures.get(0);
        assertEquals(reason, f.reason(), f.logLine());
        assertEquals(sent == 0 ? OptionalInt.empty() : OptionalInt.of(sent), f.notifySent(), f.logLine());
        assertEquals(received == 0 ? OptionalInt.empty() : OptionalInt.of(received), f.notifyReceived(), f.logLine());
        // SA ID 1 unless a cookie round trip came first (a CERTREQ makes the response larger than the request)
        assertTrue(f.logLine().startsWith("IKEv2:(SA ID = " + f.saId() + "):" + reason.text()) && f.saId() <= 2, f.logLine());
    }

    /**
     * An IKE_SA_INIT refusal is unauthenticated, so the initiator keeps retransmitting until the exchange times out
     * (RFC 7296 §2.21.1) and the stateless responder refuses each copy: 1 + 5 retransmits = 6 refusals, 1 failure.
     */
    static void assertRefusedUntilTimeout(EnginePair p, FailureReason responderReason, FailureReason initiatorReason) {
        assertEquals(6, p.responder.failures.size(), p.responder.failures.toString());
        for (IkeFailure f : p.responder.failures) {
            assertEquals(responderReason, f.reason(), f.logLine());
            assertEquals(OptionalInt.of(NO_PROPOSAL_CHOSEN), f.notifySent(), f.logLine());
        }
        assertFailure(p.initiator.failures, initiatorReason, 0, NO_PROPOSAL_CHOSEN);
        assertTrue(p.initiator.failures.get(0).detail().contains("no usable response, giving up after 5 retransmits"),
                p.initiator.failures.get(0).detail());
        assertEquals(0, p.initiator.engine.sas().size());
        assertEquals(0, p.responder.engine.sas().size());
        assertEquals(6, p.responder.engine.counters().get(responderReason));
        assertEquals(6, p.initiator.engine.counters().get(io.ike4j.diag.FailureCounters.Packet.IGNORED_UNAUTHENTICATED));
    }

    @Test
    void phase1ProposalMismatch() {
        EnginePair p = run(i -> { }, r -> r.ike = "aes256-sha384-ecp384");
        assertRefusedUntilTimeout(p, FailureReason.PHASE1_PROPOSAL_MISMATCH, FailureReason.PHASE1_PROPOSAL_MISMATCH);
    }

    @Test
    void authenticationFailWhenTheInitiatorsKeyIsWrong() {
        EnginePair p = run(i -> i.localPsk = "wrong-key", r -> { });
        assertFailure(p.responder.failures, FailureReason.AUTHENTICATION_FAIL, AUTHENTICATION_FAILED, 0);
        assertFailure(p.initiator.failures, FailureReason.AUTHENTICATION_FAIL, 0, AUTHENTICATION_FAILED);
        assertEquals(0, p.initiator.engine.sas().size() + p.responder.engine.sas().size());
    }

    @Test
    void authenticationFailWhenTheRespondersKeyIsWrong() {
        // The responder is READY before the initiator checks its AUTH; the initiator then says so in an
        // INFORMATIONAL exchange (RFC 7296 §2.21.2) and both drop the SA.
        EnginePair p = run(i -> { }, r -> r.localPsk = "wrong-key");
        assertFailure(p.initiator.failures, FailureReason.AUTHENTICATION_FAIL, AUTHENTICATION_FAILED, 0);
        assertFailure(p.responder.failures, FailureReason.AUTHENTICATION_FAIL, 0, AUTHENTICATION_FAILED);
        assertEquals(0, p.initiator.engine.sas().size() + p.responder.engine.sas().size());
    }

    @Test
    void configIdMismatch() {
        EnginePair p = run(i -> i.localId = "alice.ike.test", r -> r.matchRemoteFqdn = "bob.ike.test");
        assertFailure(p.responder.failures, FailureReason.CONFIG_ID_MISMATCH, AUTHENTICATION_FAILED, 0);
        assertFailure(p.initiator.failures, FailureReason.AUTHENTICATION_FAIL, 0, AUTHENTICATION_FAILED);
    }

    @Test
    void configIdMismatchSeenByTheInitiator() {
        EnginePair p = run(i -> i.matchRemoteFqdn = "expected.ike.test", r -> { });
        assertFailure(p.initiator.failures, FailureReason.CONFIG_ID_MISMATCH, AUTHENTICATION_FAILED, 0);
        assertFailure(p.responder.failures, FailureReason.AUTHENTICATION_FAIL, 0, AUTHENTICATION_FAILED);
    }

    @Test
    void peerAddressMismatch() {
        EnginePair p = run(i -> { }, r -> {
            r.matchRemote = "192.168.0.0/16";
            r.keyringAddress = "192.168.0.0/16";
        });
        assertRefusedUntilTimeout(p, FailureReason.PEER_ADDRESS_MISMATCH, FailureReason.PHASE1_PROPOSAL_MISMATCH);
    }

    @Test
    void flowMismatchKeepsTheIkeSa() {
        EnginePair p = run(i -> {
            i.localTs = "10.1.0.0/16";
            i.remoteTs = "10.2.0.0/16";
        }, r -> {
            r.localTs = "10.3.0.0/16";
            r.remoteTs = "10.1.0.0/16";
        });
        assertFailure(p.responder.failures, FailureReason.FLOW_MISMATCH, TS_UNACCEPTABLE, 0);
        assertFailure(p.initiator.failures, FailureReason.FLOW_MISMATCH, 0, TS_UNACCEPTABLE);
        assertEquals(Ikev2State.READY, p.initiator.engine.sas().get(0).state());
        assertEquals(Ikev2State.READY, p.responder.engine.sas().get(0).state());
        assertEquals(0, p.initiator.children.size() + p.responder.children.size());
    }

    @Test
    void phase2ProposalMismatchKeepsTheIkeSa() {
        EnginePair p = run(i -> { }, r -> r.esp = "esp-aes 256 esp-sha-hmac");
        assertFailure(p.responder.failures, FailureReason.PHASE2_PROPOSAL_OR_PFS_MISMATCH, NO_PROPOSAL_CHOSEN, 0);
        assertFailure(p.initiator.failures, FailureReason.PHASE2_PROPOSAL_OR_PFS_MISMATCH, 0, NO_PROPOSAL_CHOSEN);
        assertEquals(Ikev2State.READY, p.responder.engine.sas().get(0).state());
        assertEquals(0, p.initiator.children.size() + p.responder.children.size());
    }

    @Test
    void malformedPayload() {
        // the initiator "forgets" TSr in IKE_AUTH (an impairment a conformance peer uses on purpose)
        EnginePair p = run(i -> i.impairments = new Impairments() {
            @Override
            public List<Ikev2Payload> payloads(int saId, int exchangeType, boolean response, long messageId,
                                               List<Ikev2Payload> payloads) {
                return exchangeType == 35 ? payloads.stream()
                        .filter(x -> !(x instanceof Ikev2TsPayload ts && !ts.initiator())).toList() : payloads;
            }
        }, r -> { });
        assertFailure(p.responder.failures, FailureReason.MALFORMED_PAYLOAD, INVALID_SYNTAX, 0);
        assertFailure(p.initiator.failures, FailureReason.MALFORMED_PAYLOAD, 0, INVALID_SYNTAX);
    }

    @Test
    void peerUnreachableAfterTheLastRetransmission() {
        EnginePair.Config i = new EnginePair.Config();
        EnginePair p = new EnginePair(41, i, new EnginePair.Config());
        p.net.lossProbability(1.0);
        p.initiate(i);
        // strongSwan's schedule gives up 165.06 s after the first send; with 1 s ticks each wait ends on the
        // next tick, so the last one is due at 166.6 s here.
        RetransmissionAndDuplicateTest.runFor(p, Duration.ofSeconds(160));
        assertEquals(List.of(), p.initiator.failures);
        RetransmissionAndDuplicateTest.runFor(p, Duration.ofSeconds(10));
        assertFailure(p.initiator.failures, FailureReason.PEER_UNREACHABLE, 0, 0);
        assertTrue(p.initiator.failures.get(0).logLine().contains("giving up after 5 retransmits"));
        assertEquals(6, p.net.sentCount());
    }

    @Test
    void halfOpenSaExpires() {
        EnginePair.Config i = new EnginePair.Config();
        EnginePair p = new EnginePair(42, i, new EnginePair.Config());
        p.net.dropNth(3, 4, 5, 6, 7, 8, 9, 10); // every IKE_AUTH request
        p.initiate(i);
        RetransmissionAndDuplicateTest.runFor(p, Duration.ofSeconds(31));
        assertFailure(p.responder.failures, FailureReason.NEGOTIATION_TIMEOUT, 0, 0);
        assertEquals(0, p.responder.engine.sas().size());
    }
}
