package io.ike4j.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ike4j.capture.CaptureReader;
import io.ike4j.capture.CapturedDatagram;
import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2IdPayload;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.crypto.CryptoProviders;
import io.ike4j.negotiator.Ikev2Engine;
import io.ike4j.negotiator.Ikev2Runtime;
import io.ike4j.negotiator.Impairments;
import io.ike4j.transport.DatagramEndpoint;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ike fuzz} (issue 14) end to end on loopback UDP: bounded campaigns against an in-process ike4j responder
 * (both stages: no findings, liveness held), the refusal of non-local targets, planted bugs that must be found
 * (a target that stops answering; a responder that verifies AUTH against the configured instead of the received
 * IDi) with reproducer and pcap, and {@code --replay} regenerating the recorded octets.
 */
class FuzzCommandTest {
    private static final String PSK = "fuzz-test-psk";
    private static final Pattern RATE = Pattern.compile("fuzz: (\\d+) cases in [\\d.]+ s \\(([\\d.]+) cases/s\\)");

    record Run(int status, String out, String err) {
    }

    static Run fuzz(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> a = new ArrayList<>(List.of("fuzz"));
        a.addAll(Arrays.asList(args));
        int status = Main.run(a.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env::get);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void assertCampaign(Run r, int cases) {
        Matcher m = RATE.matcher(r.out());
        assertTrue(m.find(), r.out() + r.err());
        assertEquals(cases, Integer.parseInt(m.group(1)), r.out());
        assertTrue(Double.parseDouble(m.group(2)) > 0, r.out());
        assertTrue(r.out().contains("fuzz: liveness: ok ("), r.out());
        assertTrue(r.out().contains("fuzz: findings: 0"), r.out() + r.err());
        assertEquals(0, r.status(), r.out() + r.err());
    }

    @Test
    void ikeSaInitCampaignAgainstIke4jFindsNothing(@TempDir Path dir) throws Exception {
        try (PeerCommandTest.Responder r = new PeerCommandTest.Responder("127.0.0.1", Map.of("IKE_PSK", PSK),
                "--ike", "aes128-sha256-x25519")) {
            Run run = fuzz(Map.of(), "--remote", r.remote(), "--cases", "600", "--duration", "60", "--seed", "11", "--out",
                    dir.toString(), "--quiet");
            System.out.println(run.out());
            assertCampaign(run, 600);
            assertTrue(run.out().contains("mutations: "), run.out());
            assertTrue(run.out().matches("(?s).*target answered [1-9]\\d* of 600 mutated requests.*"), run.out());
            try (Stream<Path> files = Files.list(dir)) {
                assertEquals(0, files.count(), "no reproducers");
            }
        }
    }

    @Test
    void ikeAuthCampaignAgainstIke4jFindsNothing(@TempDir Path dir) throws Exception {
        try (PeerCommandTest.Responder r = new PeerCommandTest.Responder("127.0.0.1", Map.of("IKE_PSK", PSK),
                "--ike", "aes128-sha256-x25519")) {
            Run run = fuzz(Map.of("IKE_PSK", PSK), "--remote", r.remote(), "--stage", "ike-auth", "--cases", "400", "--duration", "60",
                    "--seed", "12", "--out", dir.toString());
            System.out.println(run.out());
            assertCampaign(run, 400);
            // every case completed a real IKE_SA_INIT and sent its mutated, validly protected IKE_AUTH
            assertTrue(run.out().contains("IKE_AUTH reached (IKE_SA_INIT completed, mutated IKE_AUTH sent) in 400 cases"), run.out());
            assertTrue(run.err().contains("ike fuzz [##############################] 400/400 cases"), "progress bar: " + run.err());
        }
    }

    @Test
    void refusesAddressesOfOtherMachines() {
        Run r = fuzz(Map.of(), "--remote", "192.0.2.1:500", "--cases", "10");
        assertEquals(Main.USAGE, r.status(), r.err());
        assertTrue(r.err().contains("ike fuzz: refusing to fuzz 192.0.2.1: not an address of this machine"), r.err());
        Run auth = fuzz(Map.of("IKE_PSK", PSK), "--remote", "[2001:db8::1]:500", "--stage", "ike-auth");
        assertEquals(Main.USAGE, auth.status(), auth.err());
        assertTrue(auth.err().contains("refusing to fuzz 2001:db8:0:0:0:0:0:1"), auth.err());
    }

    @Test
    void ikeAuthWithoutPskIsAUsageError() {
        Run r = fuzz(Map.of(), "--remote", "127.0.0.1:500", "--stage", "ike-auth");
        assertEquals(Main.USAGE, r.status());
        assertTrue(r.err().contains("--stage ike-auth needs the pre-shared key"), r.err());
    }

    /**
     * A fake IKE target on loopback: answers every IKE_SA_INIT with a minimal response, until it receives a datagram
     * longer than 1000 octets; from then on it answers nothing (a planted "crash").
     */
    static final class FragileTarget implements AutoCloseable {
        final DatagramSocket socket;
        final AtomicBoolean dead = new AtomicBoolean();
        final boolean fragile;
        final Thread thread;

        FragileTarget(boolean fragile) throws SocketException {
            this.fragile = fragile;
            socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
            thread = new Thread(this::serve, "fragile-target");
            thread.setDaemon(true);
            thread.start();
        }

        String remote() {
            return "127.0.0.1:" + socket.getLocalPort();
        }

        private void serve() {
            byte[] buf = new byte[65_536];
            while (!socket.isClosed()) {
                try {
                    DatagramPacket p = new DatagramPacket(buf, buf.length);
                    socket.receive(p);
                    int len = p.getLength() - 4; // non-ESP marker: neither port is 500
                    if (fragile && len > 1000) {
                        dead.set(true);
                    }
                    if (dead.get() || len < 28) {
                        continue;
                    }
                    byte[] resp = new byte[4 + 28];
                    System.arraycopy(buf, 4, resp, 4, 8); // initiator SPI
                    resp[4 + 8] = 1; // responder SPI
                    resp[4 + 17] = 0x20; // version 2.0
                    resp[4 + 18] = 34; // IKE_SA_INIT
                    resp[4 + 19] = 0x20; // response
                    resp[4 + 27] = 28;
                    socket.send(new DatagramPacket(resp, resp.length, p.getSocketAddress()));
                } catch (java.io.IOException e) {
                    return;
                }
            }
        }

        @Override
        public void close() {
            socket.close();
        }
    }

    @Test
    void targetThatStopsAnsweringIsAFindingWithReproducerAndReplayRegeneratesItsOctets(@TempDir Path dir) throws Exception {
        Path reproducer;
        try (FragileTarget t = new FragileTarget(true)) {
            Run run = fuzz(Map.of(), "--remote", t.remote(), "--cases", "2000", "--duration", "60", "--seed", "5", "--parallel", "1",
                    "--liveness-timeout", "300", "--liveness-retries", "1", "--out", dir.toString(), "--quiet");
            System.out.println(run.out());
            assertEquals(1, run.status(), run.out() + run.err());
            assertTrue(t.dead.get(), "the planted bug was triggered");
            assertTrue(run.out().contains("fuzz: liveness: FAILED"), run.out());
            assertTrue(run.out().contains("fuzz: findings: 1"), run.out());
            Matcher m = Pattern.compile("finding 1: case (\\d+) target-not-answering: .*\\n.*\\n    reproducer: (\\S+) \\(pcap (\\S+)\\)")
                    .matcher(run.out());
            assertTrue(m.find(), run.out());
            reproducer = Path.of(m.group(2));
            Path pcap = Path.of(m.group(3));
            assertTrue(Files.isRegularFile(reproducer) && Files.isRegularFile(pcap), run.out());
            List<String> lines = Files.readAllLines(reproducer);
            assertTrue(lines.contains("seed: 5"), lines.toString());
            assertTrue(lines.contains("case: " + m.group(1)), lines.toString());
            assertTrue(lines.contains("oracle: target-not-answering"), lines.toString());
            String sent = lines.stream().filter(l -> l.startsWith("sent: ")).findFirst().orElseThrow().substring(6);
            assertTrue(sent.length() / 2 > 1000, "the case that killed it sent more than 1000 octets: " + sent.length() / 2);
            List<CapturedDatagram> recorded = CaptureReader.read(pcap);
            assertEquals(Bytes.fromHex(sent), recorded.get(0).ike(), "the pcap holds the case's datagram");
            assertTrue(recorded.get(0).nonEspMarker(), "sent behind the non-ESP marker");
        }
        // replay against a healthy target: the same octets are regenerated and sent (the replay's own pcap shows it)
        try (FragileTarget healthy = new FragileTarget(false)) {
            Run replay = fuzz(Map.of(), "--replay", reproducer.toString(), "--remote", healthy.remote());
            System.out.println(replay.out());
            assertTrue(replay.out().contains("identical to the reproducer's"), replay.out() + replay.err());
            assertTrue(replay.out().contains("replay: liveness: ok"), replay.out());
            assertTrue(replay.out().contains("replay: finding target-not-answering not reproduced"), replay.out());
            assertEquals(0, replay.status(), replay.out());
            Path replayPcap = reproducer.resolveSibling(reproducer.getFileName().toString().replace(".txt", ".replay.pcap"));
            Path pcap = reproducer.resolveSibling(reproducer.getFileName().toString().replace(".txt", ".pcap"));
            assertArrayEquals(CaptureReader.read(pcap).get(0).ike().toByteArray(), CaptureReader.read(replayPcap).get(0).ike().toByteArray());
        }
        // and against the fragile one, the replay reproduces the finding
        try (FragileTarget fragile = new FragileTarget(true)) {
            Run replay = fuzz(Map.of(), "--replay", reproducer.toString(), "--remote", fragile.remote(), "--liveness-timeout", "300",
                    "--liveness-retries", "1");
            assertTrue(replay.out().contains("replay: finding target-not-answering reproduced"), replay.out());
            assertEquals(1, replay.status(), replay.out());
        }
    }

    /**
     * Planted bug: a responder that checks AUTH against the IDi it expects instead of the IDi octets received (it
     * puts the configured identity back before the rows see the message). A mutated IDi must then be accepted with the
     * original AUTH: the unexpected-acceptance oracle has to fire.
     */
    @Test
    void responderIgnoringTheReceivedIdiIsAnUnexpectedAcceptance(@TempDir Path dir) throws Exception {
        Ikev2IdPayload expected = new Ikev2IdPayload(true, 2, Bytes.wrap("fuzzer.ike.test".getBytes(StandardCharsets.US_ASCII)));
        Impairments restoreIdi = new Impairments() {
            @Override
            public List<Ikev2Payload> received(int saId, int exchangeType, boolean response, long messageId, List<Ikev2Payload> payloads) {
                if (exchangeType != 35 || response) {
                    return payloads;
                }
                return payloads.stream().map(p -> p instanceof Ikev2IdPayload id && id.initiator() ? (Ikev2Payload) expected : p).toList();
            }
        };
        PeerConfig.Built cfg = PeerConfig.psk("aes128-sha256-x25519", "aes128-sha256", PSK).build();
        int port = PeerCommandTest.freePort();
        Ikev2Engine.Builder b = Ikev2Engine.builder().configuration(cfg.configuration()).crypto(CryptoProviders.named("bc"))
                .impairments(restoreIdi);
        Ikev2Runtime rt = Ikev2Runtime.start(b, List.of(DatagramEndpoint.of("127.0.0.1", port)), Engines.TICK, 1, 0);
        try {
            Run run = fuzz(Map.of("IKE_PSK", PSK), "--remote", "127.0.0.1:" + port, "--stage", "ike-auth", "--id", "fuzzer.ike.test",
                    "--mutators", "structure", "--cases", "600", "--duration", "60", "--seed", "21", "--out", dir.toString(), "--quiet");
            System.out.println(run.out());
            assertEquals(1, run.status(), run.out() + run.err());
            assertTrue(run.out().contains("fuzz: liveness: ok"), run.out());
            Matcher m = Pattern.compile("finding \\d+: case (\\d+) unexpected-acceptance: the IKE SA reached READY although the "
                    + "IKE_AUTH request's AUTH was invalid \\(field-value: IDI at position \\d+: [^)]*\\)\\n.*\\n    reproducer: (\\S+) \\(pcap (\\S+)\\)")
                    .matcher(run.out());
            assertTrue(m.find(), run.out());
            Path reproducer = Path.of(m.group(2));
            List<String> lines = Files.readAllLines(reproducer);
            assertTrue(lines.contains("oracle: unexpected-acceptance"), lines.toString());
            assertTrue(lines.contains("stage: ike-auth"), lines.toString());
            assertTrue(lines.stream().noneMatch(l -> l.contains(PSK)), "no secret in the reproducer");
            List<CapturedDatagram> pcap = CaptureReader.read(Path.of(m.group(3)));
            // IKE_SA_INIT request/response, the mutated IKE_AUTH and its answer at least
            assertTrue(pcap.size() >= 4, "datagrams: " + pcap.size());
            assertEquals(34, pcap.get(0).ike().get(18));
            assertTrue(pcap.stream().anyMatch(d -> d.ike().get(18) == 35 && (d.ike().get(19) & 0x20) != 0), "an IKE_AUTH response");
            // the replay of it (PSK again from the environment) accepts again
            Run replay = fuzz(Map.of("IKE_PSK", PSK), "--replay", reproducer.toString());
            System.out.println(replay.out());
            assertTrue(replay.out().contains("replay: finding unexpected-acceptance reproduced"), replay.out() + replay.err());
            assertFalse(replay.out().contains("DIFFERENT"), replay.out());
        } finally {
            rt.close();
        }
    }
}
