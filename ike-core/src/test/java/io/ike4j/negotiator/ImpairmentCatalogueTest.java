package io.ike4j.negotiator;

import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Proposal;
import io.ike4j.codec.v2.Ikev2Transform;
import io.ike4j.codec.v2.iana.Ikev2ExchangeType;
import io.ike4j.codec.v2.iana.Ikev2NotifyType;
import io.ike4j.diag.FailureCounters.Packet;
import io.ike4j.diag.FailureReason;
import io.ike4j.diag.IkeFailure;
import io.ike4j.negotiator.impair.Corrupt;
import io.ike4j.negotiator.impair.Flow;
import io.ike4j.negotiator.impair.Header;
import io.ike4j.negotiator.impair.Ignore;
import io.ike4j.negotiator.impair.Select;
import io.ike4j.negotiator.impair.Structure;
import io.ike4j.negotiator.impair.Values;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The impairment catalogue (issue 14), one nested class per kind, each impairment run between two engines on the
 * simulated network (the impaired side named in the test) with what the other side must then do: recover, drop
 * and count, or fail with the named reason and notify (RFC 7296 sections in the assertions' messages).
 */
class ImpairmentCatalogueTest {
    static final int INIT = Ikev2ExchangeType.IKE_SA_INIT.number();
    static final int AUTH = Ikev2ExchangeType.IKE_AUTH.number();
    static final Select SA_INIT = Select.exchange(INIT);
    static final Select IKE_AUTH = Select.exchange(AUTH);

    /** The pair after the handshake was tried and 200 s of retransmissions and timeouts ran in 1-s steps. */
    record Run(EnginePair p, boolean upWithoutTimers) {
        EnginePair.Side i() {
            return p.initiator;
        }

        EnginePair.Side r() {
            return p.responder;
        }

        boolean bothUp() {
            return p.initiator.up.size() == 1 && p.responder.up.size() == 1;
        }

        boolean noneUp() {
            return p.initiator.up.isEmpty() && p.responder.up.isEmpty();
        }

        long count(EnginePair.Side s, Packet k) {
            return s.engine.counters().get(k);
        }

        /** The notifies {@code s} sent in IKE_SA_INIT responses or inside protected messages. */
        List<Integer> notifiesSent(EnginePair.Side s) {
            return s.packets.stream().filter(EnginePair.Packet::outbound)
                    .flatMap(x -> java.util.stream.Stream.concat(x.message() == null ? java.util.stream.Stream.empty()
                            : x.message().payloads().stream(), x.inner().stream()))
                    .filter(Ikev2NotifyPayload.class::isInstance).map(n -> ((Ikev2NotifyPayload) n).notifyType()).toList();
        }
    }

    static Run run(Impairments onInitiator, Impairments onResponder) {
        EnginePair.Config i = new EnginePair.Config();
        EnginePair.Config r = new EnginePair.Config();
        i.impairments = onInitiator;
        r.impairments = onResponder;
        EnginePair p = new EnginePair(5, i, r);
        p.initiate(i);
        p.net.runUntilIdle();
        boolean fast = p.initiator.up.size() == 1;
        for (int t = 0; t < 200; t++) {
            p.net.advance(Duration.ofSeconds(1));
        }
        return new Run(p, fast);
    }

    static Run initiatorImpaired(Impairments i) {
        return run(i, Impairments.NONE);
    }

    static Run responderImpaired(Impairments r) {
        return run(Impairments.NONE, r);
    }

    static IkeFailure only(List<IkeFailure> fs) {
        assertTrue(!fs.isEmpty(), "a failure was reported");
        return fs.get(0);
    }

    static int n(Ikev2NotifyType t) {
        return t.number();
    }

    @Nested
    class FlowClass {
        @Test
        void aDroppedIkeAuthRequestIsRetransmittedAndTheSaComesUp() {
            Run r = initiatorImpaired(Flow.dropOutgoing(IKE_AUTH.requests().nth(1)));
            assertTrue(!r.upWithoutTimers() && r.bothUp(), "up only after the retransmission (§2.1)");
            assertEquals(1, r.count(r.i(), Packet.RETRANSMITTED));
        }

        @Test
        void aDuplicatedRequestGetsTheCachedAnswerAndTheSecondAnswerIsDropped() {
            Run r = initiatorImpaired(Flow.duplicateOutgoing(IKE_AUTH.requests()));
            assertTrue(r.upWithoutTimers() && r.bothUp());
            assertEquals(1, r.count(r.r(), Packet.DUPLICATE_ANSWERED), "§2.1: the same response again");
            assertEquals(1, r.count(r.i(), Packet.DROPPED_MESSAGE_ID), "the second response answers nothing");
            assertEquals(1, r.r().engine.sas().size());
        }

        @Test
        void everyMessageTwiceStillGivesOneSa() {
            Run r = initiatorImpaired(Flow.everyMessageTwice());
            assertTrue(r.bothUp());
            assertEquals(2, r.count(r.r(), Packet.DUPLICATE_ANSWERED));
            assertEquals(1, r.r().engine.sas().size());
        }

        @Test
        void aDelayedIkeSaInitRequestGoesAfterItsRetransmission() {
            Run r = initiatorImpaired(Flow.reorderOutgoing(SA_INIT.requests().nth(1)));
            assertTrue(!r.upWithoutTimers() && r.bothUp());
            assertEquals(1, r.count(r.r(), Packet.DUPLICATE_ANSWERED), "the late original is a retransmission");
            assertEquals(1, r.r().engine.sas().size());
        }

        @Test
        void anOldMessageReplayedBeforeIkeAuthChangesNothing() {
            Run r = initiatorImpaired(Flow.replayOutgoing(IKE_AUTH.requests()));
            assertTrue(r.bothUp());
            assertEquals(1, r.count(r.r(), Packet.DUPLICATE_ANSWERED), "the replayed IKE_SA_INIT gets its cached answer");
            assertEquals(1, r.r().engine.sas().size());
        }

        @Test
        void aResponderThatStopsAfterIkeSaInitLeavesTheInitiatorUnreachable() {
            Run r = responderImpaired(Flow.stopAfter(SA_INIT.responses()));
            assertTrue(r.i().up.isEmpty());
            assertEquals(FailureReason.PEER_UNREACHABLE, only(r.i().failures).reason());
            assertEquals(5, r.count(r.i(), Packet.RETRANSMITTED));
        }

        @Test
        void incomingDropDuplicateAndReplay() {
            Run drop = initiatorImpaired(Flow.dropIncoming(IKE_AUTH.responses().nth(1)));
            assertTrue(!drop.upWithoutTimers() && drop.bothUp());
            assertEquals(1, drop.count(drop.r(), Packet.DUPLICATE_ANSWERED));
            Run dup = initiatorImpaired(Flow.duplicateIncoming(IKE_AUTH.responses()));
            assertTrue(dup.bothUp());
            assertEquals(1, dup.count(dup.i(), Packet.DROPPED_MESSAGE_ID));
            Run replay = responderImpaired(Flow.replayIncoming(IKE_AUTH.requests()));
            assertTrue(replay.bothUp());
            assertEquals(1, replay.count(replay.r(), Packet.DROPPED_MESSAGE_ID), "the replayed request is old");
        }
    }

    @Nested
    class HeaderClass {
        @Test
        void aWrongSpiReachesNoSa() {
            Run r = initiatorImpaired(Header.wrongSpi(IKE_AUTH.requests()));
            assertTrue(r.noneUp());
            assertEquals(6, r.count(r.r(), Packet.DROPPED_NO_SA), "IKE_AUTH and its 5 retransmissions");
            assertTrue(r.r().packets.stream().noneMatch(x -> x.outbound() && x.message() != null
                    && x.message().header().exchangeType() != INIT), "no answer to a message for an unknown SA");
        }

        @Test
        void aMessageIdOutsideTheWindowIsDropped() {
            Run r = initiatorImpaired(Header.messageId(IKE_AUTH.requests(), 5));
            assertTrue(r.noneUp());
            assertTrue(r.count(r.r(), Packet.DROPPED_MESSAGE_ID) >= 1, "§2.3");
        }

        @Test
        void aHigherMajorVersionIsDroppedAndAHigherMinorIgnored() {
            Run major = initiatorImpaired(Header.version(SA_INIT.requests(), 3, 0));
            assertTrue(major.noneUp());
            assertEquals(6, major.count(major.r(), Packet.DROPPED_MALFORMED));
            assertEquals(0, major.r().engine.sas().size());
            Run minor = initiatorImpaired(Header.version(SA_INIT.requests(), 2, 1));
            assertTrue(minor.bothUp(), "§2.5: the minor version is ignored");
        }

        @Test
        void reservedFlagsAreIgnored() {
            assertTrue(initiatorImpaired(Header.flags(SA_INIT.requests(), 0x44)).bothUp(), "§3.1");
        }

        @Test
        void anUnknownExchangeTypeIsDropped() {
            Run r = initiatorImpaired(Header.exchangeType(IKE_AUTH.requests(), 240));
            assertTrue(r.noneUp());
            assertTrue(r.count(r.r(), Packet.DROPPED_UNEXPECTED) >= 1);
        }
    }

    @Nested
    class StructureClass {
        @Test
        void ikeAuthWithoutAuthFails() {
            Run r = initiatorImpaired(Structure.omit(IKE_AUTH.requests(), 39));
            assertTrue(r.noneUp());
            IkeFailure f = only(r.r().failures);
            assertEquals(FailureReason.AUTHENTICATION_FAIL, f.reason());
            assertEquals(n(Ikev2NotifyType.AUTHENTICATION_FAILED), f.notifySent().getAsInt());
            assertEquals(n(Ikev2NotifyType.AUTHENTICATION_FAILED), only(r.i().failures).notifyReceived().getAsInt());
        }

        @Test
        void aDuplicatedNonceIsInvalidSyntax() {
            Run r = initiatorImpaired(Structure.duplicate(SA_INIT.requests(), 40));
            assertTrue(r.noneUp());
            assertEquals(n(Ikev2NotifyType.INVALID_SYNTAX), only(r.r().failures).notifySent().getAsInt());
            assertEquals(0, r.r().engine.sas().size(), "no state kept for it");
        }

        @Test
        void payloadsInAnotherOrderAreAccepted() {
            assertTrue(initiatorImpaired(Structure.reverse(SA_INIT.requests())).bothUp(), "§3.2 fixes no order");
        }

        @Test
        void anUnknownPayloadIsSkippedAndACriticalOneRefusedWithItsType() {
            assertTrue(initiatorImpaired(Structure.addUnknown(IKE_AUTH.requests(), 200, false)).bothUp(), "§2.5");
            Run r = initiatorImpaired(Structure.addUnknown(IKE_AUTH.requests(), 200, true));
            assertTrue(r.noneUp());
            IkeFailure f = only(r.r().failures);
            assertEquals(n(Ikev2NotifyType.UNSUPPORTED_CRITICAL_PAYLOAD), f.notifySent().getAsInt());
            Ikev2NotifyPayload sent = r.r().packets.stream().filter(EnginePair.Packet::outbound)
                    .flatMap(x -> x.inner().stream()).filter(Ikev2NotifyPayload.class::isInstance)
                    .map(Ikev2NotifyPayload.class::cast).findFirst().orElseThrow();
            assertEquals("c8", sent.data().toHex(), "§3.10.1: the notification data is the one-octet type (200)");
            assertEquals(n(Ikev2NotifyType.UNSUPPORTED_CRITICAL_PAYLOAD), only(r.i().failures).notifyReceived().getAsInt());
        }

        @Test
        void aCriticalUnknownPayloadInIkeSaInitIsAnsweredStatelesslyWithItsType() {
            Run r = initiatorImpaired(Structure.addUnknown(SA_INIT.requests(), 201, true));
            assertTrue(r.noneUp());
            assertEquals(0, r.r().engine.sas().size(), "no responder state");
            assertEquals(6, r.count(r.r(), Packet.DROPPED_MALFORMED), "the request and its 5 retransmissions");
            IkeFailure f = only(r.i().failures);
            assertEquals(n(Ikev2NotifyType.UNSUPPORTED_CRITICAL_PAYLOAD), f.notifyReceived().getAsInt(), f.logLine());
        }

        @Test
        void anErrorNotifyAddedToTheIkeAuthResponseFailsTheInitiator() {
            Run r = responderImpaired(Structure.addNotify(IKE_AUTH.responses(), 24, new byte[0]));
            assertTrue(r.i().up.isEmpty());
            assertEquals(n(Ikev2NotifyType.AUTHENTICATION_FAILED), only(r.i().failures).notifyReceived().getAsInt());
        }
    }

    @Nested
    class ValuesClass {
        @Test
        void aKeOfAnotherGroupGetsInvalidKePayload() {
            Run r = initiatorImpaired(Values.keGroup(SA_INIT.requests(), 19));
            assertTrue(r.noneUp());
            assertTrue(r.notifiesSent(r.r()).contains(n(Ikev2NotifyType.INVALID_KE_PAYLOAD)), "§1.2");
            assertEquals(FailureReason.PHASE1_PROPOSAL_MISMATCH, only(r.i().failures).reason());
            assertEquals(0, r.r().engine.sas().size(), "no responder state for it (§2.6)");
        }

        @Test
        void zeroLengthAndOversizedNoncesAreInvalidSyntax() {
            for (int len : new int[] {0, 300}) {
                Run r = initiatorImpaired(Values.nonceLength(SA_INIT.requests(), len));
                assertTrue(r.noneUp());
                IkeFailure f = only(r.r().failures);
                assertEquals(n(Ikev2NotifyType.INVALID_SYNTAX), f.notifySent().getAsInt());
                assertTrue(f.detail().contains("nonce of " + len + " octets"), f.detail());
            }
        }

        @Test
        void anUnknownTransformIdIsIgnoredAndAnUnknownTypeMakesTheProposalUnacceptable() {
            assertTrue(initiatorImpaired(Values.addTransform(SA_INIT.requests(), 1, 1000)).bothUp(), "§3.3.6");
            Run r = initiatorImpaired(Values.addTransform(SA_INIT.requests(), 250, 1));
            assertTrue(r.noneUp());
            assertEquals(n(Ikev2NotifyType.NO_PROPOSAL_CHOSEN), only(r.r().failures).notifySent().getAsInt());
        }

        @Test
        void aDuplicatedProposalNumberStillNegotiatesTheFirst() {
            assertTrue(initiatorImpaired(Values.duplicateProposalNumbers(SA_INIT.requests())).bothUp());
        }

        @Test
        void aForcedProposalThatWasNotOfferedIsRefused() {
            Ikev2Proposal unoffered = new Ikev2Proposal(0, 1, 1, io.ike4j.codec.Bytes.EMPTY, List.of(
                    new Ikev2Transform(0, 1, 0, 3, List.of()), // ENCR_3DES, which the initiator did not offer
                    new Ikev2Transform(0, 2, 0, 5, List.of()), new Ikev2Transform(0, 3, 0, 12, List.of()),
                    new Ikev2Transform(0, 4, 0, 14, List.of())));
            Run r = responderImpaired(Values.forceProposal(SA_INIT.responses(), List.of(unoffered)));
            assertTrue(r.noneUp());
            assertTrue(r.count(r.i(), Packet.IGNORED_UNAUTHENTICATED) >= 1, "§2.21.1: an unusable IKE_SA_INIT response is ignored");
            assertTrue(r.i().failures.size() == 1, "reported when the exchange gives up");
        }

        @Test
        void aChosenNotifyAsTheAnswer() {
            Run r = responderImpaired(Values.answerWithNotify(SA_INIT.responses(), 14, new byte[0]));
            assertTrue(r.noneUp());
            IkeFailure f = only(r.i().failures);
            assertEquals(FailureReason.PHASE1_PROPOSAL_MISMATCH, f.reason());
            assertEquals(n(Ikev2NotifyType.NO_PROPOSAL_CHOSEN), f.notifyReceived().getAsInt());
        }

        @Test
        void aCorruptedAuthFailsEitherWay() {
            Run i = initiatorImpaired(Values.corruptAuth(IKE_AUTH.requests()));
            assertTrue(i.noneUp());
            assertEquals(n(Ikev2NotifyType.AUTHENTICATION_FAILED), only(i.r().failures).notifySent().getAsInt());
            Run r = responderImpaired(Values.corruptAuth(IKE_AUTH.responses()));
            assertTrue(r.i().up.isEmpty());
            assertEquals(FailureReason.AUTHENTICATION_FAIL, only(r.i().failures).reason());
            assertEquals(0, r.r().engine.sas().size(), "the initiator's AUTHENTICATION_FAILED removed the responder's SA");
        }
    }

    @Nested
    class CorruptClass {
        @Test
        void aBadIcvOrCiphertextIsDroppedUnanswered() {
            for (Impairments c : List.of(Corrupt.icv(IKE_AUTH.requests()), Corrupt.ciphertext(IKE_AUTH.requests()))) {
                Run r = initiatorImpaired(c);
                assertTrue(r.noneUp(), c.toString());
                assertTrue(r.count(r.r(), Packet.DROPPED_ICV) >= 1, c.toString());
                assertTrue(r.r().packets.stream().noneMatch(x -> x.outbound() && x.message() != null
                        && x.message().header().exchangeType() == AUTH), "§2.21.2: no answer before the ICV verifies");
            }
        }

        @Test
        void aWrongLengthIsDroppedAsMalformed() {
            Run r = initiatorImpaired(Corrupt.payloadLength(SA_INIT.requests()));
            assertTrue(r.noneUp());
            assertEquals(6, r.count(r.r(), Packet.DROPPED_MALFORMED));
        }

        @Test
        void aBrokenChainLosesTheMandatoryPayloads() {
            Run r = initiatorImpaired(Corrupt.nextPayloadChain(SA_INIT.requests()));
            assertTrue(r.noneUp());
            assertEquals(n(Ikev2NotifyType.INVALID_SYNTAX), only(r.r().failures).notifySent().getAsInt());
        }

        @Test
        void aReservedBitIsIgnoredButTheSignedOctetsNoLongerMatch() {
            Run r = initiatorImpaired(Corrupt.reservedField(SA_INIT.requests()));
            assertTrue(r.noneUp());
            IkeFailure f = only(r.r().failures);
            assertEquals(FailureReason.AUTHENTICATION_FAIL, f.reason(), "§2.15: AUTH covers the octets as received");
        }
    }

    @Nested
    class IgnoreClass {
        @Test
        void anInitiatorThatIgnoresAuthInTheResponseFails() {
            Run r = initiatorImpaired(Ignore.payload(IKE_AUTH.responses(), 39));
            assertTrue(r.i().up.isEmpty());
            assertEquals(FailureReason.MALFORMED_PAYLOAD, only(r.i().failures).reason());
        }

        @Test
        void ignoringAStatusNotifyChangesNothing() {
            assertTrue(initiatorImpaired(Ignore.notify(SA_INIT.responses(), 16388)).bothUp());
        }
    }

    @Nested
    class SpecClass {
        @Test
        void aSpecBuildsTheSameImpairmentAsTheApi() {
            Run r = initiatorImpaired(io.ike4j.negotiator.impair.ImpairmentSpec.ikev2("drop-outbound@IKE_AUTH/request#1"));
            assertTrue(!r.upWithoutTimers() && r.bothUp());
            assertEquals(1, r.count(r.i(), Packet.RETRANSMITTED));
            Run ke = initiatorImpaired(io.ike4j.negotiator.impair.ImpairmentSpec.ikev2("ke-group@34/request=19"));
            assertTrue(ke.notifiesSent(ke.r()).contains(n(Ikev2NotifyType.INVALID_KE_PAYLOAD)));
            Run two = initiatorImpaired(io.ike4j.negotiator.impair.ImpairmentSpec.ikev2(
                    "drop-outbound@IKE_AUTH/request#1, duplicate-outbound"));
            assertTrue(two.bothUp());
            assertTrue(two.count(two.r(), Packet.DUPLICATE_ANSWERED) >= 2);
        }

        @Test
        void badSpecsAreRefusedWithTheReason() {
            String unknown = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> io.ike4j.negotiator.impair.ImpairmentSpec.ikev2("drop-everything")).getMessage();
            assertTrue(unknown.contains("unknown impairment 'drop-everything'") && unknown.contains("drop-outbound"), unknown);
            String noArg = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> io.ike4j.negotiator.impair.ImpairmentSpec.ikev2("ke-group@IKE_SA_INIT")).getMessage();
            assertTrue(noArg.contains("'ke-group'") && noArg.contains("needs =VALUE"), noArg);
            String dir = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> io.ike4j.negotiator.impair.ImpairmentSpec.ikev2("drop-outbound@IKE_AUTH/sideways")).getMessage();
            assertTrue(dir.contains("direction"), dir);
            String v1 = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> io.ike4j.negotiator.impair.ImpairmentSpec.ikev2("v1-hash-check")).getMessage();
            assertTrue(v1.contains("is for IKEv1"), v1);
            String v2 = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> io.ike4j.negotiator.impair.ImpairmentSpec.ikev1("bust-auth")).getMessage();
            assertTrue(v2.contains("is for IKEv2"), v2);
            assertTrue(io.ike4j.negotiator.impair.ImpairmentSpec.help().size() >= 35);
        }
    }

    @Test
    void impairmentsComposeInOrder() {
        Run r = initiatorImpaired(Flow.dropOutgoing(IKE_AUTH.requests().nth(1)).andThen(Flow.everyMessageTwice()));
        assertTrue(r.bothUp());
        assertEquals(1, r.count(r.i(), Packet.RETRANSMITTED));
        assertTrue(r.count(r.r(), Packet.DUPLICATE_ANSWERED) >= 2);
    }
}
