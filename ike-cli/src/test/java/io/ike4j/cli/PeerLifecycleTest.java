package io.ike4j.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.ike4j.cli.DecodeCommandTest.ike;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ike peer} SAs living through rekeys (RFC 7296 §1.3.2, §1.3.3), liveness checks (§1.4) and their final
 * DELETE during {@code --hold}: a responder and an initiator in this JVM on 127.0.0.1, in both output formats.
 */
class PeerLifecycleTest {
    private static final Pattern IKE = Pattern.compile("^SA (\\d+) REKEYED IKE (\\d+) -> (\\d+)$", Pattern.MULTILINE);
    private static final Pattern CHILD = Pattern.compile("^SA (\\d+) REKEYED CHILD ([0-9a-f]{8}) -> ([0-9a-f]{8})$", Pattern.MULTILINE);
    private static final Pattern DPD_OK = Pattern.compile("^SA \\d+ DPD ok$", Pattern.MULTILINE);
    private static final Pattern DOWN = Pattern.compile("^SA (\\d+) DOWN (.+)$", Pattern.MULTILINE);
    private static final Pattern SUMMARY = Pattern.compile("^peer: 1/1 IKE SAs up in \\d+\\.\\d{3} s \\(\\d+\\.\\d handshakes/s\\), 1 deleted$");

