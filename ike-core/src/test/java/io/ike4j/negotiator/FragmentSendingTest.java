package io.ike4j.negotiator;

import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2SkPayload;
import io.ike4j.codec.v2.Ikev2SkfPayload;
import io.ike4j.codec.v2.iana.Ikev2ExchangeType;
import io.ike4j.config.AuthMethod;
import io.ike4j.sm.v2.Ikev2State;
import io.ike4j.transport.NetEvent;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sending IKE fragments (RFC 7383 §2.5): certificate IKE_AUTH messages above the fragment size go as SKF. */
class FragmentSendingTest {
    private static final int AUTH = Ikev2ExchangeType.IKE_AUTH.number();

    private static EnginePair.Config side(String name, AuthMethod m, String peer, int fragmentSize) throws IOException {
        EnginePair.Config c = CertificateAuthTest.certSide(name, m, peer);
        c.engineTweak = b -> b.fragmentSize(fragmentSize);
        return c;
    }

    /** The IKE_AUTH datagrams {@code from} sent: for each, the last payload (SK or SKF) and the datagram length. */
    private static List<Object[]> authDatagrams(EnginePair p, EnginePair.Side from) {
        return p.net.events(NetEvent.Kind.SENT).stream().filter(e -> e.source().equals(from.at))
                .map(e -> new Object[] {Ikev2Codec.decode(e.wire().toByteArray()), e.wire().length()})
                .filter(x -> ((io.ike4j.codec.v2.Ikev2Message) x[0]).header().exchangeType() == AUTH)
                .map(x -> {
                    var m = (io.ike4j.codec.v2.Ikev2Message) x[0];
                    return new Object[] {m.payloads().get(m.payloads().size() - 1), x[1]};
                }).toList();
    }

    @Test
    void certificateIkeAuthGoesAsFragmentsBothWaysAndTheKeysAreUnchanged() throws IOException {
        EnginePair.Config wi = side("java-rsa", AuthMethod.RSA_SIG, "java-ecdsa.ike.test", 65535);
        EnginePair whole = new EnginePair(140, wi, side("java-ecdsa", AuthMethod.ECDSA_SIG, "java-rsa.ike.test", 65535));
        whole.initiate(wi);
        whole.net.runUntilIdle();
        assertEquals(Ikev2State.READY, whole.initiator.engine.sas().get(0).state());

        EnginePair.Config i = side("java-rsa", AuthMethod.RSA_SIG, "java-ecdsa.ike.test", 400);
        EnginePair.Config r = side("java-ecdsa", AuthMethod.ECDSA_SIG, "java-rsa.ike.test", 400);
        EnginePair p = new EnginePair(140, i, r);
        p.net.keepLog(true);
        p.initiate(i);
        p.net.runUntilIdle();
        assertEquals(Ikev2State.READY, p.initiator.engine.sas().get(0).state(), p.initiator.failures.toString());
        assertEquals(Ikev2State.READY, Hostile.responderSa(p).state());
        for (EnginePair.Side s : List.of(p.initiator, p.responder)) {
            List<Object[]> sent = authDatagrams(p, s);
            assertTrue(sent.size() >= 2, "more than one IKE_AUTH datagram");
            int n = sent.size();
            for (int k = 0; k < n; k++) {
                assertTrue(sent.get(k)[0] instanceof Ikev2SkfPayload, "all SKF");
                Ikev2SkfPayload f = (Ikev2SkfPayload) sent.get(k)[0];
                assertEquals(k + 1, f.fragmentNumber());
                assertEquals(n, f.totalFragments());
                assertTrue((int) sent.get(k)[1] <= 400, "each datagram within the fragment size: " + sent.get(k)[1]);
                assertEquals(k > 0 ? 0 : s == p.initiator ? 35 : 36, f.innerNextPayload(),
                        "fragment 1 names the first inner payload (IDi, IDr)");
            }
        }
        assertEquals(1, p.initiator.engine.counters().get(io.ike4j.diag.FailureCounters.Packet.FRAGMENTED));
        assertArrayEquals(whole.initiator.keyLog.get(0).skD().copy(), p.initiator.keyLog.get(0).skD().copy(),
                "fragmenting changes no key");
        assertEquals(whole.initiator.children.get(0).inboundSpi(), p.initiator.children.get(0).inboundSpi());
    }

