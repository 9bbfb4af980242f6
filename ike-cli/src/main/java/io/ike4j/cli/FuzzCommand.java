package io.ike4j.cli;

import io.ike4j.cli.fuzz.Campaign;
import io.ike4j.cli.fuzz.Finding;
import io.ike4j.cli.fuzz.FuzzSettings;
import io.ike4j.cli.fuzz.LocalAddresses;
import io.ike4j.cli.fuzz.Mutation;
import io.ike4j.cli.fuzz.Reproducer;
import io.ike4j.config.AuthMethod;
import io.ike4j.config.ConfigException;
import io.ike4j.config.IkeProposal;
import io.ike4j.config.StrongSwanProposals;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.transport.DatagramEndpoint;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code ike fuzz} (issue 14): a bounded, seeded, stateful fuzzer for an IKEv2 implementation on this machine. The
 * campaign is {@link Campaign}; this class maps options (names shared with {@code ike peer} where they mean the
 * same: --remote, --local, --psk/--psk-file/IKE_PSK, --id, --remote-id, --ike, --esp, --provider) onto it, and
 * replays reproducers.
 */
final class FuzzCommand implements Command {
    static final String DEFAULT_IKE = "aes128-sha256-x25519";
    private static final Set<String> VALUED = Set.of("remote", "target", "local", "ike-version", "stage", "cases", "duration",
            "seed", "timeout", "liveness-timeout", "liveness-retries", "parallel", "sources", "mutators", "out", "pid", "psk",
            "psk-file", "id", "remote-id", "ike", "esp", "local-ts", "remote-ts", "provider", "replay");
    private static final Set<String> FLAGS = Set.of("continue", "quiet");

    private final Function<String, String> env;

    FuzzCommand(Function<String, String> env) {
        this.env = env;
    }

    @Override
    public String synopsis() {
        return "--remote ADDR:PORT [--stage ike-sa-init|ike-auth] [--cases N] [--duration SECONDS] [--seed N]\n"
                + "               [--timeout MS] [--liveness-timeout MS] [--liveness-retries N] [--continue] [--parallel N]\n"
                + "               [--sources N] [--mutators structure,bytes] [--out DIR] [--pid PID] [--local ADDR] [--ike PROPOSALS]\n"
                + "               [--psk-file FILE | --psk SECRET] [--id ID] [--remote-id ID] [--esp PROPOSALS] [--provider bc|jca]\n"
                + "               [--quiet] [--ike-version 2] | --replay FILE [--remote ADDR:PORT] [--psk-file FILE]";
    }

