package io.ike4j.cli;

import io.ike4j.crypto.kdf.WiresharkKeyTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.ike4j.cli.DecodeCommandTest.ike;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ike peer}: a responder and an initiator in this JVM on 127.0.0.1 UDP ports. */
class PeerCommandTest {
    private static final Pattern SA_LINE = Pattern.compile("^SA \\d+ UP 127\\.0\\.0\\.1:\\d+ <-> 127\\.0\\.0\\.1:\\d+ ids (\\S+|\"[^\"]*\") <-> (\\S+|\"[^\"]*\") "
            + "ike \\S+ child in [0-9A-F]{8} out [0-9A-F]{8} .+$");

    /** A responder running {@code ike peer} on its own thread until {@link #close()}. */
    static final class Responder implements AutoCloseable {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final AtomicInteger status = new AtomicInteger(-1);
        final Thread thread;
        final int port;

        final String host;

        Responder(String host, String... extra) throws InterruptedException {
            this(host, Map.of(), extra);
        }

        /** {@code env} is the responder's environment (IKE_PSK). */
        Responder(String host, Map<String, String> env, String... extra) throws InterruptedException {
            this.host = host;
            port = freePort();
            List<String> args = new ArrayList<>(List.of("peer", "--role", "responder", "--local", host + ":" + port));
            args.addAll(Arrays.asList(extra));
            PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
            PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
            thread = new Thread(() -> status.set(Main.run(args.toArray(String[]::new), o, e, env::get)), "test-responder");
            thread.start();
            long end = System.nanoTime() + 10_000_000_000L;
            while (!out().contains("listening on") && System.nanoTime() < end && thread.isAlive()) {
                Thread.sleep(20);
            }
            assertTrue(out().contains("peer: responder listening on "), out() + err());
        }

        String out() {
            return out.toString(StandardCharsets.UTF_8);
        }

        String err() {
            return err.toString(StandardCharsets.UTF_8);
        }

        String remote() {
            return host + ":" + port;
        }

        @Override
        public void close() throws InterruptedException {
            thread.interrupt();
            thread.join(15_000);
            assertFalse(thread.isAlive(), "responder did not stop");
            assertEquals(0, status.get(), err());
            assertTrue(out().contains("peer: responder stopped"), out());
        }
    }

    private final List<Responder> responders = new ArrayList<>();

    @AfterEach
    void stopResponders() throws InterruptedException {
        for (Responder r : responders) {
            r.close();
        }
    }

    Responder responder(String... args) throws InterruptedException {
        Responder r = new Responder("127.0.0.1", args);
        responders.add(r);
        return r;
    }

