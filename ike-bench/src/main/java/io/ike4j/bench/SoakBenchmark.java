package io.ike4j.bench;

import io.ike4j.codec.Bytes;
import io.ike4j.config.AuthMethod;
import io.ike4j.config.EncryptionAlgorithm;
import io.ike4j.config.IkeConfiguration;
import io.ike4j.config.IkePolicy;
import io.ike4j.config.IkeProfile;
import io.ike4j.config.IpsecMode;
import io.ike4j.config.IpsecProfile;
import io.ike4j.config.Keyring;
import io.ike4j.config.KeyringPeer;
import io.ike4j.config.StrongSwanProposals;
import io.ike4j.config.TransformSet;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.CryptoProviders;
import io.ike4j.crypto.RandomSource;
import io.ike4j.diag.IkeFailure;
import io.ike4j.negotiator.Ikev2Engine;
import io.ike4j.negotiator.Ikev2Listener;
import io.ike4j.negotiator.Ikev2Peer;
import io.ike4j.negotiator.KeyEngine;
import io.ike4j.sa.ChildSa;
import io.ike4j.sa.IkeSaInfo;
import io.ike4j.sm.v2.Ikev2State;
import io.ike4j.transport.Datagram;
import io.ike4j.transport.DatagramEndpoint;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The lifecycle soak of issue 12 in simulated time (a program, not a timed test): two engines back to back hold
 * {@code --sas} IKE SAs (PSK, x25519, AES-CBC-128/HMAC-SHA2-256, ESP the same) for {@code --hours} simulated hours;
 * the initiator rekeys every IKE SA every hour and every CHILD_SA every 15 minutes (jittered, RFC 7296 §2.8) and runs
 * DPD every 30 s (on-demand: no ESP here, so every SA is idle); {@code --loss} of all datagrams (default 1%) are
 * dropped at random. Time moves in 1-s steps. At the end (after 10 loss-free minutes so that every exchange finishes)
 * it checks: no SA lost and no failure, both sides hold exactly the SAs and CHILD_SAs expected (SA tables, timer
 * queues, ESP SPI tables, key engines), message IDs agree pairwise, the window is as configured, and every CHILD_SA's keys are equal crosswise.
 * Along the way every new CHILD_SA's keys and every new IKE SA's SK_d are compared with the peer's the moment both
 * exist. It prints the wall-clock time and the live heap per IKE SA pair; exits 1 if a check fails.
 *
 * <pre>java -Xmx8g -cp ike-bench/target/benchmarks.jar io.ike4j.bench.SoakBenchmark [--sas 10000] [--hours 24] [--loss 0.01]</pre>
 */
public final class SoakBenchmark {
    private SoakBenchmark() {
    }

    /** What one engine reported; the key engine keeps the installed CHILD_SAs by inbound SPI. */
    static final class Side implements Ikev2Listener, KeyEngine {
        final Map<Bytes, ChildSa> installed = new HashMap<>();
        /** SK_d of every live IKE SA by SPIi: the other side's new keys are compared when they appear. */
        final Map<Bytes, byte[]> skD = new HashMap<>();
        final List<String> problems = new ArrayList<>();
        /** The other engine: each CHILD_SA and IKE SA is checked against its half the moment both exist. */
        Side peer;
        long keyChecks;
        long ikeRekeys;
        long childRekeys;
        long dpdOk;

        @Override
        public void install(ChildSa child, Completion completion) {
            installed.put(child.inboundSpi(), child);
            ChildSa other = peer.installed.get(child.outboundSpi()); // installed first by the exchange's responder
            if (other != null) {
                keyChecks++;
                if (!Arrays.equals(child.encrKeyOut().unsafeBytes(), other.encrKeyIn().unsafeBytes())
                        || !Arrays.equals(child.encrKeyIn().unsafeBytes(), other.encrKeyOut().unsafeBytes())
                        || !Arrays.equals(child.integKeyOut().unsafeBytes(), other.integKeyIn().unsafeBytes())) {
                    problems.add("CHILD_SA " + child.inboundSpi().toHex() + ": keys differ from the peer's at install");
                }
            }
            completion.installed();
        }