    @Override
    public String summary() {
        return "fuzzes the IKEv2 implementation at --remote (--target is the same; loopback or an address of a local\n"
                + "      interface only: anything else is refused). --stage ike-sa-init (default) mutates the IKE_SA_INIT request;\n"
                + "      ike-auth completes IKE_SA_INIT with ike4j's engine and mutates its IKE_AUTH inside valid SK protection\n"
                + "      (needs the PSK: --psk-file, IKE_PSK or --psk; --id/--remote-id/--esp as for ike peer). Mutations: structure\n"
                + "      (payloads inserted, removed, repeated, reordered; boundary field values; raw next-payload and length fields)\n"
                + "      and bytes (bit flips, boundary octets and length fields, truncation, extension), chosen by --seed and the\n"
                + "      case number only. Bounded: --cases (default 10000) and --duration (default 300 s). After every case a\n"
                + "      liveness probe (a fresh valid IKE_SA_INIT, --liveness-timeout default 1000 ms, --liveness-retries default\n"
                + "      3) must be answered; --pid PID also watches the process; an IKE_AUTH with a broken AUTH that is still\n"
                + "      answered with AUTH or brings the SA up is an unexpected acceptance. Each finding: DIR/<stage>-case<N>-<oracle>.txt\n"
                + "      (seed, case, mutation) + .pcap (--out, default ike-fuzz-findings); --replay FILE sends that case again.\n"
                + "      --timeout: wait per answer (default 200 ms); --parallel: cases in flight (default 16); --sources: loopback\n"
                + "      source addresses 127.33.x.y the cases rotate over (default 16384 on 127.0.0.0/8, else 1; probes: 127.34.x.y), so per-address\n"
                + "      half-open limits do not throttle the run. --ike default " + DEFAULT_IKE + " (its first group is the KE sent).\n"
                + "      Progress on stderr, summary on stdout. Exit status: 0 no finding, 1 findings or target not answering, 2 usage";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws UsageException {
        Options o = Options.parse(args, VALUED, FLAGS);
        // the initiator engine of --stage ike-auth logs every COOKIE and AUTHENTICATION_FAILED at INFO: thousands of lines
        if (System.getProperty("org.slf4j.simpleLogger.log.ike4j") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.ike4j", "warn");
        }
        if (o.has("replay")) {
            return replay(o, out, err);
        }
        FuzzSettings s = settings(o, err, Optional.empty());
        Campaign c = new Campaign(s);
        var base = c.baseline();
        out.printf(Locale.ROOT, "fuzz: target %s IKEv2 stage %s seed %d, up to %d cases / %d s, %d in parallel, %d source address(es)%n",
                Addresses.endpoint(s.target()), s.stage().option(), s.seed(), s.cases(), s.duration().toSeconds(), s.parallel(),
                s.sources());
        if (!base.alive()) {
            err.println("ike fuzz: the target does not answer a valid IKE_SA_INIT before any fuzzing: " + base.answer()
                    + " (is it running on " + Addresses.endpoint(s.target()) + "? a strongSwan/libreswan peer on a port pair without 500"
                    + " expects the non-ESP marker, which ike fuzz sends)");
            return 1;
        }
        out.println("fuzz: baseline: " + base.answer());
        if (base.answer().contains("INVALID_KE") || base.answer().contains("NO_PROPOSAL_CHOSEN")) {
            err.println("ike fuzz: warning: the target refuses the valid request (" + base.answer()
                    + "): put a proposal it accepts first in --ike, or most cases test only the rejection");
        }
        Campaign.Result r = c.run(err);
        summary(s, r, out);
        return r.findings().isEmpty() && r.targetAlive() ? 0 : 1;
    }

    static void summary(FuzzSettings s, Campaign.Result r, PrintStream out) {
        int structural = r.kinds().entrySet().stream().filter(e -> e.getKey().structural()).mapToInt(Map.Entry::getValue).sum();
        int octets = r.kinds().entrySet().stream().filter(e -> !e.getKey().structural()).mapToInt(Map.Entry::getValue).sum();
        out.printf(Locale.ROOT, "fuzz: %d cases in %.1f s (%.1f cases/s); mutations: %d structure, %d bytes%n", r.cases(), r.seconds(),
                r.casesPerSecond(), structural, octets);
        if (s.stage() == FuzzSettings.Stage.IKE_AUTH) {
            out.printf(Locale.ROOT, "fuzz: IKE_AUTH reached (IKE_SA_INIT completed, mutated IKE_AUTH sent) in %d cases, answered %d%n",
                    r.reachedAuth(), r.answered());
            r.notReached().forEach((why, n) -> out.printf(Locale.ROOT, "fuzz:   %d case(s): %s%n", n, why));
        } else {
            out.printf(Locale.ROOT, "fuzz: target answered %d of %d mutated requests%n", r.answered(), r.cases());
        }
        out.printf(Locale.ROOT, "fuzz: liveness: %s (%d probes, %d retried; last: %s)%n", r.targetAlive() ? "ok" : "FAILED", r.probes(),
                r.probeRetries(), r.lastProbe());
        out.println("fuzz: findings: " + r.findings().size());
        int i = 0;
        for (Finding f : r.findings()) {
            out.printf(Locale.ROOT, "finding %d: case %d %s: %s%n    mutation: %s%n    reproducer: %s (pcap %s)%n", ++i, f.caseNo(),
                    f.oracle(), f.detail(), f.mutation() == null ? "-" : f.mutation(), f.reproducer(), f.pcap());
        }
    }

    /** Options → settings; {@code rep} supplies what a reproducer fixed (target, seed, stage, ...). */
    private FuzzSettings settings(Options o, PrintStream err, Optional<Reproducer> rep) throws UsageException {
        String version = o.choice("ike-version", "2", "1", "2");
        if (version.equals("1")) {
            throw new UsageException("--ike-version 1: IKEv1 fuzzing is not implemented yet (IKEv2 only)");
        }
        if (o.has("remote") && o.has("target")) {
            throw new UsageException("--remote and --target are the same option: give one");
        }
        Optional<String> remoteText = o.get("remote").or(() -> o.get("target")).or(() -> rep.map(r -> r.get("target")));
        if (remoteText.isEmpty()) {
            throw new UsageException("--remote ADDR:PORT (the target) is required");
        }
        DatagramEndpoint target = Engines.endpoint("remote", remoteText.get());
        try {
            LocalAddresses.requireLocal(target.address());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        InetAddress local;
        if (o.has("local")) {
            local = Engines.endpoint("local", o.get("local").get().contains(":") && !o.get("local").get().startsWith("[")
                    && o.get("local").get().indexOf(':') == o.get("local").get().lastIndexOf(':')
                    ? o.get("local").get() : o.get("local").get() + ":0").address();
        } else if (rep.isPresent()) {
            local = Engines.endpoint("local", rep.get().get("local") + ":0").address();
        } else {
            local = Engines.sourceFor(target).orElseThrow(() -> new UsageException("--local: no route to " + remoteText.get()));
        }
        String stageText = o.get("stage").or(() -> rep.map(r -> r.get("stage"))).orElse("ike-sa-init");
        FuzzSettings.Stage stage;
        try {
            stage = FuzzSettings.Stage.of(stageText);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--stage must be ike-sa-init or ike-auth, got '" + stageText + "'");
        }
        int cases = o.positive("cases", 10_000);
        int duration = o.positive("duration", 300);
        long seed;
        String seedText = o.get("seed").or(() -> rep.map(r -> r.get("seed"))).orElse(null);
        try {
            seed = seedText == null ? new java.security.SecureRandom().nextLong() & 0x7fffffffffffL : Long.parseLong(seedText);
        } catch (NumberFormatException e) {
            throw new UsageException("--seed must be an integer, got '" + seedText + "'");
        }
        int timeout = positive(o, "timeout", rep.map(r -> r.get("timeout-ms")), 200);
        int liveTimeout = positive(o, "liveness-timeout", rep.map(r -> r.get("liveness-timeout-ms")), 1000);
        int retries = o.nonNegative("liveness-retries", 3);
        int parallel = o.positive("parallel", 16);
        if (parallel > 256) {
            throw new UsageException("--parallel must be 1..256");
        }
        int sources = positive(o, "sources", rep.map(r -> r.get("sources")), local.isLoopbackAddress() ? 16_384 : 1);
        if (sources > 59_944) {
            throw new UsageException("--sources must be 1..59944 (127.33.1.1 to 127.33.236.254)");
        }
        String mutators = o.get("mutators").or(() -> rep.map(r -> r.get("mutators"))).orElse("structure,bytes");
        for (String m : mutators.split(",")) {
            if (!m.equals("structure") && !m.equals("bytes")) {
                throw new UsageException("--mutators: structure, bytes or both comma-separated, got '" + mutators + "'");
            }
        }
        OptionalLong pid = OptionalLong.empty();
        if (o.has("pid")) {
            pid = OptionalLong.of(o.positive("pid", 1));
            if (ProcessHandle.of(pid.getAsLong()).map(ProcessHandle::isAlive).orElse(false) == Boolean.FALSE) {
                throw new UsageException("--pid " + pid.getAsLong() + ": no such process");
            }
        }
        String ike = o.get("ike").or(() -> rep.map(r -> r.fields().get("ike"))).orElse(DEFAULT_IKE);
        List<IkeProposal> proposals;
        try {
            proposals = StrongSwanProposals.parseIke(ike);
        } catch (ConfigException e) {
            throw new UsageException("--ike " + ike + ": " + e.getMessage());
        }
        CryptoProvider crypto = Engines.provider(o);
        List<String> text = new ArrayList<>();
        text.add("ike=" + ike);
        PeerConfig.Built cfg = null;
        if (stage == FuzzSettings.Stage.IKE_AUTH) {
            byte[] psk = PskSource.resolve(o, env, true, "ike fuzz", err);
            if (psk == null) {
                throw new UsageException("--stage ike-auth needs the pre-shared key: --psk-file FILE, the " + PskSource.ENV
                        + " environment variable or --psk SECRET");
            }
            Optional<String> id = o.get("id").or(() -> rep.map(r -> r.fields().get("id")));
            Optional<String> remoteId = o.get("remote-id").or(() -> rep.map(r -> r.fields().get("remote-id")));
            String esp = o.get("esp").or(() -> rep.map(r -> r.fields().get("esp"))).orElse(PeerConfig.DEFAULT_ESP);
            Optional<String> lts = o.get("local-ts").or(() -> rep.map(r -> r.fields().get("local-ts")));
            Optional<String> rts = o.get("remote-ts").or(() -> rep.map(r -> r.fields().get("remote-ts")));
            try {
                cfg = new PeerConfig(ike, esp, psk, AuthMethod.PRE_SHARE, AuthMethod.PRE_SHARE, id, remoteId, lts, rts).build();
            } catch (ConfigException e) {
                throw Engines.usage(e);
            } finally {
                Arrays.fill(psk, (byte) 0);
            }
            text.add("esp=" + esp);
            id.ifPresent(v -> text.add("id=" + v));
            remoteId.ifPresent(v -> text.add("remote-id=" + v));
            lts.ifPresent(v -> text.add("local-ts=" + v));
            rts.ifPresent(v -> text.add("remote-ts=" + v));
        }
        Path outDir = Path.of(o.get("out", "ike-fuzz-findings"));
        return new FuzzSettings(target, local, sources, stage, cases, Duration.ofSeconds(duration), seed, Duration.ofMillis(timeout),
                Duration.ofMillis(liveTimeout), retries, o.has("continue"), parallel, mutators, outDir, pid, proposals,
                cfg == null ? null : cfg.configuration(), cfg == null ? null : cfg.ipsecProfile(), crypto, !o.has("quiet"), text);
    }

    private static int positive(Options o, String name, Optional<String> fromReproducer, int def) throws UsageException {
        if (o.has(name) || fromReproducer.isEmpty()) {
            return o.positive(name, def);
        }
        try {
            return Integer.parseInt(fromReproducer.get());
        } catch (NumberFormatException e) {
            throw new UsageException("reproducer: bad " + name + " '" + fromReproducer.get() + "'");
        }
    }

    private int replay(Options o, PrintStream out, PrintStream err) throws UsageException {
        for (String n : List.of("cases", "duration", "stage", "seed", "parallel")) {
            if (o.has(n)) {
                throw new UsageException("--" + n + " comes from the reproducer with --replay");
            }
        }
        Path file = Path.of(o.get("replay").get());
        Reproducer rep;
        try {
            rep = Reproducer.read(file);
        } catch (IOException e) {
            throw new UsageException("--replay: cannot read " + file);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--replay: " + e.getMessage());
        }
        long caseNo;
        try {
            caseNo = Long.parseLong(rep.get("case"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--replay: " + e.getMessage());
        }
        FuzzSettings s = settings(o, err, Optional.of(rep));
        Path pcap = file.resolveSibling(file.getFileName().toString().replaceFirst("\\.txt$", "") + ".replay.pcap");
        Campaign.ReplayResult r = new Campaign(s).replay(caseNo, pcap);
        String recorded = rep.fields().getOrDefault("sent", rep.fields().get("ike-auth-plaintext"));
        String now = io.ike4j.codec.Bytes.wrap(r.sent()).toHex();
        boolean same = s.stage() == FuzzSettings.Stage.IKE_SA_INIT ? now.equals(recorded)
                : r.mutation() != null && r.mutation().toString().equals(rep.get("mutation"));
        out.printf(Locale.ROOT, "replay: %s case %d seed %d against %s%n", s.stage().option(), caseNo, s.seed(), Addresses.endpoint(s.target()));
        out.println("replay: mutation: " + (r.mutation() == null ? "(none)" : r.mutation()));
        out.println("replay: regenerated " + r.sent().length + " octets, "
                + (same ? "identical to the reproducer's" : "DIFFERENT from the reproducer's (other ike4j version or options?)"));
        out.println("replay: answer: " + r.answer());
        if (r.accepted() != null) {
            out.println("replay: unexpected acceptance: " + r.accepted());
        }
        out.println("replay: liveness: " + (r.alive() ? "ok (" + r.probe() + ")" : "FAILED: " + r.probe()));
        out.println("replay: pcap " + pcap);
        String oracle = rep.fields().getOrDefault("oracle", "");
        boolean reproduced = oracle.equals(Finding.NOT_ANSWERING) ? !r.alive()
                : oracle.equals(Finding.UNEXPECTED_ACCEPTANCE) ? r.accepted() != null : !r.alive();
        out.println("replay: finding " + oracle + " " + (reproduced ? "reproduced" : "not reproduced"));
        return same ? (reproduced ? 1 : 0) : 3;
    }
}
