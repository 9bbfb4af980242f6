package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2Header;
import io.ike4j.codec.v2.Ikev2KePayload;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.Ikev2SaPayload;
import io.ike4j.config.StrongSwanProposals;
import io.ike4j.diag.FailureCounters.Packet;
import io.ike4j.negotiator.proposal.SaPayloads;
import io.ike4j.sa.IkeSaInfo;
import io.ike4j.sm.v2.Ikev2State;
import io.ike4j.transport.NetEvent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10 item 6: an error notify in an unprotected IKE_SA_INIT response must not end the attempt at once (on
 * main the first NO_PROPOSAL_CHOSEN anyone sent did). RFC 7296 §2.21.1: keep waiting for a valid response until the
 * exchange times out; COOKIE and a usable INVALID_KE_PAYLOAD keep their handling. The same for responses that are
 * malformed, choose what we did not offer or carry a bad KE value: all are unauthenticated.
 */
@Tag("hostile")
class HostileInitResponseTest {

    /** A pair whose genuine IKE_SA_INIT response (datagram 2) is held back 1 s; the forgery arrives first. */
    static EnginePair raced(long seed) {
        EnginePair.Config i = new EnginePair.Config();
        EnginePair p = new EnginePair(seed, i, new EnginePair.Config());
        p.net.delayNth(2, Duration.ofSeconds(1));
        p.initiate(i);
        p.net.advance(Duration.ofMillis(10));
        assertEquals(Ikev2State.I_WAIT_INIT, p.initiator.engine.sas().get(0).state());
        return p;
    }

    static byte[] genuineResponse(EnginePair p) {
        return p.net.events(NetEvent.Kind.SENT).get(1).wire().toByteArray();
    }

    /** Sends the forgery from the responder's address, checks it changed nothing, then lets the genuine one in. */
    static void forgeAndRecover(EnginePair p, byte[] forged) {
        IkeSaInfo in = p.initiator.engine.sas().get(0);
        Hostile.Snapshot before = Hostile.Snapshot.of(p.initiator, in);
        int mark = Hostile.mark(p);
        Hostile.inject(p, EnginePair.R_ADDR, EnginePair.I_ADDR, forged);
        assertEquals(List.of(), Hostile.sentBy(p, EnginePair.I_ADDR, mark), "no reaction on the wire");
        assertEquals(before, Hostile.Snapshot.of(p.initiator, in), "still waiting, request still outstanding");
        assertEquals(1, p.initiator.engine.counters().get(Packet.IGNORED_UNAUTHENTICATED));
        p.net.runUntilIdle();
        assertEquals(List.of(), p.initiator.failures);
        assertEquals(List.of(), p.responder.failures);
        assertEquals(Ikev2State.READY, p.initiator.engine.sas().get(0).state());
        assertEquals(Ikev2State.READY, Hostile.responderSa(p).state());
        Hostile.childKeysMirror(p, 0);
    }

    static byte[] notifyResponse(EnginePair p, int type, Bytes data) {
        Ikev2Header req = Ikev2Codec.decode(p.net.events(NetEvent.Kind.SENT).get(0).wire()).header();
        Ikev2Header h = new Ikev2Header(req.initiatorSpi(), Ikev2Sa.ZERO_SPI, 34, Ikev2Header.FLAG_RESPONSE, 0);
        return Ikev2Codec.encode(new Ikev2Message(h, List.of(Ikev2NotifyPayload.of(type, data))));
    }

    @ParameterizedTest(name = "forged notify {0}")
    @ValueSource(ints = {14, 7, 24, 1, 5, 11, 35, 16})
    void forgedErrorNotifiesDoNotEndTheAttempt(int type) {
        EnginePair p = raced(600 + type);
        forgeAndRecover(p, notifyResponse(p, type, Bytes.EMPTY));
    }

    /** INVALID_KE_PAYLOAD naming a group we never offered has no corrective action: it is just an error. */
    @Test
    void forgedInvalidKeForAGroupWeDidNotOfferIsIgnored() {
        EnginePair p = raced(620);
        forgeAndRecover(p, notifyResponse(p, 17, Bytes.wrap(new byte[] {0, 21})));
    }

    /** COOKIE data must be 1..64 octets (§2.6); an unusable one is ignored like an error. */
    @Test
    void forgedUnusableCookieIsIgnored() {
        EnginePair p = raced(621);
        forgeAndRecover(p, notifyResponse(p, 16390, Bytes.wrap(new byte[65])));
    }

    static byte[] rewrite(byte[] response, UnaryOperator<List<Ikev2Payload>> change) {
        Ikev2Message m = Ikev2Codec.decode(response);
        return Ikev2Codec.encode(new Ikev2Message(m.header(), change.apply(new ArrayList<>(m.payloads()))));
    }

    @Test
    void forgedResponseWithoutKeIsIgnored() {
        EnginePair p = raced(622);
        forgeAndRecover(p, rewrite(genuineResponse(p), l -> {
            l.removeIf(x -> x instanceof Ikev2KePayload);
            return l;
        }));
    }

    @Test
    void forgedResponseChoosingAProposalWeDidNotOfferIsIgnored() {
        EnginePair p = raced(623);
        Ikev2SaPayload other = SaPayloads.ike(StrongSwanProposals.parseIke("aes256-sha512-modp2048"), Bytes.EMPTY);
        forgeAndRecover(p, rewrite(genuineResponse(p), l -> {
            l.replaceAll(x -> x instanceof Ikev2SaPayload ? other : x);
            return l;
        }));
    }

    /** A KE value of 1 fails the RFC 6989 checks: with an unauthenticated response that is no reason to give up. */
    @Test
    void forgedResponseWithABadKeValueIsIgnored() {
        EnginePair p = raced(624);
        byte[] one = new byte[256];
        one[255] = 1;
        forgeAndRecover(p, rewrite(genuineResponse(p), l -> {
            l.replaceAll(x -> x instanceof Ikev2KePayload k ? new Ikev2KePayload(k.group(), Bytes.wrap(one)) : x);
            return l;
        }));
    }

    /** A responder that really refuses: the attempt fails only when the exchange times out, with the notify seen. */
    @Test
    void aGenuineRefusalFailsAtTheTimeoutNamingTheNotify() {
        EnginePair.Config i = new EnginePair.Config();
        EnginePair.Config r = new EnginePair.Config();
        r.ike = "aes256-sha384-ecp384";
        EnginePair p = new EnginePair(625, i, r);
        p.initiate(i);
        RetransmissionAndDuplicateTest.runFor(p, Duration.ofSeconds(160));
        assertEquals(List.of(), p.initiator.failures, "still trying at 160 s");
        assertEquals(1, p.initiator.engine.sas().size());
        RetransmissionAndDuplicateTest.runFor(p, Duration.ofSeconds(10));
        assertEquals(1, p.initiator.failures.size());
        assertEquals(io.ike4j.diag.FailureReason.PHASE1_PROPOSAL_MISMATCH, p.initiator.failures.get(0).reason());
        assertEquals(14, p.initiator.failures.get(0).notifyReceived().orElse(-1));
        assertTrue(p.initiator.failures.get(0).detail().contains("giving up after 5 retransmits"));
    }
}
