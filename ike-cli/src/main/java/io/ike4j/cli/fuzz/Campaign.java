package io.ike4j.cli.fuzz;

import io.ike4j.codec.Bytes;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded campaign: {@code parallel} workers take case numbers in order until {@code cases} ran or
 * {@code duration} passed; each runs its case, then the oracles (liveness probe, {@code --pid} watch, unexpected
 * acceptance); every finding gets a reproducer and a pcap. Progress goes to stderr, the summary to stdout.
 */
public final class Campaign {
    /** The figures of a finished campaign. */
    public record Result(int cases, double seconds, int answered, int reachedAuth, int probes, int probeRetries,
                         boolean targetAlive, String lastProbe, List<Finding> findings, Map<Mutation.Kind, Integer> kinds,
                         Map<String, Integer> notReached) {
        public double casesPerSecond() {
            return seconds > 0 ? cases / seconds : 0;
        }
    }

    private final FuzzSettings s;
    private final InitTemplate template;
    private final Liveness liveness;
    private final AtomicLong next = new AtomicLong();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger answered = new AtomicInteger();
    private final AtomicInteger reachedAuth = new AtomicInteger();
    private final AtomicInteger probes = new AtomicInteger();
    private final AtomicInteger probeRetries = new AtomicInteger();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicBoolean dead = new AtomicBoolean();
    private volatile String lastProbe = "";
    private final List<Finding> findings = new ArrayList<>();
    private final Map<Mutation.Kind, Integer> kinds = new EnumMap<>(Mutation.Kind.class);
    private final Map<String, Integer> notReached = new java.util.TreeMap<>();

    public Campaign(FuzzSettings s) {
        this.s = s;
        this.template = new InitTemplate(s.proposals(), s.crypto(), s.seed());
        this.liveness = new Liveness(s, template);
    }

    /** The octets case {@code caseNo} sends (IKE_SA_INIT stage): the same for the same seed on every run. */
    public static byte[] initCaseOctets(FuzzSettings s, long caseNo) {
        return InitCase.generate(s, new InitTemplate(s.proposals(), s.crypto(), s.seed()), caseNo).octets();
    }

    /** The mutation of case {@code caseNo} (IKE_SA_INIT stage). */
    public static Mutation initCaseMutation(FuzzSettings s, long caseNo) {
        return InitCase.generate(s, new InitTemplate(s.proposals(), s.crypto(), s.seed()), caseNo).mutation();
    }

    /** A liveness probe before any case: is the target there at all? */
    public Liveness.Probe baseline() {
        return liveness.probe(-1);
    }

