package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.diag.FailureCounters.Packet;
import io.ike4j.sa.IkeSaInfo;
import io.ike4j.transport.DatagramEndpoint;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10 item 5: peer input must not make us log without bound (on main every SK message without keys logged
 * an ERROR with a stack trace, 28 log octets per input octet). Every drop is counted; its log lines are limited
 * to the first per SA and N a second per kind, with a "suppressed n" summary; no stack trace for peer input.
 */
@Tag("hostile")
class HostileLoggingTest {
    static final int IKE_AUTH = 35;
    static final int INFORMATIONAL = 37;

    /** Ten thousand forged datagrams of every kind the receive path drops, all in one second of engine time. */
    static List<byte[]> flood(IkeSaInfo r, int n, long seed) {
        Random rnd = new Random(seed);
        List<byte[]> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            byte[] d = switch (k % 6) {
                case 0 -> Forger.headerOnly(Forger.header(r, true, INFORMATIONAL, false, 2));
                case 1 -> Forger.rawSk(Forger.header(r, true, INFORMATIONAL, false, 2), new byte[rnd.nextInt(33)]);
                case 2 -> Forger.rawSk(Forger.header(r, true, INFORMATIONAL, false, 2), new byte[64 + rnd.nextInt(200)]);
                case 3 -> Forger.rawSk(Forger.header(r, true, INFORMATIONAL, false, 7 + rnd.nextInt(100)), new byte[80]);
                case 4 -> Forger.rawSk(Forger.header(r, true, IKE_AUTH, false, 1), new byte[80]);
                default -> {
                    byte[] g = new byte[28 + rnd.nextInt(100)];
                    rnd.nextBytes(g);
                    yield g;
                }
            };
            out.add(d);
        }
        return out;
    }

    @Test
    void aFloodOfForgedDatagramsLogsBoundedLinesWithoutStackTraces() {
        EnginePair.Config i = new EnginePair.Config();
        EnginePair p = Hostile.ready(500, i, new EnginePair.Config());
        IkeSaInfo r = Hostile.responderSa(p);
        EngineCore core = p.responder.engine.core();
        List<String> lines = new ArrayList<>();
        core.dropLog.sink = lines::add;
        long inBytes = 0;
        List<byte[]> flood = flood(r, 10_000, 1);
        for (byte[] d : flood) {
            inBytes += d.length;
            p.net.sendRaw(EnginePair.I_ADDR, EnginePair.R_ADDR, Bytes.wrap(d));
        }
        p.net.advance(Duration.ofMillis(900));
        p.net.advance(Duration.ofSeconds(1)); // the next second: the summaries of the first are written
        var c = p.responder.engine.counters();
        long counted = c.get(Packet.DROPPED_UNPROTECTED) + c.get(Packet.DROPPED_ICV) + c.get(Packet.DROPPED_MESSAGE_ID)
                + c.get(Packet.DROPPED_RETRANSMIT_MISMATCH) + c.get(Packet.DROPPED_MALFORMED) + c.get(Packet.DROPPED_NO_SA);
        assertEquals(10_000, counted, "every datagram counted");
        assertEquals(0, c.get(Packet.INTERNAL_ERROR), "peer input never reaches the internal-error path (stack traces)");
        long logBytes = lines.stream().mapToLong(String::length).sum();
        assertTrue(lines.size() <= 30, lines.size() + " lines: " + lines);
        assertTrue(logBytes * 100 < inBytes, logBytes + " log octets for " + inBytes + " input octets");
        assertTrue(lines.stream().noneMatch(l -> l.contains("Exception") || l.contains("\tat ")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("IKEv2:suppressed ") && l.contains("bad ICV")), lines.toString());
        long suppressed = lines.stream().filter(l -> l.startsWith("IKEv2:suppressed "))
                .mapToLong(l -> Long.parseLong(l.split(" ")[1])).sum();
        assertEquals(core.dropLog.suppressed, suppressed, "every suppressed line is in a summary");
        assertEquals(10_000, core.dropLog.suppressed + lines.size() - lines.stream().filter(l -> l.startsWith("IKEv2:suppressed ")).count());
        Hostile.legitimateStillWorks(p, i);
    }

    /** The budget is per second: a flood that goes on keeps producing a few lines a second, not more. */
    @Test
    void theBudgetRenewsEachSecondAndTheRateIsAnOption() {
        EnginePair.Config rc = new EnginePair.Config();
        rc.engineTweak = b -> b.dropLogRate(3);
        EnginePair p = Hostile.ready(501, new EnginePair.Config(), rc);
        EngineCore core = p.responder.engine.core();
        List<String> lines = new ArrayList<>();
        core.dropLog.sink = lines::add;
        for (int second = 0; second < 5; second++) {
            for (int k = 0; k < 100; k++) { // unknown SPIs from ever new addresses: no SA to charge
                byte[] d = Forger.rawSk(new io.ike4j.codec.v2.Ikev2Header(Bytes.wrap(new byte[] {1, 2, 3, 4, 5, 6, 7, (byte) k}),
                        Bytes.wrap(new byte[] {9, 9, 9, 9, 9, 9, 9, (byte) second}), INFORMATIONAL, 8, 0), new byte[40]);
                p.net.sendRaw(DatagramEndpoint.of("10.77.0." + (k + 1), 500), EnginePair.R_ADDR, Bytes.wrap(d));
            }
            p.net.advance(Duration.ofSeconds(1));
        }
        long perLine = lines.stream().filter(l -> l.contains("unknown SA") && !l.startsWith("IKEv2:suppressed")).count();
        assertEquals(15, perLine, "3 a second for 5 seconds");
        assertEquals(5, lines.stream().filter(l -> l.startsWith("IKEv2:suppressed 97 log lines")).count(), lines.toString());
        assertEquals(500, p.responder.engine.counters().get(Packet.DROPPED_NO_SA));
    }

    /** Refusals of a spoofed IKE_SA_INIT flood (cookies, limits) and the failures it causes are bounded too. */
    @Test
    void failuresCausedByUnauthenticatedFloodsAreRateLimited() {
        EnginePair.Config rc = new EnginePair.Config();
        rc.ike = "aes256-sha384-ecp384"; // every request is refused: NO_PROPOSAL_CHOSEN, a failure each
        rc.cookieThreshold = -1;
        EnginePair p = new EnginePair(502, new EnginePair.Config(), rc);
        EngineCore core = p.responder.engine.core();
        List<String> lines = new ArrayList<>();
        core.dropLog.sink = lines::add;
        List<byte[]> requests = HostileCookieTest.templates(p, new EnginePair.Config(), 1);
        for (int k = 0; k < 2_000; k++) {
            byte[] d = requests.get(0).clone();
            d[0] = (byte) (k >> 8);
            d[1] = (byte) k;
            p.net.sendRaw(DatagramEndpoint.of("10.78." + (k / 250) + "." + (k % 250 + 1), 500), EnginePair.R_ADDR, Bytes.wrap(d));
        }
        p.net.advance(Duration.ofSeconds(1));
        assertEquals(2_000, p.responder.failures.size(), "the listener and counters see every failure");
        assertEquals(2_000, p.responder.engine.counters().get(io.ike4j.diag.FailureReason.PHASE1_PROPOSAL_MISMATCH));
        assertTrue(lines.size() <= 21, lines.size() + " lines");
        assertTrue(lines.get(lines.size() - 1).startsWith("IKEv2:suppressed 1980 log lines \"negotiation failure\""), lines.toString());
    }
}
