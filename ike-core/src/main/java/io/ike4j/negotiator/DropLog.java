package io.ike4j.negotiator;

import org.slf4j.Logger;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Log lines about input the engine dropped or refused, bounded so that a flood of hostile datagrams cannot
 * turn into a flood of log output (issue 10 item 5; RFC 7296 §2.21.4: audit suspicious input, but within
 * limits). Counters are kept by the caller for every event; a line is written only when both hold:
 * <ul>
 * <li>it is the first line of its kind for that SA (an SA never logs the same kind of drop twice), and</li>
 * <li>fewer than {@code perSecond} lines of that kind were written in the current second of engine time.</li>
 * </ul>
 * Whatever is held back is summed up once per kind and second: {@code IKEv2:suppressed 9871 log lines
 * "bad ICV" (at most 10 a second, one per SA)}. Never a stack trace: every line here is caused by peer input.
 */
final class DropLog {
    /** The kinds of line; each has its own budget. */
    enum Kind {
        MALFORMED("malformed packet"),
        NO_SA("packet for unknown SA"),
        UNPROTECTED("unprotected packet after IKE_SA_INIT"),
        MESSAGE_ID("message ID outside the window"),
        RETRANSMIT_MISMATCH("request repeating an answered message ID with other octets"),
        BAD_ICV("bad ICV"),
        FRAGMENT("IKE fragment dropped"),
        UNEXPECTED("exchange not allowed in this state"),
        ADMISSION("IKE_SA_INIT refused"),
        AMPLIFICATION("answer larger than the request withheld"),
        UNAUTHENTICATED_ERROR("unauthenticated IKE_SA_INIT response ignored"),
        FAILURE("negotiation failure");

        final String text;

        Kind(String text) {
            this.text = text;
        }
    }

    private final Logger log;
    private final int perSecond;
    private final Map<Kind, long[]> windows = new EnumMap<>(Kind.class); // {second, written, suppressed}
    /** Where lines go: the logger at INFO unless a test captures them. */
    Consumer<String> sink;
    long written;
    long suppressed;

    DropLog(Logger log, int perSecond) {
        this.log = log;
        this.perSecond = perSecond;
        this.sink = log::info;
    }

    /**
     * Writes {@code line} if the budgets allow. {@code sa} may be null (nothing known yet); otherwise its
     * "already logged" bit for this kind is set.
     */
    void line(Kind kind, Ikev2Sa sa, Instant now, String line) {
        if (perSecond == 0 || !log.isInfoEnabled()) {
            return;
        }
        if (sa != null) {
            int bit = 1 << kind.ordinal();
            if ((sa.loggedDrops & bit) != 0) {
                suppressed++;
                windowFor(kind, now)[2]++;
                return;
            }
            sa.loggedDrops |= bit;
        }
        long[] w = windowFor(kind, now);
        if (perSecond > 0 && w[1] >= perSecond) {
            w[2]++;
            suppressed++;
            return;
        }
        w[1]++;
        written++;
        sink.accept(line);
    }

    /** The budget of {@code kind} for the second {@code now} falls in; a finished second is summed up first. */
    private long[] windowFor(Kind kind, Instant now) {
        long second = now.getEpochSecond();
        long[] w = windows.computeIfAbsent(kind, k -> new long[] {second, 0, 0});
        if (w[0] != second) {
            summarise(kind, w);
            w[0] = second;
            w[1] = 0;
            w[2] = 0;
        }
        return w;
    }

    /** Writes the summaries of every finished second (called as time advances, so the last one is not lost). */
    void flush(Instant now) {
        for (Map.Entry<Kind, long[]> e : windows.entrySet()) {
            long[] w = e.getValue();
            if (w[0] != now.getEpochSecond()) {
                summarise(e.getKey(), w);
                w[2] = 0;
            }
        }
    }

    private void summarise(Kind kind, long[] w) {
        if (w[2] > 0) {
            written++;
            sink.accept("IKEv2:suppressed " + w[2] + " log lines \"" + kind.text + "\" (at most " + perSecond
                    + " a second, one per SA)");
        }
    }
}
