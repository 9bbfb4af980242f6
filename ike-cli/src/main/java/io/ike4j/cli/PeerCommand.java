package io.ike4j.cli;

import io.ike4j.config.AuthMethod;
import io.ike4j.config.ConfigException;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.negotiator.Ikev2Engine;
import io.ike4j.negotiator.Ikev2Peer;
import io.ike4j.negotiator.Ikev2Runtime;
import io.ike4j.negotiator.auth.Credentials;
import io.ike4j.negotiator.auth.TrustAnchors;
import io.ike4j.transport.DatagramEndpoint;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/**
 * {@code ike peer}: one IKEv2 peer on the UDP runtime, configured from options (issue 4 "Tooling"; the
 * option names are a contract). An initiator establishes {@code --count} IKE SAs, each with its CHILD_SA, at
 * most {@link #IN_FLIGHT} negotiating at once (the first one alone, for INITIAL_CONTACT), prints one
 * {@code SA ...} line per SA, keeps them {@code --hold} seconds, deletes them all (RFC 7296 §1.4.1) and prints a
 * throughput line. A responder serves until interrupted (SIGINT/SIGTERM or thread interrupt), printing one
 * {@code SA ...} line per SA it establishes. Both print a line per rekey, liveness check and deletion ({@link PeerListener}).
 */
final class PeerCommand implements Command {
    /** Initiator: IKE SAs negotiating at the same time. */
    /** Default negotiations in flight: below strongSwan's per-IP half-open limit (charon.block_threshold, 5). */
    static final int IN_FLIGHT = 4;

