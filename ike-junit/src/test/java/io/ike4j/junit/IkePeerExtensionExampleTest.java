package io.ike4j.junit;

import io.ike4j.diag.FailureReason;
import io.ike4j.negotiator.Impairments;
import io.ike4j.transport.Datagram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's example: "my VPN client survives a responder that loses its first answer" in a few lines. Here the
 * "client under test" is another ike4j peer started by the extension as an initiator; in your project it is your
 * client, pointed at {@code responder.endpoint()}.
 */
class IkePeerExtensionExampleTest {
    /** Drops the first datagram the responder sends (its IKE_SA_INIT response): the client must retransmit. */
    static final AtomicInteger SENT = new AtomicInteger();

    @RegisterExtension
    static IkePeerExtension responder = IkePeerExtension.builder().psk("secret")
            .impairments(new Impairments() {
                @Override
                public List<Datagram> outgoing(int saId, Datagram d) {
                    return SENT.getAndIncrement() == 0 ? List.of() : List.of(d);
                }
            }).build();

    @RegisterExtension
    IkePeerExtension client = IkePeerExtension.builder().psk("secret").build();

    @Test
    void theClientSurvivesALostIkeSaInitResponse() {
        client.initiate(responder.endpoint());
        assertTrue(client.awaitEstablished(Duration.ofSeconds(15)), "client: " + client.failures());
        assertTrue(responder.awaitEstablished(Duration.ofSeconds(5)), "responder: " + responder.failures());
        assertEquals(io.ike4j.sm.IkeVersion.IKEV2, responder.establishedSas().get(0).version());
        // the pair of CHILD_SAs: each side's inbound SPI is the other's outbound one, with the same keys
        assertEquals(client.childSas().get(0).inboundSpi(), responder.childSas().get(0).outboundSpi());
        assertArrayEquals(client.childSas().get(0).encrKeyIn().copy(), responder.childSas().get(0).encrKeyOut().copy());
        assertTrue(SENT.get() >= 3, "the dropped response was sent again on the client's retransmission");
        assertTrue(responder.trace().stream().anyMatch(s -> s.step().contains("EV_RECV_INIT")), responder.trace().toString());
    }

    @Test
    void aClientWithOtherProposalsIsRefusedWithTheSeedsVocabulary() {
        try (AutoCloseablePeer other = new AutoCloseablePeer(IkePeerExtension.builder().psk("secret")
                .ike("aes256-sha512-modp4096").build())) {
            other.peer.initiate(responder.endpoint());
            assertTrue(responder.awaitFailure(Duration.ofSeconds(10)));
            assertEquals(FailureReason.PHASE1_PROPOSAL_MISMATCH, responder.failures().get(0).reason());
        }
    }

    /** "My VPN client survives a responder that sends INVALID_KE": it only takes the client's second group. */
    @Test
    void theClientRetriesWithTheGroupThatInvalidKeAsksFor() {
        try (AutoCloseablePeer r = new AutoCloseablePeer(IkePeerExtension.builder().psk("secret")
                .ike("aes128-sha256-modp2048").impair("duplicate-outbound@IKE_AUTH/response").build());
             AutoCloseablePeer c = new AutoCloseablePeer(IkePeerExtension.builder().psk("secret")
                     .ike("aes128-sha256-x25519-modp2048").build())) {
            c.peer.initiate(r.peer.endpoint());
            assertTrue(c.peer.awaitEstablished(Duration.ofSeconds(15)), "client: " + c.peer.failures());
            assertTrue(r.peer.awaitEstablished(Duration.ofSeconds(5)), "responder: " + r.peer.failures());
            // two IKE_SA_INIT exchanges: INVALID_KE_PAYLOAD sent it back to I_BLD_INIT with the responder's group
            assertEquals(2, c.peer.trace().stream().filter(s -> s.step().contains("I_WAIT_INIT EV_RECV_INIT")).count(),
                    c.peer.trace().toString());
        }
    }

    /** The same by name, as {@code ike peer --impair} takes it: an IKEv1 responder that loses the first MM5. */
    @Test
    void ikev1ResponderDroppingTheFirstMm5ByName() {
        try (AutoCloseablePeer r = new AutoCloseablePeer(IkePeerExtension.builder().ikeVersion(1).psk("v1")
                .impair("drop-inbound@2#3").build());
             AutoCloseablePeer i = new AutoCloseablePeer(IkePeerExtension.builder().ikeVersion(1).psk("v1").build())) {
            i.peer.initiate(r.peer.endpoint());
            assertTrue(r.peer.awaitEstablished(Duration.ofSeconds(20)), r.peer.failures().toString());
            assertEquals(1, r.peer.establishedSas().size());
        }
    }

    /** The extension used by hand (started and stopped without JUnit's help), for a peer of one test. */
    record AutoCloseablePeer(IkePeerExtension peer) implements AutoCloseable {
        AutoCloseablePeer {
            peer.start();
        }

        @Override
        public void close() {
            peer.stop();
        }
    }

    @Test
    void ikev1MainModeAndQuickMode() {
        try (AutoCloseablePeer r = new AutoCloseablePeer(IkePeerExtension.builder().ikeVersion(1).psk("v1").build());
             AutoCloseablePeer i = new AutoCloseablePeer(IkePeerExtension.builder().ikeVersion(1).psk("v1").build())) {
            i.peer.initiate(r.peer.endpoint());
            assertTrue(r.peer.awaitEstablished(Duration.ofSeconds(10)), r.peer.failures().toString());
            assertEquals(io.ike4j.sm.IkeVersion.IKEV1, r.peer.establishedSas().get(0).version());
            assertTrue(r.peer.trace().stream().anyMatch(s -> s.step().equals("IKE_R_MM5 IKE_PROCESS_COMPLETE IKE_P1_COMPLETE")),
                    r.peer.trace().toString());
            assertTrue(r.peer.trace().stream().anyMatch(s -> s.step().equals("IKE_READY IKE_MM_EXCH IKE_R_MM1")),
                    r.peer.trace().toString());
        }
    }
}
