package io.ike4j.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.ike4j.cli.DecodeCommandTest.ike;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ike peer --ike-version 1}: a responder and an initiator in this JVM on 127.0.0.1, Main and Aggressive Mode. */
class PeerIkev1Test {

    @Test
    void mainModeAndAggressiveModeWithPfsAndAKeylog() throws Exception {
        Path keylog = Files.createTempFile("ike4j-v1", ".keys");
        try (PeerCommandTest.Responder r = new PeerCommandTest.Responder("127.0.0.1", "--ike-version", "1", "--psk", "k",
                "--esp", "aes128-sha256-modp2048")) {
            for (String mode : new String[] {"main", "aggressive"}) {
                List<String> args = new java.util.ArrayList<>(List.of("peer", "--ike-version", "1", "--role", "initiator",
                        "--remote", r.remote(), "--psk", "k", "--esp", "aes128-sha256-modp2048", "--keylog", keylog.toString(),
                        "--verbose"));
                if (mode.equals("aggressive")) {
                    args.add("--aggressive");
                }
                DecodeCommandTest.Result i = ike(args.toArray(String[]::new));
                assertEquals(0, i.status(), i.err() + i.out());
                String out = i.out();
                assertEquals(1, PeerCommandTest.saLines(out).size(), out);
                assertTrue(out.contains(mode.equals("main") ? "Old State = IKE_I_MM1  New State = IKE_I_MM2"
                        : "Old State = IKE_READY  New State = IKE_I_AM1"), out);
                assertTrue(out.contains("Old State = IKE_QM_I_QM1  New State = IKE_QM_PHASE2_COMPLETE"), out);
                assertTrue(out.lines().anyMatch(l -> l.matches("^peer: 1/1 ISAKMP SAs up in \\d+\\.\\d{3} s .*, 1 deleted$")), out);
            }
            List<String> lines = Files.readAllLines(keylog);
            assertEquals(2, lines.size(), lines.toString());
            assertTrue(lines.stream().allMatch(l -> l.matches("[0-9a-f]{16},[0-9a-f]{32}")), lines.toString());
            long end = System.nanoTime() + 5_000_000_000L;
            while (PeerCommandTest.saLines(r.out()).size() < 2 && System.nanoTime() < end) {
                Thread.sleep(20);
            }
            assertEquals(2, PeerCommandTest.saLines(r.out()).size(), r.out() + r.err());
        } finally {
            Files.deleteIfExists(keylog);
        }
    }

    static String pki(String rel) {
        Path p = java.nio.file.Paths.get("").toAbsolutePath();
        for (int i = 0; i < 3 && p != null; i++, p = p.getParent()) {
            Path c = p.resolve("interop/strongswan/pki");
            if (Files.isDirectory(c)) {
                return c.resolve(rel).toString();
            }
        }
        throw new AssertionError("interop/strongswan/pki not found");
    }

    /** RSA certificates (Main Mode, RFC 2409 §5.1) with --cert/--key/--ca, as for IKEv2. */
    @Test
    void mainModeWithRsaCertificates() throws Exception {
        String[] cert = {"--cert", pki("java/x509/java-rsa.pem"), "--key", pki("java/private/java-rsa-key.pem"), "--ca", pki("ca.pem")};
        List<String> rArgs = new java.util.ArrayList<>(List.of("--ike-version", "1"));
        rArgs.addAll(List.of(cert));
        try (PeerCommandTest.Responder r = new PeerCommandTest.Responder("127.0.0.1", rArgs.toArray(String[]::new))) {
            List<String> args = new java.util.ArrayList<>(List.of("peer", "--ike-version", "1", "--role", "initiator",
                    "--remote", r.remote()));
            args.addAll(List.of(cert));
            DecodeCommandTest.Result i = ike(args.toArray(String[]::new));
            assertEquals(0, i.status(), i.err() + i.out());
            List<String> up = PeerCommandTest.saLines(i.out());
            assertEquals(1, up.size(), i.out());
            assertTrue(up.get(0).contains("ids \"CN=java-rsa.ike.test,O=IKE Interop Test,C=CH\" <-> \"CN=java-rsa.ike.test"), up.get(0));
        }
        DecodeCommandTest.Result aggr = ike("peer", "--ike-version", "1", "--role", "initiator", "--remote", "127.0.0.1:1",
                "--aggressive", cert[0], cert[1], cert[2], cert[3], cert[4], cert[5]);
        assertEquals(2, aggr.status(), aggr.err());
        assertTrue(aggr.err().contains("--aggressive with --ike-version 1 uses pre-shared keys only"), aggr.err());
    }

    @Test
    void aggressiveNeedsIkev1AndTheVersionIsChecked() {
        DecodeCommandTest.Result a = ike("peer", "--role", "initiator", "--remote", "127.0.0.1:1", "--psk", "k", "--aggressive");
        assertEquals(2, a.status(), a.err());
        assertTrue(a.err().contains("--aggressive is for --ike-version 1"), a.err());
        DecodeCommandTest.Result v = ike("peer", "--ike-version", "3", "--role", "initiator", "--remote", "127.0.0.1:1", "--psk", "k");
        assertEquals(2, v.status(), v.err());
    }
}