    private static final Set<String> VALUED = union(Set.of("role", "local", "remote", "psk", "psk-file", "id", "remote-id",
            "ike", "esp", "local-ts", "remote-ts", "cert", "key", "ca", "count", "keylog", "format", "provider", "timeout",
            "remote-auth", "parallel", "shards", "crypto-threads", "dpd", "fragment-size", "ike-version", "impair"),
            union(SecurityOptions.VALUED, LifecycleOptions.VALUED));
    private static final Set<String> FLAGS = union(Set.of("verbose", "auto-reconnect", "aggressive"), SecurityOptions.FLAGS);

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.Set<String> u = new java.util.HashSet<>(a);
        u.addAll(b);
        return Set.copyOf(u);
    }

    /** The environment ({@code IKE_PSK}); a parameter because tests cannot set real environment variables. */
    private final Function<String, String> env;

    PeerCommand() {
        this(System::getenv);
    }

    PeerCommand(Function<String, String> env) {
        this.env = env;
    }

    @Override
    public String synopsis() {
        return "--role initiator|responder [--ike-version 1|2] [--aggressive] [--local ADDR:PORT] [--remote ADDR:PORT] [--psk-file FILE | --psk SECRET]\n"
                + "               [--id ID] [--remote-id ID] [--ike PROPOSALS] [--esp PROPOSALS] [--local-ts CIDR] [--remote-ts CIDR]\n"
                + "               [--cert FILE --key FILE] [--ca FILE] [--remote-auth psk|rsa-sig|ecdsa-sig] [--count N] [--parallel N]\n"
                + "               [--keylog FILE] [--format ios|charon] [--provider bc|jca] [--verbose] [--timeout SECONDS]\n"
                + "               [--shards N] [--crypto-threads N] [--dpd INTERVAL[,RETRY[,on-demand|periodic]]] [--auto-reconnect]\n"
                + "               [--fragment-size OCTETS] [--impair SPEC[,SPEC...] | --impair list]\n"
                + "               " + LifecycleOptions.SYNOPSIS + "\n"
                + "               " + SecurityOptions.SYNOPSIS;
    }

    @Override
    public String summary() {
        return "an IKEv2 peer on UDP. initiator: --remote required, --local defaults to the routed source address\n"
                + "      (port 0 = ephemeral); establishes --count N (default 1) IKE SAs with a CHILD_SA each, at most --parallel\n"
                + "      (default " + IN_FLIGHT + ") at once,\n"
                + "      prints 'SA <id> UP <local> <-> <remote> ids <local-id> <-> <remote-id> ike <proposal> child in <SPI>\n"
                + "      out <SPI> <transform>' per SA (ids with spaces in double quotes), deletes them, then 'peer: <n>/<N> IKE SAs up in <s> s (<r> handshakes/s)';\n"
                + "      exit 0 only if all came up within --timeout (default 30 s). responder: --local required, runs\n"
                + "      until interrupted, prints one SA line per SA; without --remote-id any identity that authenticates\n"
                + "      with the pre-shared key or a certificate chaining to --ca is accepted. The pre-shared key: --psk-file FILE\n"
                + "      (its content without a trailing newline), else the IKE_PSK environment variable; --psk SECRET still\n"
                + "      works but shows the secret in the process list (warning on stderr); --psk with --psk-file is an error.\n"
                + "      --local-ts/--remote-ts default to\n"
                + "      0.0.0.0/0, or ::/0 when --local is IPv6. --ike/--esp: strongSwan proposals,\n"
                + "      comma-separated (defaults " + PeerConfig.DEFAULT_IKE + " / " + PeerConfig.DEFAULT_ESP + "); --id/--remote-id:\n"
                + "      address, FQDN, user@FQDN, DN or keyid:X; --cert/--key (PEM): rsa-sig or ecdsa-sig by key type,\n"
                + "      peer verified against --ca (its method: --remote-auth, default ours); --keylog appends Wireshark\n"
                + "      ikev2_decryption_table lines; --format ios (default; --verbose adds SM Trace lines and packet dumps)\n"
                + "      or charon (one line per message). Failures print the IKEv2 failure line on stderr.\n"
                + "      --shards N: N event-loop threads, each with its engine (default 1); --crypto-threads N: DH/KEM work on\n"
                + "      N threads of its own (default none: on the shard threads).\n"
                + "      --dpd 10,2,periodic: dead peer detection as IOS 'dpd 10 2 periodic' (retry default 2 s, mode on-demand:\n"
                + "      a liveness check after INTERVAL s without a message from the peer; periodic: every INTERVAL s); an unanswered\n"
                + "      check ends the SA (peer unreachable). --auto-reconnect: SAs the peer deleted or that died that way are started again.\n"
                + "      --fragment-size N: protected messages above N octets go as RFC 7383 fragments when the peer supports them\n"
                + "      (default 1200, 256..65535; 0: never fragment, and no IKEV2_FRAGMENTATION_SUPPORTED is sent).\n"
                + "      " + LifecycleOptions.SUMMARY + ".\n"
                + "      " + SecurityOptions.SUMMARY + ".\n"
                + "      --ike-version 1: an IKEv1 peer (Main Mode + Quick Mode, PSK or RSA --cert; --aggressive (PSK): Aggressive\n"
                + "      Mode, a responder answers both), same options where they mean the same; the trace with --verbose is\n"
                + "      the ISAKMP one, --keylog writes ikev1_decryption_table lines.\n"
                + "      Exit status: 0 ok, 1 negotiation failed, 2 usage error";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws UsageException {
        Options o = Options.parse(args, VALUED, FLAGS);
        if (o.get("impair").filter("list"::equals).isPresent()) {
            io.ike4j.negotiator.impair.ImpairmentSpec.help().forEach(out::println);
            out.println("spec: NAME[@EXCHANGE[/request|/response][#N]][=ARG], comma-separated; EXCHANGE by IKEv2 name or number");
            return 0;
        }
        if (!o.has("role")) {
            throw new UsageException("--role initiator|responder is required");
        }
        boolean initiator = o.choice("role", "", "initiator", "responder").equals("initiator");
        String ikeVersion = o.choice("ike-version", "2", "1", "2");
        PeerListener.Style style = o.choice("format", "ios", "ios", "charon").equals("ios")
                ? PeerListener.Style.IOS : PeerListener.Style.CHARON;
        boolean verbose = o.has("verbose");
        CryptoProvider crypto = Engines.provider(o);
        int count = o.positive("count", 1);
        int timeout = o.positive("timeout", 30);
        int parallel = o.positive("parallel", IN_FLIGHT);
        int shards = o.positive("shards", 1);
        int cryptoThreads = o.has("crypto-threads") ? o.positive("crypto-threads", 1) : 0;
        LifecycleOptions lifecycle = LifecycleOptions.parse(o);
        if (shards > 256) {
            throw new UsageException("--shards must be 1..256");
        }
        if (!initiator) {
            for (String s : List.of("remote", "count", "timeout", "parallel")) {
                if (o.has(s)) {
                    throw new UsageException("--" + s + " is for --role initiator");
                }
            }
        }
        Optional<DatagramEndpoint> remote = Optional.empty();
        if (o.has("remote")) {
            remote = Optional.of(Engines.endpoint("remote", o.get("remote").get()));
        } else if (initiator) {
            throw new UsageException("--remote ADDR:PORT is required for --role initiator");
        }
        DatagramEndpoint local;
        if (o.has("local")) {
            local = Engines.endpoint("local", o.get("local").get());
        } else if (initiator) {
            InetAddress src = Engines.sourceFor(remote.get()).orElseThrow(() ->
                    new UsageException("--local: no route to " + o.get("remote").get() + "; give --local ADDR:PORT"));
            local = new DatagramEndpoint(src, 0);
        } else {
            throw new UsageException("--local ADDR:PORT is required for --role responder");
        }
        if (local.address().isAnyLocalAddress()) {
            throw new UsageException("--local: give the address peers reach (it goes into the NAT detection hashes and the ID), not "
                    + local.address().getHostAddress());
        }

        Credentials credentials = null;
        TrustAnchors anchors = null;
        if (o.has("cert") != o.has("key")) {
            throw new UsageException(o.has("cert") ? "--cert needs --key" : "--key needs --cert");
        }
        if (o.has("cert")) {
            try {
                credentials = Credentials.load(readable("cert", o), readable("key", o));
            } catch (IOException | RuntimeException e) {
                throw new UsageException("--cert/--key: " + e.getMessage());
            }
        }
        if (o.has("ca")) {
            try {
                anchors = TrustAnchors.load(readable("ca", o));
            } catch (IOException | RuntimeException e) {
                throw new UsageException("--ca: " + e.getMessage());
            }
        }
        AuthMethod localAuth = credentials == null ? AuthMethod.PRE_SHARE
                : credentials.key().getAlgorithm().toUpperCase(Locale.ROOT).startsWith("EC") ? AuthMethod.ECDSA_SIG : AuthMethod.RSA_SIG;
        AuthMethod remoteAuth;
        if (o.has("remote-auth")) {
            String m = o.choice("remote-auth", "", "psk", "pre-share", "rsa-sig", "ecdsa-sig");
            remoteAuth = m.equals("psk") ? AuthMethod.PRE_SHARE : AuthMethod.ofIos(m).orElseThrow();
        } else if (anchors != null) {
            remoteAuth = localAuth == AuthMethod.PRE_SHARE ? AuthMethod.RSA_SIG : localAuth;
        } else {
            remoteAuth = AuthMethod.PRE_SHARE;
        }
        if (remoteAuth != AuthMethod.PRE_SHARE && anchors == null) {
            throw new UsageException("--ca is required to verify a peer's certificate (--remote-auth " + remoteAuth.iosName() + ")");
        }
        boolean needsPsk = localAuth == AuthMethod.PRE_SHARE || remoteAuth == AuthMethod.PRE_SHARE;
        byte[] psk = PskSource.resolve(o, env, needsPsk, "ike peer", err);
        if (needsPsk && psk == null) {
            throw new UsageException("--psk is required: --psk-file FILE, the " + PskSource.ENV
                    + " environment variable or --psk SECRET (or --cert/--key with --ca)");
        }
        PeerConfig.Built cfg;
        try {
            // Traffic selectors default to everything of the local address's family (0.0.0.0/0 or ::/0).
            Optional<String> any = local.address() instanceof java.net.Inet6Address ? Optional.of("::/0") : Optional.empty();
            cfg = new PeerConfig(o.get("ike", PeerConfig.DEFAULT_IKE), o.get("esp", PeerConfig.DEFAULT_ESP),
                    psk == null ? new byte[0] : psk, localAuth, remoteAuth, o.get("id"), o.get("remote-id"),
                    o.get("local-ts").or(() -> any), o.get("remote-ts").or(() -> any),
                    o.get("dpd").map(PeerConfig::dpd), lifecycle.lifetime()).build();
        } catch (ConfigException e) {
            throw Engines.usage(e);
        } finally {
            if (psk != null) {
                Arrays.fill(psk, (byte) 0); // the keyring holds its own copy now
            }
        }
        io.ike4j.negotiator.Impairments impairV2 = io.ike4j.negotiator.Impairments.NONE;
        io.ike4j.negotiator.v1.Ikev1Impairments impairV1 = io.ike4j.negotiator.v1.Ikev1Impairments.NONE;
        if (o.has("impair")) {
            try { // a deliberately broken peer (issue 14); names: ike peer --impair list
                if (ikeVersion.equals("1")) {
                    impairV1 = io.ike4j.negotiator.impair.ImpairmentSpec.ikev1(o.get("impair").get());
                } else {
                    impairV2 = io.ike4j.negotiator.impair.ImpairmentSpec.ikev2(o.get("impair").get());
                }
            } catch (IllegalArgumentException e) {
                throw new UsageException("--impair: " + e.getMessage());
            }
            err.println("ike peer: impaired on purpose: " + o.get("impair").get());
        }
        if (ikeVersion.equals("1")) {
            if (localAuth == AuthMethod.ECDSA_SIG || remoteAuth == AuthMethod.ECDSA_SIG) {
                throw new UsageException("--ike-version 1 authenticates with pre-shared keys or RSA certificates (no ECDSA)");
            }
            if (o.has("aggressive") && localAuth != AuthMethod.PRE_SHARE) {
                throw new UsageException("--aggressive with --ike-version 1 uses pre-shared keys only");
            }
            return Ikev1Peers.peer(cfg, crypto, credentials, anchors, initiator, local, remote, count, Duration.ofSeconds(timeout),
                    lifecycle.hold(), o.has("aggressive"), verbose, impairV1,
                    o.get("keylog").map(f -> new io.ike4j.negotiator.keylog.KeylogWriter(Path.of(f))).orElse(null), out, err);
        }
        if (o.has("aggressive")) {
            throw new UsageException("--aggressive is for --ike-version 1");
        }
        Keylog keylog = o.get("keylog").map(f -> new Keylog(Path.of(f))).orElse(null);
        PeerListener listener = new PeerListener(out, err, style, verbose, verbose, true, keylog);
        if (!initiator) {
            listener.untracked();
        }
        Ikev2Engine.Builder builder = Ikev2Engine.builder().configuration(cfg.configuration()).crypto(crypto).listener(listener)
                .exportKeys(keylog != null).credentials(credentials).trustAnchors(anchors)
                .autoReconnect(o.has("auto-reconnect")).impairments(impairV2);
        if (o.has("fragment-size")) {
            try {
                builder.fragmentSize(o.nonNegative("fragment-size", 1200));
            } catch (ConfigException e) {
                throw new UsageException("--fragment-size must be 0 (never fragment) or 256..65535, got '"
                        + o.get("fragment-size").get() + "'");
            }
        }
        lifecycle.apply(builder);
        SecurityOptions.apply(o, builder, System::getProperty);
        Ikev2Runtime rt;
        try {
            rt = Ikev2Runtime.start(builder, List.of(local), Engines.TICK, shards, cryptoThreads);
        } catch (RuntimeException e) {
            err.println("ike peer: cannot listen on " + local + ": " + e.getMessage());
            return 1;
        }
        try {
            return initiator ? initiate(rt, cfg, remote.get(), count, parallel, Duration.ofSeconds(timeout), lifecycle.hold(),
                    listener, out, err)
                    : respond(rt, listener, out);
        } finally {
            rt.close();
        }
    }

    private static Path readable(String option, Options o) throws UsageException {
        Path p = Path.of(o.get(option).get());
        if (!Files.isReadable(p)) {
            throw new UsageException("--" + option + ": cannot read " + p);
        }
        return p;
    }

    private static int initiate(Ikev2Runtime rt, PeerConfig.Built cfg, DatagramEndpoint remote, int count, int parallel,
                                Duration timeout, Duration hold, PeerListener listener, PrintStream out, PrintStream err) {
        DatagramEndpoint at = rt.localEndpoints().get(0);
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        Deque<Integer> inFlight = new ArrayDeque<>();
        List<Integer> up = new ArrayList<>();
        List<Integer> startedIds = new ArrayList<>();
        int started = 0;
        int failed = 0;
        while ((started < count || !inFlight.isEmpty()) && System.nanoTime() < deadline) {
            // The first SA negotiates alone: its IKE_AUTH carries INITIAL_CONTACT (RFC 7296 §2.4), which makes the
            // responder drop its other SAs with us; later SAs are sent without it once one SA is established.
            int window = up.isEmpty() ? 1 : parallel;
            while (started < count && inFlight.size() < window) {
                try {
                    int id = rt.initiate(cfg.ipsecProfile(), new Ikev2Peer(at, remote));
                    inFlight.add(id);
                    startedIds.add(id);
                } catch (RuntimeException e) {
                    err.println("ike peer: cannot initiate: " + e.getMessage());
                    return 1;
                }
                started++;
            }
            int sa = inFlight.peek();
            Optional<PeerListener.Outcome> r = Engines.await(listener.outcome(sa), Duration.ofNanos(deadline - System.nanoTime()));
            if (r.isEmpty()) {
                break; // deadline (or interrupted)
            }
            inFlight.poll();
            if (r.get().ok()) {
                up.add(sa);
            } else {
                failed++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!inFlight.isEmpty() || started < count) {
            err.println("ike peer: timed out after " + timeout.getSeconds() + " s: " + up.size() + " of " + count + " IKE SAs up, "
                    + failed + " failed, " + (count - up.size() - failed) + " not done");
            for (int id : inFlight) {
                listener.initError(id).ifPresent(n -> err.println("ike peer: SA " + id + ": the IKE_SA_INIT responses said " + n
                        + " (unauthenticated: retransmitting until the exchange times out, RFC 7296 §2.21.1)"));
            }
        }
        int deleted = up.size() == count && !hold.isZero()
                ? SaTeardown.afterHold(hold, err, () -> SaTeardown.deleteAll(rt, listener, startedIds, up))
                : SaTeardown.deleteAll(rt, listener, startedIds, up);
        synchronized (out) {
            out.printf(Locale.ROOT, "peer: %d/%d IKE SAs up in %.3f s (%.1f handshakes/s), %d deleted%n", up.size(), count, seconds,
                    seconds > 0 ? up.size() / seconds : 0.0, deleted);
        }
        return up.size() == count ? 0 : 1;
    }

    /** Serves until this thread is interrupted or the JVM shuts down (SIGINT/SIGTERM). */
    private static int respond(Ikev2Runtime rt, PeerListener listener, PrintStream out) {
        synchronized (out) {
            out.println("peer: responder listening on " + rt.localEndpoints().get(0));
        }
        Thread main = Thread.currentThread();
        CountDownLatch closed = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            main.interrupt();
            try {
                closed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "ike-peer-shutdown");
        boolean hooked = SaTeardown.addHook(hook);
        try {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    break;
                }
            }
            rt.close();
            synchronized (out) {
                out.println("peer: responder stopped");
            }
            return 0;
        } finally {
            closed.countDown();
            if (hooked) {
                SaTeardown.removeHook(hook);
            }
        }
    }
}