    private final List<PeerCommandTest.Responder> responders = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        for (PeerCommandTest.Responder r : responders) {
            r.close();
        }
    }

    private PeerCommandTest.Responder responder(String... args) throws InterruptedException {
        PeerCommandTest.Responder r = new PeerCommandTest.Responder("127.0.0.1", args);
        responders.add(r);
        return r;
    }

    /**
     * The initiator rekeys and checks liveness while it holds its SA, then deletes the SA under its latest ID. DPD
     * takes 10 s at least (IOS range) and waits while a request of ours is in flight, and an IKE SA rekey restarts
     * it: a second apart, the CHILD_SA rekey at about 7 s, the liveness check at 10 s, the IKE SA rekey at 10.45..11 s
     * (5% jitter) and the DELETE at 12 s.
     */
    @Test
    void initiatorRekeysAndChecksLivenessDuringHoldIos() throws Exception {
        // --window 2 both ways: the final DELETE goes even if a request is still in flight (§2.3)
        PeerCommandTest.Responder r = responder("--psk", "k", "--window", "2");
        DecodeCommandTest.Result i = ike("peer", "--role", "initiator", "--remote", r.remote(), "--psk", "k",
                "--child-rekey", "7", "--ike-rekey", "11", "--dpd", "10,2,periodic", "--hold", "12", "--window", "2");
        assertEquals(0, i.status(), i.err() + i.out());
        String out = i.out();
        List<String> up = PeerCommandTest.saLines(out);
        assertEquals(1, up.size(), "a rekey is no new SA: " + out);
        int last = checkIkeChain(out, 1);
        assertNotEquals(1, last, "no IKE SA rekey in 12 s: " + out);
        List<String[]> child = checkChildChain(out);
        assertFalse(child.isEmpty(), "no CHILD_SA rekey in 12 s: " + out);
        // the first CHILD_SA rekey replaces the SPI of the SA line (upper-case there)
        assertEquals(word(up.get(0), "in").toLowerCase(Locale.ROOT), child.get(0)[1], out);
        assertTrue(DPD_OK.matcher(out).find(), out);
        assertFalse(out.contains("DPD dead"), out);
        // one DOWN line, for the SA's latest ID: none for the old SAs the rekeys replaced
        List<String[]> down = all(DOWN, out);
        assertEquals(1, down.size(), out);
        assertEquals(String.valueOf(last), down.get(0)[0], out);
        assertTrue(down.get(0)[1].startsWith("deleted"), out);
        String summary = i.lines().get(i.lines().size() - 1);
        assertTrue(SUMMARY.matcher(summary).matches(), summary);
        System.out.println("PeerLifecycleTest: " + all(IKE, out).size() + " IKE and " + child.size() + " CHILD_SA rekeys, "
                + count(DPD_OK, out) + " liveness checks; " + summary);

        // The responder reports the same rekeys (its own IDs); its first CHILD_SA rekey replaces our outbound SPI.
        waitUntil(() -> DOWN.matcher(r.out()).find());
        String rOut = r.out();
        int rLast = checkIkeChain(rOut, 1);
        assertNotEquals(1, rLast, rOut);
        List<String[]> rChild = checkChildChain(rOut);
        assertFalse(rChild.isEmpty(), rOut);
        assertEquals(word(up.get(0), "out").toLowerCase(Locale.ROOT), rChild.get(0)[1], rOut);
        assertEquals(List.of(List.of(String.valueOf(rLast), "received DELETE for IKE_SA")), downs(rOut), rOut);
    }

    /**
     * The responder rekeys (both roles take the options), in charon format; the initiator's final DELETE goes on
     * the IKE SA the responder's rekeys made. --fragment-size 0 sends no FRAG_SUP; --window 3 is announced.
     */
    @Test
    void responderRekeysCharon() throws Exception {
        PeerCommandTest.Responder r = responder("--psk", "k", "--format", "charon", "--child-rekey", "2", "--ike-rekey", "3");
        DecodeCommandTest.Result i = ike("peer", "--role", "initiator", "--remote", r.remote(), "--psk", "k", "--format", "charon",
                "--hold", "5", "--window", "3", "--fragment-size", "0");
        assertEquals(0, i.status(), i.err() + i.out());
        String out = i.out();
        assertTrue(out.lines().anyMatch(l -> l.startsWith("<ike-cli|1> sending IKE_SA_INIT request 0 [ SA KE No N(NATD_S_IP)")
                && !l.contains("FRAG_SUP")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("<ike-cli|1> sending IKE_AUTH request 1 [ IDi ")
                && l.contains(" N(SET_WINSIZE) ")), out);
        assertEquals(1, PeerCommandTest.saLines(out).size(), out);
        int last = checkIkeChain(out, 1);
        assertNotEquals(1, last, out);
        assertFalse(checkChildChain(out).isEmpty(), out);
        assertTrue(out.contains("parsed CREATE_CHILD_SA request "), out);
        assertTrue(out.contains("<ike-cli|" + last + "> sending INFORMATIONAL request 0 [ D ]"), "the DELETE goes on SA " + last + ": " + out);
        List<String[]> down = all(DOWN, out);
        assertEquals(1, down.size(), out);
        assertEquals(String.valueOf(last), down.get(0)[0], out);
        String summary = i.lines().get(i.lines().size() - 1);
        assertTrue(SUMMARY.matcher(summary).matches(), summary);

        waitUntil(() -> DOWN.matcher(r.out()).find());
        String rOut = r.out();
        int rLast = checkIkeChain(rOut, 1);
        assertNotEquals(1, rLast, rOut);
        assertFalse(checkChildChain(rOut).isEmpty(), rOut);
        assertEquals(List.of(List.of(String.valueOf(rLast), "received DELETE for IKE_SA")), downs(rOut), rOut);
    }

    /** An interrupt (as SIGINT/SIGTERM would) ends --hold early, and the SA is still deleted. */
    @Test
    void interruptEndsTheHoldAndTheSaIsDeleted() throws Exception {
        PeerCommandTest.Responder r = responder("--psk", "k");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicInteger status = new AtomicInteger(-1);
        PrintStream o = new PrintStream(out, true, UTF_8);
        PrintStream e = new PrintStream(err, true, UTF_8);
        Thread t = new Thread(() -> status.set(Main.run(new String[] {"peer", "--role", "initiator", "--remote", r.remote(),
                "--psk", "k", "--hold", "60"}, o, e)), "test-initiator");
        long t0 = System.nanoTime();
        t.start();
        waitUntil(() -> out.toString(UTF_8).contains("SA 1 UP "));
        t.interrupt();
        t.join(10_000);
        assertFalse(t.isAlive(), "the hold did not end");
        assertTrue(System.nanoTime() - t0 < 15_000_000_000L, "--hold 60 not ended by the interrupt");
        String s = out.toString(UTF_8);
        assertEquals(0, status.get(), err.toString(UTF_8) + s);
        assertTrue(err.toString(UTF_8).contains("ike peer: interrupted: --hold ended early"), err.toString(UTF_8));
        assertEquals(List.of(List.of("1", "deleted")), downs(s), s);
        List<String> lines = s.lines().toList();
        assertTrue(SUMMARY.matcher(lines.get(lines.size() - 1)).matches(), s);
        waitUntil(() -> DOWN.matcher(r.out()).find());
        assertEquals(List.of(List.of("1", "received DELETE for IKE_SA")), downs(r.out()), r.out());
    }

    /**
     * The REKEYED IKE lines form one chain from {@code first}: each names the SA by its old ID, the new ID differs
     * and is the next line's old one. Returns the last ID.
     */
    private static int checkIkeChain(String out, int first) {
        int id = first;
        for (String[] m : all(IKE, out)) {
            assertEquals(m[0], m[1], out);
            assertEquals(String.valueOf(id), m[1], out);
            assertNotEquals(m[1], m[2], out);
            id = Integer.parseInt(m[2]);
        }
        return id;
    }

    /** The REKEYED CHILD lines: each new SPI differs from the old one and is what the next rekey replaces. */
    private static List<String[]> checkChildChain(String out) {
        List<String[]> l = all(CHILD, out);
        for (int k = 0; k < l.size(); k++) {
            assertNotEquals(l.get(k)[1], l.get(k)[2], out);
            if (k > 0) {
                assertEquals(l.get(k - 1)[2], l.get(k)[1], out);
            }
        }
        return l;
    }

    /** The DOWN lines: [id, reason] each. */
    private static List<List<String>> downs(String out) {
        return all(DOWN, out).stream().map(Arrays::asList).toList();
    }

    /** The groups of every match. */
    private static List<String[]> all(Pattern p, String s) {
        List<String[]> r = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            String[] g = new String[m.groupCount()];
            for (int k = 0; k < g.length; k++) {
                g[k] = m.group(k + 1);
            }
            r.add(g);
        }
        return r;
    }

    private static long count(Pattern p, String s) {
        return p.matcher(s).results().count();
    }

    /** The word after {@code key} in an SA line. */
    private static String word(String line, String key) {
        List<String> w = List.of(line.split(" "));
        return w.get(w.indexOf(key) + 1);
    }

    private static void waitUntil(BooleanSupplier c) throws InterruptedException {
        long end = System.nanoTime() + 5_000_000_000L;
        while (!c.getAsBoolean() && System.nanoTime() < end) {
            Thread.sleep(20);
        }
    }
}