    static int freePort() {
        try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pki(String name) {
        try {
            return Path.of(PeerCommandTest.class.getResource("pki/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> saLines(String out) {
        return out.lines().filter(l -> SA_LINE.matcher(l).matches()).toList();
    }

    static void waitFor(Responder r, int saLines) throws InterruptedException {
        long end = System.nanoTime() + 10_000_000_000L;
        while (saLines(r.out()).size() < saLines && System.nanoTime() < end) {
            Thread.sleep(20);
        }
    }

    @Test
    void threeSasUpAndDeletedWithKeylog(@TempDir Path dir) throws Exception {
        Responder r = responder("--psk", "s3cret");
        Path keylog = dir.resolve("ikev2_decryption_table");
        DecodeCommandTest.Result i = ike("peer", "--role", "initiator", "--local", "127.0.0.1:0", "--remote", r.remote(),
                "--psk", "s3cret", "--count", "3", "--keylog", keylog.toString());
        assertEquals(0, i.status(), i.err() + i.out());
        List<String> up = saLines(i.out());
        assertEquals(3, up.size(), i.out());
        for (String l : up) {
            assertTrue(l.contains(" ids 127.0.0.1 <-> 127.0.0.1 ike aes128-sha256-modp2048 child in "), l);
            assertTrue(l.endsWith(" esp-aes esp-sha256-hmac"), l);
        }
        String last = i.lines().get(i.lines().size() - 1);
        assertTrue(Pattern.matches("peer: 3/3 IKE SAs up in \\d+\\.\\d{3} s \\(\\d+\\.\\d handshakes/s\\), 3 deleted", last), last);
        System.out.println("PeerCommandTest: " + last);
        waitFor(r, 3);
        List<String> rUp = saLines(r.out());
        assertEquals(3, rUp.size(), r.out());
        // The responder's inbound SPI of each CHILD_SA is the initiator's outbound one.
        for (String l : up) {
            String[] w = l.split(" ");
            String in = w[Arrays.asList(w).indexOf("in") + 1];
            String outSpi = w[Arrays.asList(w).indexOf("out") + 1];
            assertTrue(rUp.stream().anyMatch(x -> x.contains(" child in " + outSpi + " out " + in + " ")), l + " vs " + rUp);
        }
        List<WiresharkKeyTable.Ikev2Entry> table = WiresharkKeyTable.readIkev2(keylog);
        assertEquals(3, table.size());
        assertEquals(3, Files.readAllLines(keylog).size());
        for (WiresharkKeyTable.Ikev2Entry e : table) {
            assertEquals(12, e.encrId());
            assertEquals(128, e.encrKeyBits());
            assertEquals(12, e.integId());
            assertEquals(16, e.skEi().length());
            assertEquals(32, e.skAi().length());
            assertEquals(16, e.spiI().length());
        }
        assertEquals(3, table.stream().map(WiresharkKeyTable.Ikev2Entry::spiI).distinct().count());
    }

    @Test
    void wrongPskFailsWithAuthenticationFail() throws Exception {
        Responder r = responder("--psk", "right");
        DecodeCommandTest.Result i = ike("peer", "--role", "initiator", "--local", "127.0.0.1:0", "--remote", r.remote(),
                "--psk", "wrong", "--timeout", "10");
        assertEquals(1, i.status(), i.err() + i.out());
        assertTrue(i.err().contains("authentication fail"), i.err());
        assertTrue(i.err().contains("(received AUTHENTICATION_FAILED)"), i.err());
        assertTrue(i.out().contains("peer: 0/1 IKE SAs up"), i.out());
        assertTrue(saLines(i.out()).isEmpty(), i.out());
        long end = System.nanoTime() + 5_000_000_000L;
        while (!r.err().contains("authentication fail") && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertTrue(r.err().contains("authentication fail: pre-shared key AUTH mismatch (sent AUTHENTICATION_FAILED)"), r.err());
    }

    @Test
    void charonFormatAndIdentitiesAndSelectors() throws Exception {
        Responder r = responder("--psk", "k", "--id", "responder.ike.test", "--remote-id", "alice@ike.test",
                "--ike", "aes256-sha384-ecp384,aes128-sha256-modp2048", "--esp", "aes256gcm16,aes128-sha256",
                "--local-ts", "10.2.0.0/16", "--remote-ts", "10.1.0.0/16", "--format", "charon");
        DecodeCommandTest.Result i = ike("peer", "--role", "initiator", "--remote", r.remote(), "--psk", "k",
                "--id", "alice@ike.test", "--remote-id", "responder.ike.test", "--ike", "aes128-sha256-modp2048",
                "--esp", "aes128-sha256", "--local-ts", "10.1.0.0/16", "--remote-ts", "10.2.0.0/16", "--format", "charon");
        assertEquals(0, i.status(), i.err() + i.out());
        List<String> lines = i.lines();
        assertTrue(lines.get(0).matches("<ike-cli\\|1> sending IKE_SA_INIT request 0 \\[ SA KE No N\\(NATD_S_IP\\) "
                + "N\\(NATD_D_IP\\) .*\\] to 127\\.0\\.0\\.1\\[" + r.port + "\\]"), lines.get(0));
        assertTrue(i.out().contains("<ike-cli|1> parsed IKE_SA_INIT response 0 [ SA KE No "), i.out());
        assertTrue(i.out().contains("<ike-cli|1> sending IKE_AUTH request 1 [ IDi AUTH "), i.out());
        assertTrue(i.out().contains("<ike-cli|1> IKE_SA ike-cli[1] established between 127.0.0.1[alice@ike.test]"
                + "...127.0.0.1[responder.ike.test]"), i.out());
        assertTrue(Pattern.compile("CHILD_SA ike-cli\\{1\\} established with SPIs [0-9a-f]{8}_i [0-9a-f]{8}_o "
                + "and TS 10\\.1\\.0\\.0/16 === 10\\.2\\.0\\.0/16").matcher(i.out()).find(), i.out());
        assertTrue(i.out().contains("<ike-cli|1> sending INFORMATIONAL request 2 [ D ]"), i.out());
        List<String> up = saLines(i.out());
        assertEquals(1, up.size(), i.out());
        assertTrue(up.get(0).contains(" ids alice@ike.test <-> responder.ike.test ike aes128-sha256-modp2048 "), up.get(0));
        waitFor(r, 1);
        assertTrue(r.out().contains("parsed IKE_AUTH request 1 [ IDi AUTH "), r.out());
        assertEquals(1, saLines(r.out()).size(), r.out());
    }

    @Test
    void iosVerbosePrintsTraceAndPacketDumpsAndJcaWorks() throws Exception {
        Responder r = responder("--psk", "k", "--provider", "jca", "--ike", "aes128gcm16-prfsha256-x25519", "--esp", "aes128gcm16");
        DecodeCommandTest.Result i = ike("peer", "--role", "initiator", "--remote", r.remote(), "--psk", "k", "--verbose",
                "--ike", "aes128gcm16-prfsha256-x25519", "--esp", "aes128gcm16");
        assertEquals(0, i.status(), i.err() + i.out());
        String out = i.out();
        assertTrue(out.contains("(I) MsgID = 00000000 CurState: IDLE Event: EV_INIT_SA"), out);
        assertTrue(out.contains("(I) MsgID = 00000001 CurState: READY Event: EV_I_OK"), out);
        assertTrue(out.contains("):Sending Packet [To 127.0.0.1:" + r.port + "/From 127.0.0.1:"), out);
        assertTrue(out.contains("Exchange type: IKE_AUTH, flags: RESPONDER MSG-RESPONSE Message id: 1"), out);
        assertTrue(out.contains("Exchange type: INFORMATIONAL, flags: INITIATOR Message id: 2"), out);
        List<String> up = saLines(out);
        assertEquals(1, up.size(), out);
        assertTrue(up.get(0).contains(" ike aes128gcm16-prfsha256-curve25519 ") || up.get(0).contains(" ike aes128gcm16-prfsha256-x25519 "),
                up.get(0));
        assertTrue(up.get(0).endsWith(" esp-gcm"), up.get(0));
    }

    @Test
    void ipv6LoopbackWithDefaultSelectors() throws Exception {
        Responder r = new Responder("[::1]", "--psk", "v6");
        responders.add(r);
        DecodeCommandTest.Result i = ike("peer", "--role", "initiator", "--remote", r.remote(), "--psk", "v6", "--format", "charon");
        assertEquals(0, i.status(), i.err() + i.out());
        assertTrue(i.out().contains("and TS ::/0 === ::/0"), i.out());
        assertTrue(i.out().contains("<ike-cli|1> IKE_SA ike-cli[1] established between ::1[::1]...::1[::1]"), i.out());
        assertTrue(Pattern.compile("^SA 1 UP \\[::1\\]:\\d+ <-> \\[::1\\]:" + r.port + " ids ::1 <-> ::1 ", Pattern.MULTILINE)
                .matcher(i.out()).find(), i.out());
        assertTrue(i.out().contains("peer: 1/1 IKE SAs up"), i.out());
    }

    @Test
    void flowMismatchFailsAndTheKeptIkeSaIsDeleted() throws Exception {
        Responder r = responder("--psk", "k", "--local-ts", "10.2.0.0/16", "--remote-ts", "10.9.0.0/16", "--format", "charon");
        DecodeCommandTest.Result i = ike("peer", "--role", "initiator", "--remote", r.remote(), "--psk", "k",
                "--local-ts", "10.1.0.0/16", "--remote-ts", "10.2.0.0/16", "--format", "charon", "--timeout", "10");
        assertEquals(1, i.status(), i.err() + i.out());
        assertTrue(i.err().contains("flow mismatch"), i.err());
        assertTrue(i.err().contains("(received TS_UNACCEPTABLE)"), i.err());
        // RFC 7296 §1.4.1: the IKE SA survived without a CHILD_SA; the initiator deletes it before exiting.
        assertTrue(i.out().contains("sending INFORMATIONAL request 2 [ D ]"), i.out());
        assertTrue(i.out().contains("peer: 0/1 IKE SAs up"), i.out());
        assertTrue(saLines(i.out()).isEmpty(), i.out());
    }

    @Test
    void silentPeerRetransmitsThenTimesOut() {
        int port = freePort(); // nothing listens there
        long t0 = System.nanoTime();
        DecodeCommandTest.Result i = ike("peer", "--role", "initiator", "--remote", "127.0.0.1:" + port, "--psk", "k",
                "--format", "charon", "--timeout", "5");
        double s = (System.nanoTime() - t0) / 1e9;
        assertEquals(1, i.status(), i.err() + i.out());
        assertTrue(s >= 4.9 && s < 15, "took " + s);
        // strongSwan's schedule: first retransmit after 4 s (RFC 7296 §2.1)
        assertTrue(i.out().contains("<ike-cli|1> retransmitting IKE_SA_INIT request 0 [ SA KE No N(NATD_S_IP) "), i.out());
        assertTrue(i.err().contains("ike peer: timed out after 5 s: 0 of 1 IKE SAs up, 0 failed, 1 not done"), i.err());
        assertTrue(i.out().contains("peer: 0/1 IKE SAs up"), i.out());
    }

    @Test
    void unexpectedRemoteIdentityIsRejected() throws Exception {
        Responder r = responder("--psk", "k", "--remote-id", "bob@ike.test");
        DecodeCommandTest.Result i = ike("peer", "--role", "initiator", "--remote", r.remote(), "--psk", "k",
                "--id", "mallory@ike.test", "--timeout", "10");
        assertEquals(1, i.status(), i.err() + i.out());
        assertTrue(i.err().contains("IKEv2:(SA ID = 1):"), i.err());
        assertTrue(saLines(i.out()).isEmpty(), i.out());
    }

    @Test
    void certificatesRsaAndEcdsaVerifiedAgainstTheCa() throws Exception {
        Responder r = responder("--cert", pki("java-rsa.pem"), "--key", pki("java-rsa-key.pem"), "--ca", pki("ca.pem"),
                "--remote-auth", "ecdsa-sig");
        DecodeCommandTest.Result i = ike("peer", "--role", "initiator", "--remote", r.remote(), "--cert", pki("java-ecdsa.pem"),
                "--key", pki("java-ecdsa-key.pem"), "--ca", pki("ca.pem"), "--remote-auth", "rsa-sig");
        assertEquals(0, i.status(), i.err() + i.out());
        List<String> up = saLines(i.out());
        assertEquals(1, up.size(), i.out());
        assertTrue(up.get(0).contains(" ids \"CN=java-ecdsa.ike.test,O=IKE Interop Test,C=CH\" <-> "
                + "\"CN=java-rsa.ike.test,O=IKE Interop Test,C=CH\" ike "), up.get(0));
        // A CA that did not sign the responder's certificate: the initiator must refuse it.
        DecodeCommandTest.Result bad = ike("peer", "--role", "initiator", "--remote", r.remote(), "--cert", pki("java-ecdsa.pem"),
                "--key", pki("java-ecdsa-key.pem"), "--ca", pki("other-ca.pem"), "--remote-auth", "rsa-sig", "--timeout", "10");
        assertEquals(1, bad.status(), bad.err() + bad.out());
        assertTrue(bad.err().contains("authentication fail"), bad.err());
    }

    private static final String PSK_WARNING = "warning: --psk shows the secret in the process list; use --psk-file FILE or the IKE_PSK";

    /** {@code ike} with {@code env} as the process environment. */
    static DecodeCommandTest.Result ikeWithEnv(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env::get);
        return new DecodeCommandTest.Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A key file only its owner may read, as ssh wants private keys. */
    static Path keyFile(Path dir, String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        return f;
    }

    @Test
    void pskFileAndEnvironmentEachAuthenticateWithoutWarning(@TempDir Path dir) throws Exception {
        // The file's trailing newline is not part of the key: "k3y\n" and IKE_PSK=k3y are the same key.
        Path file = keyFile(dir, "psk", "k3y\n");
        Responder r = new Responder("127.0.0.1", Map.of(), "--psk-file", file.toString());
        responders.add(r);
        DecodeCommandTest.Result env = ikeWithEnv(Map.of("IKE_PSK", "k3y"), "peer", "--role", "initiator", "--remote", r.remote(),
                "--timeout", "10");
        assertEquals(0, env.status(), env.err() + env.out());
        assertEquals(1, saLines(env.out()).size(), env.out());
        DecodeCommandTest.Result crlf = ikeWithEnv(Map.of(), "peer", "--role", "initiator", "--remote", r.remote(),
                "--psk-file", keyFile(dir, "crlf", "k3y\r\n").toString(), "--timeout", "10");
        assertEquals(0, crlf.status(), crlf.err() + crlf.out());
        for (String e : List.of(env.err(), crlf.err(), r.err())) {
            assertFalse(e.contains("warning"), e);
        }
    }

    @Test
    void responderFromEnvironmentAndOptionsWinOverIt(@TempDir Path dir) throws Exception {
        Responder r = new Responder("127.0.0.1", Map.of("IKE_PSK", "from-env"));
        responders.add(r);
        // --psk-file wins over a (here wrong) IKE_PSK: IKE_PSK is read only when neither option is given.
        DecodeCommandTest.Result file = ikeWithEnv(Map.of("IKE_PSK", "wrong"), "peer", "--role", "initiator", "--remote",
                r.remote(), "--psk-file", keyFile(dir, "psk", "from-env").toString(), "--timeout", "10");
        assertEquals(0, file.status(), file.err() + file.out());
        assertFalse(file.err().contains("warning"), file.err());
        // --psk wins too, and warns (once, naming both alternatives).
        DecodeCommandTest.Result psk = ikeWithEnv(Map.of("IKE_PSK", "wrong"), "peer", "--role", "initiator", "--remote",
                r.remote(), "--psk", "from-env", "--timeout", "10");
        assertEquals(0, psk.status(), psk.err() + psk.out());
        assertEquals(1, psk.err().lines().filter(l -> l.equals("ike peer: " + PSK_WARNING + " environment variable")).count(),
                psk.err());
        assertFalse(r.err().contains("warning"), r.err());
    }

    @Test
    void pskSourceErrorsExitTwoNamingTheSource(@TempDir Path dir) throws Exception {
        Path empty = keyFile(dir, "empty", "");
        Path newlineOnly = keyFile(dir, "newline", "\n");
        String[] base = {"peer", "--role", "initiator", "--remote", "127.0.0.1:500"};
        Object[][] cases = {
                {"--psk-file", "is empty", Map.of(), new String[] {"--psk-file", empty.toString()}},
                {"--psk-file", "is empty", Map.of(), new String[] {"--psk-file", newlineOnly.toString()}},
                {"--psk-file", "cannot read", Map.of(), new String[] {"--psk-file", dir.resolve("missing").toString()}},
                {"--psk-file", "cannot read", Map.of(), new String[] {"--psk-file", dir.toString()}},
                {"--psk-file", "mutually exclusive", Map.of(), new String[] {"--psk", "x", "--psk-file", empty.toString()}},
                {"IKE_PSK", "IKE_PSK is set but empty", Map.of("IKE_PSK", ""), new String[0]},
                {"--psk", "--psk is required: --psk-file FILE, the IKE_PSK environment variable or --psk SECRET", Map.of(),
                        new String[0]},
        };
        for (Object[] c : cases) {
            List<String> args = new ArrayList<>(List.of(base));
            args.addAll(List.of((String[]) c[3]));
            @SuppressWarnings("unchecked")
            DecodeCommandTest.Result r = ikeWithEnv((Map<String, String>) c[2], args.toArray(String[]::new));
            assertEquals(2, r.status(), args + ": " + r.err());
            assertTrue(r.err().contains("ike peer: " + c[0]) || r.err().contains(" " + c[0]), args + ": " + r.err());
            assertTrue(r.err().contains((String) c[1]), args + ": " + r.err());
            assertTrue(r.err().contains("usage: ike peer --role initiator|responder"), r.err());
        }
        // A key file others may read still works but is reported, as ssh does (here the run stops at --ike).
        Path open = dir.resolve("open");
        Files.writeString(open, "k");
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-r--r--"));
        DecodeCommandTest.Result shared = ikeWithEnv(Map.of(), "peer", "--role", "initiator", "--remote", "127.0.0.1:500",
                "--psk-file", open.toString(), "--ike", "aes128-foo-modp2048");
        assertEquals(2, shared.status());
        assertTrue(shared.err().contains("warning: --psk-file " + open + " is accessible by group or others (rw-r--r--)"),
                shared.err());
        assertNotEquals(-1, shared.err().indexOf("--ike aes128-foo-modp2048"), shared.err());
        // Certificates both ways: a stray IKE_PSK is not consulted, so even an empty one is no error.
        DecodeCommandTest.Result certs = ikeWithEnv(Map.of("IKE_PSK", ""), "peer", "--role", "initiator", "--remote",
                "127.0.0.1:500", "--cert", pki("java-ecdsa.pem"), "--key", pki("java-ecdsa-key.pem"), "--ca", pki("ca.pem"),
                "--ike", "aes128-foo-modp2048");
        assertTrue(certs.err().contains("--ike aes128-foo-modp2048"), certs.err());
        assertFalse(certs.err().contains("IKE_PSK"), certs.err());
    }

    /**
     * A refusal in IKE_SA_INIT is unauthenticated: the initiator keeps retransmitting (RFC 7296 §2.21.1), and when
     * --timeout ends the run first it still says what the responder answered.
     */
    @Test
    void refusedIkeSaInitIsNamedWhenTheRunTimesOut() throws Exception {
        Responder r = responder("--psk", "k", "--ike", "aes256-sha384-ecp384");
        DecodeCommandTest.Result i = ike("peer", "--role", "initiator", "--remote", r.remote(), "--psk", "k", "--timeout", "3");
        assertEquals(1, i.status(), i.err() + i.out());
        assertTrue(i.err().contains("ike peer: timed out after 3 s: 0 of 1 IKE SAs up"), i.err());
        assertTrue(i.err().contains("ike peer: SA 1: the IKE_SA_INIT responses said NO_PROPOSAL_CHOSEN (unauthenticated"), i.err());
    }

    /** --puzzles: a responder that always asks for a cookie asks for a puzzle with it; an ike4j initiator solves it. */
    @Test
    void puzzlesReachTheEngineAndAreSolved() throws Exception {
        Responder r = responder("--psk", "k", "--cookie-threshold", "0", "--puzzles", "10,0");
        DecodeCommandTest.Result i = ike("peer", "--role", "initiator", "--remote", r.remote(), "--psk", "k", "--format", "charon");
        assertEquals(0, i.status(), i.err() + i.out());
        assertTrue(i.out().contains("parsed IKE_SA_INIT response 0 [ N(COOKIE) N(PUZZLE) ]"), i.out());
        assertEquals(1, saLines(i.out()).size(), i.out());
    }

    /** The hostile-network options reach the engine: a responder told to always ask for a COOKIE does. */
    @Test
    void securityOptionsReachTheEngine() throws Exception {
        Responder r = responder("--psk", "k", "--cookie-threshold", "0", "--half-open-per-address", "2", "--half-open-limit", "10",
                "--allow-sha1-signatures", "--accept-eku", "1.3.6.1.5.5.7.3.1,1.3.6.1.5.5.8.2.2");
        DecodeCommandTest.Result i = ike("peer", "--role", "initiator", "--remote", r.remote(), "--psk", "k", "--format", "charon",
                "--count", "2", "--parallel", "2");
        assertEquals(0, i.status(), i.err() + i.out());
        assertTrue(i.out().contains("parsed IKE_SA_INIT response 0 [ N(COOKIE) ]"), i.out());
        assertEquals(2, saLines(i.out()).size(), i.out());
    }

    @Test
    void badOptionsExitTwoNamingTheOption() {
        String[][] cases = {
                {"--role", "--role initiator|responder is required", "peer"},
                {"--bogus", "unknown option --bogus", "peer", "--role", "initiator", "--bogus"},
                {"--role", "--role must be one of", "peer", "--role", "client"},
                {"--remote", "--remote ADDR:PORT is required", "peer", "--role", "initiator", "--psk", "x"},
                {"--local", "--local ADDR:PORT is required", "peer", "--role", "responder", "--psk", "x"},
                {"--remote", "--remote must be ADDR:PORT", "peer", "--role", "initiator", "--remote", "127.0.0.1", "--psk", "x"},
                {"--local", "is not an IP address", "peer", "--role", "responder", "--local", "nohost:500", "--psk", "x"},
                {"--count", "--count must be a positive integer", "peer", "--role", "initiator", "--remote", "127.0.0.1:500",
                        "--psk", "x", "--count", "0"},
                {"--count", "--count is for --role initiator", "peer", "--role", "responder", "--local", "127.0.0.1:500",
                        "--psk", "x", "--count", "2"},
                {"--psk", "--psk is required", "peer", "--role", "initiator", "--remote", "127.0.0.1:500"},
                {"--cert", "--cert needs --key", "peer", "--role", "initiator", "--remote", "127.0.0.1:500", "--cert", "x.pem"},
                {"--ca", "--ca: cannot read", "peer", "--role", "initiator", "--remote", "127.0.0.1:500", "--psk", "x",
                        "--ca", "/nonexistent/ca.pem"},
                {"--format", "--format must be one of ios|charon", "peer", "--role", "initiator", "--remote", "127.0.0.1:500",
                        "--psk", "x", "--format", "json"},
                {"--psk", "--psk given twice", "peer", "--psk", "a", "--psk", "b"},
                {"--timeout", "--timeout needs a value", "peer", "--role", "initiator", "--timeout"},
                {"--half-open-per-address", "--half-open-per-address must be a positive integer", "peer", "--role",
                        "responder", "--local", "127.0.0.1:500", "--psk", "x", "--half-open-per-address", "0"},
                {"--cookie-threshold", "--cookie-threshold must be an integer", "peer", "--role", "responder", "--local",
                        "127.0.0.1:500", "--psk", "x", "--cookie-threshold", "many"},
                {"--accept-eku", "--accept-eku: ", "peer", "--role", "responder", "--local", "127.0.0.1:500", "--psk", "x",
                        "--accept-eku", "serverAuth"},
                {"--puzzles", "--puzzles: engine: puzzle difficulty must be 0 or 8..255", "peer", "--role", "responder",
                        "--local", "127.0.0.1:500", "--psk", "x", "--puzzles", "4"},
                {"--puzzles", "--puzzles: BITS[,LEGACY-PERCENT]", "peer", "--role", "responder", "--local", "127.0.0.1:500",
                        "--psk", "x", "--puzzles", "ten"},
        };
        for (String[] c : cases) {
            DecodeCommandTest.Result r = ike(Arrays.copyOfRange(c, 2, c.length));
            assertEquals(2, r.status(), String.join(" ", c) + ": " + r.err());
            assertTrue(r.err().contains(c[1]), String.join(" ", c) + ": " + r.err());
            assertTrue(r.err().contains(c[0]), r.err());
            assertTrue(r.err().contains("usage: ike peer --role initiator|responder"), r.err());
        }
        DecodeCommandTest.Result ike = ike("peer", "--role", "initiator", "--remote", "127.0.0.1:500", "--psk", "x",
                "--ike", "aes128-foo-modp2048");
        assertEquals(2, ike.status());
        assertTrue(ike.err().contains("--ike aes128-foo-modp2048: "), ike.err());
        DecodeCommandTest.Result ts = ike("peer", "--role", "initiator", "--remote", "127.0.0.1:500", "--psk", "x",
                "--local-ts", "10.0.0.0/99");
        assertEquals(2, ts.status());
        assertTrue(ts.err().contains("--local-ts 10.0.0.0/99: "), ts.err());
        assertTrue(Stream.of(ike("--help").out()).allMatch(s -> s.contains("ike peer --role") && s.contains("ike demo [--verbose]")));
        DecodeCommandTest.Result help = ike("peer", "--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("Exit status: 0 ok, 1 negotiation failed, 2 usage error"), help.out());
    }
}