        @Override
        public void ikeSaKeys(IkeSaInfo sa, io.ike4j.crypto.kdf.Ikev2SaKeys keys) {
            byte[] d = keys.skD().copy();
            skD.put(sa.spiI(), d);
            byte[] other = peer.skD.get(sa.spiI());
            if (other != null) {
                keyChecks++;
                if (!Arrays.equals(d, other)) {
                    problems.add("IKE SA " + sa.saId() + ": SK_d differs from the peer's");
                }
            }
        }

        @Override
        public void delete(ChildSa child) {
            installed.remove(child.inboundSpi());
        }

        @Override
        public boolean wantsSentPackets() {
            return false;
        }

        @Override
        public void ikeSaRekeyed(IkeSaInfo old, IkeSaInfo fresh) {
            ikeRekeys++;
        }

        @Override
        public void childSaRekeyed(IkeSaInfo sa, ChildSa old, ChildSa fresh) {
            childRekeys++;
        }

        @Override
        public void livenessChecked(IkeSaInfo sa, boolean alive) {
            if (alive) {
                dpdOk++;
            } else {
                problems.add("SA " + sa.saId() + " DPD dead");
            }
        }

        @Override
        public void failure(IkeFailure f) {
            problems.add(f.logLine());
        }

        @Override
        public void ikeSaDeleted(IkeSaInfo sa, String why) {
            skD.remove(sa.spiI());
            if (!why.startsWith("rekeyed")) {
                problems.add("SA " + sa.saId() + " lost: " + why);
            }
        }
    }