    public Result run(PrintStream err) {
        long start = System.nanoTime();
        long end = start + s.duration().toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < s.parallel(); i++) {
            Thread t = new Thread(() -> work(end), "ike-fuzz-" + i);
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
        Thread bar = null;
        if (s.progress()) {
            bar = new Thread(() -> progress(err, start), "ike-fuzz-progress");
            bar.setDaemon(true);
            bar.start();
        }
        for (Thread t : workers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                stop.set(true);
                Thread.currentThread().interrupt();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (bar != null) {
            bar.interrupt();
            try {
                bar.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            drawBar(err, seconds);
            err.println();
        }
        synchronized (findings) {
            findings.sort(java.util.Comparator.comparingLong(Finding::caseNo));
            return new Result(done.get(), seconds, answered.get(), reachedAuth.get(), probes.get(), probeRetries.get(), !dead.get(),
                    lastProbe, List.copyOf(findings), new EnumMap<>(kinds), Map.copyOf(notReached));
        }
    }

    private void work(long end) {
        while (!stop.get() && System.nanoTime() < end) {
            long c = next.getAndIncrement();
            if (c >= s.cases()) {
                return;
            }
            FuzzCase fc = s.stage() == FuzzSettings.Stage.IKE_SA_INIT ? InitCase.run(s, template, c) : AuthCase.run(s, c);
            done.incrementAndGet();
            if (fc.answered()) {
                answered.incrementAndGet();
            }
            if (fc.reachedAuth()) {
                reachedAuth.incrementAndGet();
            }
            if (s.stage() == FuzzSettings.Stage.IKE_AUTH && !fc.reachedAuth()) {
                synchronized (kinds) {
                    notReached.merge(fc.answer().replaceAll("SA ID = \\d+", "SA ID = n"), 1, Integer::sum);
                }
            }
            if (fc.mutation() != null) {
                synchronized (kinds) {
                    kinds.merge(fc.mutation().kind(), 1, Integer::sum);
                }
            }
            if (fc.accepted() != null) {
                report(fc, Finding.UNEXPECTED_ACCEPTANCE, fc.accepted(), List.of());
            }
            if (s.pid().isPresent() && !ProcessHandle.of(s.pid().getAsLong()).map(ProcessHandle::isAlive).orElse(false)) {
                if (dead.compareAndSet(false, true)) {
                    report(fc, Finding.PROCESS_GONE, "process " + s.pid().getAsLong() + " is gone after case " + c, List.of());
                }
                stop.set(true);
                return;
            }
            Liveness.Probe p = liveness.probe(c);
            probes.incrementAndGet();
            probeRetries.addAndGet(p.attempts() - 1);
            lastProbe = p.answer();
            if (!p.alive()) {
                if (dead.compareAndSet(false, true)) {
                    report(fc, Finding.NOT_ANSWERING, p.answer() + " after case " + c + " (cases in flight at once: up to "
                            + s.parallel() + "; replay this one first)", p.packets());
                }
                if (!s.continueOnDead()) {
                    stop.set(true);
                    return;
                }
            } else if (dead.get() && s.continueOnDead()) {
                dead.set(false); // it came back
            }
        }
    }

    private void report(FuzzCase fc, String oracle, String detail, List<Wire.Packet> probePackets) {
        String base = String.format(Locale.ROOT, "%s-case%06d-%s", s.stage().option(), fc.caseNo(), oracle);
        Path file = s.outDir().resolve(base + ".txt");
        Path pcap = s.outDir().resolve(base + ".pcap");
        Map<String, String> f = new LinkedHashMap<>();
        f.put("target", s.target().address().getHostAddress() + ":" + s.target().port());
        f.put("source", s.source(fc.caseNo(), 0).getHostAddress());
        f.put("local", s.local().getHostAddress());
        f.put("sources", Integer.toString(s.sources()));
        f.put("ike-version", "2");
        f.put("stage", s.stage().option());
        f.put("seed", Long.toString(s.seed()));
        f.put("case", Long.toString(fc.caseNo()));
        f.put("mutators", s.mutators());
        f.put("mutation", fc.mutation() == null ? "(none: IKE_AUTH not reached)" : fc.mutation().toString());
        f.put("oracle", oracle);
        f.put("detail", detail);
        f.put("answer", fc.answer());
        f.put("timeout-ms", Long.toString(s.timeout().toMillis()));
        f.put("liveness-timeout-ms", Long.toString(s.livenessTimeout().toMillis()));
        for (String kv : s.settingsText()) {
            int eq = kv.indexOf('=');
            f.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        f.put(s.stage() == FuzzSettings.Stage.IKE_SA_INIT ? "sent" : "ike-auth-plaintext", Bytes.wrap(fc.sent()).toHex());
        f.put("pcap", pcap.getFileName().toString());
        new Reproducer(f).write(file);
        List<Wire.Packet> all = new ArrayList<>(fc.packets());
        Wire.writePcap(pcap, fc.wire().local(), fc.wire().remote(), all);
        if (!probePackets.isEmpty()) {
            Path probes = s.outDir().resolve(base + "-probes.pcap");
            Wire.writePcap(probes, new io.ike4j.transport.DatagramEndpoint(s.local(), 0), s.target(), probePackets);
        }
        synchronized (findings) {
            findings.add(new Finding(fc.caseNo(), oracle, detail, fc.mutation(), file, pcap));
        }
    }

    private void progress(PrintStream err, long start) {
        while (!Thread.currentThread().isInterrupted()) {
            drawBar(err, (System.nanoTime() - start) / 1e9);
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void drawBar(PrintStream err, double seconds) {
        int n = done.get();
        int width = 30;
        int filled = (int) Math.min(width, (long) n * width / Math.max(1, s.cases()));
        int found;
        synchronized (findings) {
            found = findings.size();
        }
        String bar = "#".repeat(filled) + "-".repeat(width - filled);
        synchronized (err) {
            err.printf(Locale.ROOT, "\rike fuzz [%s] %d/%d cases %.1f cases/s answered %d findings %d %.0fs ", bar, n, s.cases(),
                    seconds > 0 ? n / seconds : 0.0, answered.get(), found, seconds);
            err.flush();
        }
    }

    /** Replays case {@code caseNo}: the same case, then one liveness probe; the case's datagrams go to {@code pcap}. */
    public ReplayResult replay(long caseNo, Path pcap) {
        FuzzCase fc = s.stage() == FuzzSettings.Stage.IKE_SA_INIT ? InitCase.run(s, template, caseNo) : AuthCase.run(s, caseNo);
        Wire.writePcap(pcap, fc.wire().local(), fc.wire().remote(), fc.packets());
        Liveness.Probe p = liveness.probe(caseNo);
        return new ReplayResult(fc.mutation(), fc.sent(), fc.answer(), fc.accepted(), p.alive(), p.answer());
    }

    /** What a replay saw. */
    public record ReplayResult(Mutation mutation, byte[] sent, String answer, String accepted, boolean alive, String probe) {
    }
}