    @Test
    void aMessageThatFitsGoesAsPlainSk() {
        EnginePair.Config i = new EnginePair.Config();
        i.engineTweak = b -> b.fragmentSize(400);
        EnginePair.Config r = new EnginePair.Config();
        r.engineTweak = b -> b.fragmentSize(400);
        EnginePair p = new EnginePair(141, i, r);
        p.net.keepLog(true);
        p.initiate(i);
        p.net.runUntilIdle();
        assertEquals(Ikev2State.READY, p.initiator.engine.sas().get(0).state());
        List<Object[]> sent = authDatagrams(p, p.initiator);
        assertEquals(1, sent.size());
        assertTrue(sent.get(0)[0] instanceof Ikev2SkPayload, "no \"SKF 1/1\"");
        assertEquals(0, p.initiator.engine.counters().get(io.ike4j.diag.FailureCounters.Packet.FRAGMENTED));
    }

    /** A lost fragment: the responder cannot reassemble, the initiator's retransmission resends every fragment. */
    @Test
    void aLostFragmentIsRecoveredByRetransmittingThemAll() throws IOException {
        EnginePair.Config i = side("java-rsa", AuthMethod.RSA_SIG, "java-ecdsa.ike.test", 400);
        EnginePair.Config r = side("java-ecdsa", AuthMethod.ECDSA_SIG, "java-rsa.ike.test", 400);
        EnginePair p = new EnginePair(142, i, r);
        p.net.keepLog(true);
        p.net.dropNth(6); // 1-4: IKE_SA_INIT with a COOKIE round trip (the response with CERTREQ is larger); 5, 6, ...: IKE_AUTH fragments
        p.initiate(i);
        p.net.runUntilIdle();
        assertEquals(Ikev2State.I_WAIT_AUTH, p.initiator.engine.sas().get(0).state(), "waiting: fragment 2 was lost "
                + p.net.log().stream().map(e -> e.seq() + " " + e.kind() + " " + e.source() + " " + e.wire().length()).toList());
        p.net.advance(java.time.Duration.ofSeconds(5));
        p.net.runUntilIdle();
        assertEquals(Ikev2State.READY, p.initiator.engine.sas().get(0).state(), p.initiator.failures.toString());
        long requestFragments = authDatagrams(p, p.initiator).size();
        assertTrue(requestFragments >= 4 && requestFragments % 2 == 0, "every fragment twice: " + requestFragments);
    }

    /** RFC 7383 §2.3: an initiator that did not offer fragmentation gets no FRAG_SUP and no fragments. */
    @Test
    void withoutTheInitiatorsOfferNobodyFragments() throws IOException {
        int fragSup = io.ike4j.codec.v2.iana.Ikev2NotifyType.IKEV2_FRAGMENTATION_SUPPORTED.number();
        EnginePair.Config i = side("java-rsa", AuthMethod.RSA_SIG, "java-ecdsa.ike.test", 400);
        i.impairments = new Impairments() {
            @Override
            public List<io.ike4j.codec.v2.Ikev2Payload> payloads(int saId, int exchangeType, boolean response,
                                                                  long messageId, List<io.ike4j.codec.v2.Ikev2Payload> p) {
                return p.stream().filter(x -> !(x instanceof io.ike4j.codec.v2.Ikev2NotifyPayload n
                        && n.notifyType() == fragSup)).toList();
            }
        };
        EnginePair.Config r = side("java-ecdsa", AuthMethod.ECDSA_SIG, "java-rsa.ike.test", 400);
        EnginePair p = new EnginePair(143, i, r);
        p.net.keepLog(true);
        p.initiate(i);
        p.net.runUntilIdle();
        assertEquals(Ikev2State.READY, p.initiator.engine.sas().get(0).state(), p.initiator.failures.toString());
        assertTrue(p.responder.packets.stream().filter(k -> k.outbound() && k.message().header().exchangeType() == 34)
                .flatMap(k -> k.message().payloads().stream()).noneMatch(x -> x instanceof io.ike4j.codec.v2.Ikev2NotifyPayload n
                        && n.notifyType() == fragSup), "no FRAG_SUP in the IKE_SA_INIT response");
        for (EnginePair.Side s : List.of(p.initiator, p.responder)) {
            List<Object[]> sent = authDatagrams(p, s);
            assertEquals(1, sent.size(), "one IKE_AUTH datagram, larger than the fragment size");
            assertTrue((int) sent.get(0)[1] > 400);
        }
    }
}