    public static void main(String[] args) {
        int n = 10_000;
        int hours = 24;
        double loss = 0.01;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--sas" -> n = Integer.parseInt(args[i + 1]);
                case "--hours" -> hours = Integer.parseInt(args[i + 1]);
                case "--loss" -> loss = Double.parseDouble(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        CryptoProvider crypto = CryptoProviders.named("bc");
        IkeConfiguration iConfig = config(true);
        IkeConfiguration rConfig = config(false);
        IpsecProfile profile = iConfig.ipsecProfiles().get(0);
        DatagramEndpoint iAddr = DatagramEndpoint.of("10.0.0.1", 500);
        DatagramEndpoint rAddr = DatagramEndpoint.of("10.0.0.2", 500);
        ArrayDeque<Datagram> toI = new ArrayDeque<>();
        ArrayDeque<Datagram> toR = new ArrayDeque<>();
        Instant start = Instant.parse("2026-12-01T00:00:00Z");
        Side is = new Side();
        Side rs = new Side();
        is.peer = rs;
        rs.peer = is;
        int window = 4;
        Ikev2Engine initiator = Ikev2Engine.builder().configuration(iConfig).crypto(crypto).random(RandomSource.deterministic(1))
                .outbound(toR::add).listener(is).keyEngine(is).exportKeys(true).startTime(start).windowSize(window).halfOpenPerAddress(n)
                .rekeyIntervals(Duration.ofMinutes(15), Duration.ofHours(1)).build();
        Ikev2Engine responder = Ikev2Engine.builder().configuration(rConfig).crypto(crypto).random(RandomSource.deterministic(2))
                .outbound(toI::add).listener(rs).keyEngine(rs).exportKeys(true).startTime(start).windowSize(window).halfOpenPerAddress(n).build();
        long base = liveHeap();
        long t0 = System.nanoTime();
        for (int k = 0; k < n; k++) {
            initiator.initiate(profile, new Ikev2Peer(iAddr, rAddr));
            HandshakeBenchmark.pump(initiator, responder, iAddr, rAddr, toI, toR);
        }
        double setup = (System.nanoTime() - t0) / 1e9;
        Random rnd = new Random(42);
        long datagrams = 0;
        long dropped = 0;
        long seconds = hours * 3600L;
        long t1 = System.nanoTime();
        for (long s = 1; s <= seconds + 600; s++) {
            Instant now = start.plusSeconds(s);
            initiator.advanceTime(now);
            responder.advanceTime(now);
            double p = s <= seconds ? loss : 0; // the last 10 minutes without loss: every exchange completes
            while (!toI.isEmpty() || !toR.isEmpty()) {
                Datagram d;
                while ((d = toR.poll()) != null) {
                    datagrams++;
                    if (rnd.nextDouble() < p) {
                        dropped++;
                    } else {
                        responder.receive(new Datagram(d.payload(), rAddr, iAddr));
                    }
                }
                while ((d = toI.poll()) != null) {
                    datagrams++;
                    if (rnd.nextDouble() < p) {
                        dropped++;
                    } else {
                        initiator.receive(new Datagram(d.payload(), iAddr, rAddr));
                    }
                }
            }
            if (s % 3600 == 0) {
                System.out.printf(Locale.ROOT, "hour %d: %,d datagrams (%,d dropped), %,d IKE / %,d CHILD rekeys, %,d DPD ok,"
                                + " %.0f s wall%n", s / 3600, datagrams, dropped, is.ikeRekeys, is.childRekeys, is.dpdOk,
                        (System.nanoTime() - t1) / 1e9);
            }
        }
        double soak = (System.nanoTime() - t1) / 1e9;
        List<String> bad = check(n, window, initiator, responder, is, rs);
        long keyChecks = is.keyChecks + rs.keyChecks;
        is.installed.clear(); // the engines hold the CHILD_SAs themselves: measure them, not these maps
        rs.installed.clear();
        is.skD.clear();
        rs.skD.clear();
        long heap = liveHeap() - base;
        java.lang.ref.Reference.reachabilityFence(initiator); // measured with both engines alive
        java.lang.ref.Reference.reachabilityFence(responder);
        System.out.printf(Locale.ROOT, "%,d SA pairs up in %.1f s; %d simulated hours in %.1f s wall-clock (%.0fx real time)%n",
                n, setup, hours, soak, (seconds + 600) / soak);
        System.out.printf(Locale.ROOT, "%,d datagrams (%,d dropped, %.2f%%), initiator: %,d IKE SA rekeys, %,d CHILD_SA rekeys,"
                        + " %,d DPD answered; responder: %,d / %,d%n", datagrams, dropped, 100.0 * dropped / Math.max(1, datagrams),
                is.ikeRekeys, is.childRekeys, is.dpdOk, rs.ikeRekeys, rs.childRekeys);
        System.out.printf(Locale.ROOT, "keys compared with the peer's the moment both halves existed: %,d (every CHILD_SA"
                + " and IKE SA made)%n", keyChecks);
        System.out.printf(Locale.ROOT, "live heap per IKE SA pair (both engines, each SA with its CHILD_SA): %.2f KiB%n",
                heap / 1024.0 / n);
        if (!bad.isEmpty()) {
            bad.stream().limit(20).forEach(b -> System.out.println("FAIL: " + b));
            System.out.println("FAILED: " + bad.size() + " problems");
            System.exit(1);
        }
        System.out.println("soak passed: no SA lost, no failure, tables and key engines at their expected sizes, message IDs"
                + " agree, CHILD_SA keys equal on both sides");
    }

    /** Everything the soak promises, as a list of what does not hold. */
    static List<String> check(int n, int window, Ikev2Engine initiator, Ikev2Engine responder, Side is, Side rs) {
        List<String> bad = new ArrayList<>(is.problems);
        rs.problems.forEach(p -> bad.add("responder: " + p));
        List<IkeSaInfo> a = initiator.sas();
        List<IkeSaInfo> b = responder.sas();
        if (a.size() != n || b.size() != n) {
            bad.add("SA tables: " + a.size() + " / " + b.size() + ", expected " + n);
        }
        Map<Bytes, IkeSaInfo> bySpi = new HashMap<>();
        b.forEach(x -> bySpi.put(x.spiI(), x));
        for (IkeSaInfo x : a) {
            IkeSaInfo y = bySpi.get(x.spiI());
            if (y == null || !y.spiR().equals(x.spiR())) {
                bad.add("SA " + x.saId() + ": no peer SA with SPIs " + x.spiI().toHex() + "/" + x.spiR().toHex());
                continue;
            }
            if (x.state() != Ikev2State.READY || y.state() != Ikev2State.READY || x.childSas() != 1 || y.childSas() != 1) {
                bad.add("SA " + x.saId() + ": " + x.state() + "/" + y.state() + " with " + x.childSas() + "/" + y.childSas()
                        + " CHILD_SAs");
            }
            if (x.nextRequestId() != y.expectedRequestId() || y.nextRequestId() != x.expectedRequestId()) {
                bad.add("SA " + x.saId() + ": message IDs " + x.nextRequestId() + "/" + y.expectedRequestId() + " and "
                        + y.nextRequestId() + "/" + x.expectedRequestId());
            }
            if (x.window() != window || y.window() != window) {
                bad.add("SA " + x.saId() + ": windows " + x.window() + "/" + y.window());
            }
        }
        for (var e : List.of(initiator.resources(), responder.resources())) {
            if (e.sas() != n || e.timers() != n || e.espSpis() != n || e.halfOpen() != 0 || e.reassemblyBytes() != 0) {
                bad.add("engine tables: " + e + ", expected " + n + " SAs, timer slots and ESP SPIs, nothing half-open");
            }
        }
        if (is.installed.size() != n || rs.installed.size() != n) {
            bad.add("key engines hold " + is.installed.size() + " / " + rs.installed.size() + " CHILD_SAs, expected " + n);
        }
        for (ChildSa c : is.installed.values()) {
            ChildSa d = rs.installed.get(c.outboundSpi());
            if (d == null || !d.outboundSpi().equals(c.inboundSpi())
                    || !Arrays.equals(c.encrKeyOut().unsafeBytes(), d.encrKeyIn().unsafeBytes())
                    || !Arrays.equals(c.encrKeyIn().unsafeBytes(), d.encrKeyOut().unsafeBytes())
                    || !Arrays.equals(c.integKeyOut().unsafeBytes(), d.integKeyIn().unsafeBytes())
                    || !Arrays.equals(c.integKeyIn().unsafeBytes(), d.integKeyOut().unsafeBytes())) {
                bad.add("CHILD_SA " + c.inboundSpi().toHex() + ": no peer half with equal keys");
            }
        }
        return bad;
    }

    /** PSK, x25519, AES-CBC-128/HMAC-SHA2-256 for IKE and ESP; the initiator's profile runs DPD every 30 s. */
    static IkeConfiguration config(boolean dpd) {
        IkePolicy.Builder pol = IkePolicy.builder("pol");
        StrongSwanProposals.parseIke("aes128-sha256-x25519").forEach(pol::proposal);
        Keyring kr = Keyring.builder("kr").peer(KeyringPeer.builder("any").address("0.0.0.0/0")
                .preSharedKey("bench-psk").build()).build();
        IkeProfile.Builder pb = IkeProfile.builder("prof").matchRemoteAddress("0.0.0.0").authenticationLocal(AuthMethod.PRE_SHARE)
                .authenticationRemote(AuthMethod.PRE_SHARE).keyring(kr);
        if (dpd) {
            pb.dpd(30, 2, false);
        }
        IkeProfile prof = pb.build();
        IpsecProfile ip = IpsecProfile.builder("ipsec").transformSet(new TransformSet("ts", new EncryptionAlgorithm(12, 128), 12,
                IpsecMode.TUNNEL)).ikeProfile(prof).build();
        return IkeConfiguration.builder().policy(pol.build()).profile(prof).ipsecProfile(ip).build();
    }

    private static long liveHeap() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
