package io.ike4j.vectors.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ike4j.diag.FailureCounters;
import io.ike4j.sa.IkeSaInfo;
import io.ike4j.transport.DatagramEndpoint;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * NAT traversal against charon through a real NAT (issue 12; RFC 7296 §2.23, RFC 3948): interop/strongswan/nat-netns.sh
 * puts charon "nat-bob" in network namespace ike4j-nat at 10.99.0.2:500/4500 and source-NATs every datagram of the
 * ike4j engine (10.99.0.1:500/4500, root namespace) to ports 41000-41999 on its way in. Both sides detect the NAT,
 * ike4j floats from 500 to 4500 for IKE_AUTH (non-ESP marker from then on), keeps the mapping with keepalives, and the
 * SA, a CHILD_SA rekey over the NAT and the DELETE work; keys equal charon's. Root is needed; if the namespace or
 * charon cannot start the class fails (never skips).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NatTraversalInteropTest {
    static final DatagramEndpoint IKE4J = DatagramEndpoint.of("10.99.0.1", 500);
    static final DatagramEndpoint BOB = DatagramEndpoint.of("10.99.0.2", 500);
    private StrongSwanPeer bob;

    @BeforeAll
    void start() {
        StrongSwanPeer.ensureInstalled();
        StrongSwanPeer.Result r = netns("up");
        assertEquals(0, r.exitCode(), "nat-netns.sh up:\n" + r.output());
        bob = StrongSwanPeer.start("nat-bob", 500, 4500, StrongSwanPeer.scriptDir().resolve("nat-bob"), "ike4j-nat");
    }

    @AfterAll
    void stop() {
        if (bob != null) {
            bob.stop();
        }
        netns("down");
    }

    private static StrongSwanPeer.Result netns(String what) {
        return StrongSwanPeer.run(new ProcessBuilder("sh", StrongSwanPeer.scriptDir().resolve("nat-netns.sh").toString(), what), 30);
    }

    @Test
    void ike4jBehindANatFloatsTo4500() {
        InteropCase c = InteropCase.MODP2048;
        int mark = bob.logLines().size();
        try (Ike4jPeer ike4j = Ike4jPeer.start(Ike4jPeer.Setup.psk(c.ikeProposal(), c.iosEsp(), "java@v2-nat.ike.test",
                "127.16.4.0/24", "127.16.2.0/24"), IKE4J)) {
            ike4j.initiate(BOB);
            try {
                assertTrue(ike4j.awaitInstalled(1, Duration.ofSeconds(15)), ike4j.report() + "\n"
                        + InteropChecks.tail(bob.logLines(), 40));
                IkeSaInfo sa = ike4j.sas().get(0);
                assertTrue(sa.localBehindNat(), "ike4j sees itself behind the NAT (NAT_DETECTION_DESTINATION_IP)");
                assertEquals(4500, sa.local().port(), "floated to 4500 (RFC 7296 §2.23)");
                assertEquals(BOB.address(), sa.remote().address());
                assertEquals(4500, sa.remote().port());
                IkeSaStatus theirs = bob.listSas().stream().filter(x -> x.initiatorSpi().equalsIgnoreCase(sa.spiI().toHex()))
                        .findFirst().orElseThrow(() -> new AssertionError(bob.listSas().toString()));
                assertEquals("ESTABLISHED", theirs.state());
                assertTrue(theirs.remotePort() >= 41000 && theirs.remotePort() <= 41999,
                        "charon talks to the NAT's mapping of our 4500: " + theirs.remotePort());
                List<String> log = bob.logLines();
                List<String> since = log.subList(mark, log.size());
                assertTrue(since.stream().anyMatch(l -> l.contains("remote host is behind NAT")), InteropChecks.tail(since, 40));
                InteropChecks.childKeysEqual("ike4j->charon over NAT", bob, ike4j.installed.get(0));
                InteropChecks.ikeKeysEqual("ike4j->charon over NAT", bob, ike4j.ikeKeys.get(0));
                assertTrue(InteropChecks.await(() -> ike4j.counters().get(FailureCounters.Packet.NAT_KEEPALIVE_SENT) >= 1,
                        Duration.ofSeconds(10)), "no NAT keepalive sent (2 s interval)");
                assertTrue(ike4j.rekeyChild(sa.saId()), "a CHILD_SA rekey over the NAT");
                assertTrue(ike4j.awaitInstalled(2, Duration.ofSeconds(15)), ike4j.report());
                InteropChecks.childKeysEqual("ike4j->charon rekey over NAT", bob, ike4j.installed.get(1));
                assertTrue(ike4j.delete(sa.saId()));
                assertTrue(InteropChecks.await(() -> bob.listSas().isEmpty(), Duration.ofSeconds(10)), bob.listSas().toString());
                assertTrue(ike4j.failures.isEmpty(), ike4j.failures.toString());
                System.out.println("Ikev2InteropTest: NAT-T: ike4j 10.99.0.1:500 -> 4500 behind a port-translating NAT, charon saw "
                        + theirs.remoteHost() + ":" + theirs.remotePort() + ", keys equal, rekey and DELETE over the NAT");
            } finally {
                if (!bob.listSas().isEmpty()) {
                    bob.swanctlResult("--terminate", "--ike", "java-v2-nat", "--timeout", "10");
                }
            }
        }
    }
    /** IKEv1 Main Mode through the same NAT (issue 13, RFC 3947): NAT-D in MM3/MM4, the float to 4500 with MM5. */
    @Test
    void ike4jV1BehindANatFloatsTo4500() {
        int mark = bob.logLines().size();
        try (Ike4jV1Peer ike4j = new Ike4jV1Peer("aes128-sha1-modp2048", "esp-aes esp-sha-hmac", 0, "java@v1-nat.ike.test",
                "127.16.4.0/24", "127.16.2.0/24", Ike4jPeer.PSK, io.ike4j.config.Retransmission.STRONGSWAN_DEFAULT, 0, null,
                IKE4J)) {
            int id = ike4j.initiate(BOB, false);
            try {
                assertTrue(InteropChecks.await(() -> !ike4j.installed.isEmpty(), Duration.ofSeconds(15)), ike4j.report() + "\n"
                        + InteropChecks.tail(bob.logLines(), 40));
                IkeSaInfo sa = ike4j.sas().get(0);
                assertTrue(sa.localBehindNat(), "ike4j sees itself behind the NAT (NAT-D)");
                assertEquals(4500, sa.local().port(), "floated to 4500 (RFC 3947 §4)");
                assertEquals(4500, sa.remote().port());
                IkeSaStatus theirs = bob.listSas().stream().filter(x -> x.initiatorSpi().equalsIgnoreCase(sa.spiI().toHex()))
                        .findFirst().orElseThrow(() -> new AssertionError(bob.listSas().toString()));
                assertEquals("ESTABLISHED", theirs.state());
                assertTrue(theirs.remotePort() >= 41000 && theirs.remotePort() <= 41999,
                        "charon talks to the NAT's mapping of our 4500: " + theirs.remotePort());
                List<String> since = bob.logLines().subList(mark, bob.logLines().size());
                assertTrue(since.stream().anyMatch(l -> l.contains("remote host is behind NAT")), InteropChecks.tail(since, 40));
                String ours = ike4j.installed.get(0).inboundSpi();
                assertTrue(InteropChecks.await(() -> bob.listSas().stream().flatMap(x -> x.children().stream())
                        .anyMatch(c -> "INSTALLED".equals(c.state()) && c.spiOut().equalsIgnoreCase(ours)),
                        Duration.ofSeconds(5)), "charon installed the Quick Mode's SAs (UDP-encapsulated tunnel): " + bob.listSas());
                assertTrue(since.stream().anyMatch(l -> l.contains("parsed QUICK_MODE request")), InteropChecks.tail(since, 40));
                assertTrue(InteropChecks.await(() -> ike4j.counters().get(FailureCounters.Packet.NAT_KEEPALIVE_SENT) >= 1,
                        Duration.ofSeconds(10)), "no NAT keepalive sent (2 s interval)");
                assertTrue(ike4j.delete(id));
                assertTrue(InteropChecks.await(() -> bob.listSas().isEmpty(), Duration.ofSeconds(10)), bob.listSas().toString());
                assertTrue(ike4j.failures.isEmpty(), ike4j.failures.toString());
                System.out.println("Ikev1InteropTest: NAT-T: ike4j IKEv1 10.99.0.1:500 -> 4500 behind a port-translating NAT, charon saw "
                        + theirs.remoteHost() + ":" + theirs.remotePort() + ", DELETE over the NAT");
            } finally {
                if (!bob.listSas().isEmpty()) {
                    bob.swanctlResult("--terminate", "--ike", "java-v1-nat", "--timeout", "10");
                }
            }
        }
    }
}
