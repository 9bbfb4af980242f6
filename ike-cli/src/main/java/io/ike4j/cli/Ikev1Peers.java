package io.ike4j.cli;

import io.ike4j.crypto.CryptoProvider;
import io.ike4j.negotiator.keylog.KeylogWriter;
import io.ike4j.negotiator.v1.Ikev1Engine;
import io.ike4j.negotiator.v1.Ikev1Runtime;
import io.ike4j.sa.ChildSa;
import io.ike4j.sa.IkeSaInfo;
import io.ike4j.sm.v1.Ikev1State;
import io.ike4j.transport.DatagramEndpoint;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code ike demo --ike-version 1} and {@code ike peer --ike-version 1}: the IKEv1 engine on UDP. */
final class Ikev1Peers {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private Ikev1Peers() {
    }

    /** Two engines on loopback, Main Mode + Quick Mode with a PSK; exit 0 when both reach IKE_QM_PHASE2_COMPLETE. */
    static int demo(PeerConfig.Built cfg, String ike, String esp, CryptoProvider crypto, PrintStream out, PrintStream err) {
        Ikev1Lines iL = new Ikev1Lines(out, err, "(I) ", true, null);
        Ikev1Lines rL = new Ikev1Lines(out, err, "(R) ", true, null);
        DatagramEndpoint loopback = DatagramEndpoint.of("127.0.0.1", 0);
        try (Ikev1Runtime r = Ikev1Runtime.start(Ikev1Engine.builder().configuration(cfg.configuration()).crypto(crypto)
                .listener(rL), List.of(loopback), Engines.TICK);
             Ikev1Runtime i = Ikev1Runtime.start(Ikev1Engine.builder().configuration(cfg.configuration()).crypto(crypto)
                     .listener(iL), List.of(loopback), Engines.TICK)) {
            DatagramEndpoint rAt = r.localEndpoints().get(0);
            DatagramEndpoint iAt = i.localEndpoints().get(0);
            synchronized (out) {
                out.println("ike demo: IKEv1 initiator " + iAt + " -> responder " + rAt + ", Main Mode + Quick Mode, pre-shared key, ike "
                        + ike + ", esp " + esp + ", provider " + crypto.name());
            }
            int iSa = i.initiate(cfg.ipsecProfile(), iAt, rAt, false);
            boolean iOk = Engines.await(iL.outcome(iSa), TIMEOUT).orElse(false);
            Optional<Integer> rSa = Engines.await(rL.first(), TIMEOUT);
            boolean ok = show(out, "initiator", i, iL, iSa) & iOk;
            ok &= rSa.isPresent() && show(out, "responder", r, rL, rSa.get());
            out.println(ok ? "ike demo: both sides IKE_P1_COMPLETE and IKE_QM_PHASE2_COMPLETE" : "ike demo: negotiation FAILED");
            return ok ? 0 : 1;
        } catch (RuntimeException e) {
            err.println("ike demo: " + e.getMessage());
            return 1;
        }
    }

    /** {@code show crypto isakmp sa} and {@code show crypto ipsec sa} of one side; true when phase 1 and 2 are up. */
    private static boolean show(PrintStream out, String side, Ikev1Runtime rt, Ikev1Lines l, int saId) {
        Optional<IkeSaInfo> sa = rt.call(e -> e.sa(saId));
        List<ChildSa> children = l.children(saId);
        synchronized (out) {
            out.println();
            out.println(side + "#show crypto isakmp sa");
            out.println("IPv4 Crypto ISAKMP SA");
            out.println("dst             src             state          conn-id status");
            if (sa.isEmpty()) {
                return false;
            }
            IkeSaInfo s = sa.get();
            String dst = s.role() == io.ike4j.sm.Role.INITIATOR ? Addresses.text(s.remote().address()) : Addresses.text(s.local().address());
            String src = s.role() == io.ike4j.sm.Role.INITIATOR ? Addresses.text(s.local().address()) : Addresses.text(s.remote().address());
            boolean up = s.state() == Ikev1State.IKE_P1_COMPLETE;
            out.printf(Locale.ROOT, "%-15s %-15s %-14s %7d %s%n", dst, src, up ? "QM_IDLE" : s.state(), s.saId(),
                    up ? "ACTIVE" : "");
            out.println();
            out.println(side + "#show crypto ipsec sa");
            for (ChildSa c : children) {
                out.print(SaSummary.childSa(s, c));
            }
            if (children.isEmpty()) {
                out.println("   no IPsec SA");
            }
            return up && !children.isEmpty();
        }
    }

    /** The IKEv1 peer: as the IKEv2 one, PSK or RSA certificates (Main Mode); {@code --aggressive} makes the initiator use Aggressive Mode. */
    static int peer(PeerConfig.Built cfg, CryptoProvider crypto, io.ike4j.negotiator.auth.Credentials credentials,
                    io.ike4j.negotiator.auth.TrustAnchors anchors, boolean initiator, DatagramEndpoint local,
                    Optional<DatagramEndpoint> remote, int count, Duration timeout, Duration hold, boolean aggressive,
                    boolean trace, io.ike4j.negotiator.v1.Ikev1Impairments impairments, KeylogWriter keylog, PrintStream out,
                    PrintStream err) {
        Ikev1Lines lines = new Ikev1Lines(out, err, "", trace, keylog);
        Ikev1Runtime rt;
        try {
            rt = Ikev1Runtime.start(Ikev1Engine.builder().configuration(cfg.configuration()).crypto(crypto).listener(lines)
                    .impairments(impairments).exportKeys(keylog != null).credentials(credentials).trustAnchors(anchors), List.of(local), Engines.TICK);
        } catch (RuntimeException e) {
            err.println("ike peer: cannot listen on " + local + ": " + e.getMessage());
            return 1;
        }
        try (rt) {
            if (!initiator) {
                synchronized (out) {
                    out.println("peer: responder listening on " + rt.localEndpoints().get(0) + " (IKEv1)");
                }
                try {
                    while (!Thread.currentThread().isInterrupted()) {
                        Thread.sleep(1000);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                synchronized (out) {
                    out.println("peer: responder stopped");
                }
                return 0;
            }
            DatagramEndpoint at = rt.localEndpoints().get(0);
            long start = System.nanoTime();
            long deadline = start + timeout.toNanos();
            int up = 0;
            List<Integer> ids = new java.util.ArrayList<>();
            for (int n = 0; n < count; n++) {
                int id = rt.initiate(cfg.ipsecProfile(), at, remote.get(), aggressive);
                ids.add(id);
                if (Engines.await(lines.outcome(id), Duration.ofNanos(Math.max(1, deadline - System.nanoTime()))).orElse(false)) {
                    up++;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (up == count && !hold.isZero()) {
                try {
                    Thread.sleep(hold.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            int deleted = 0;
            for (int id : ids) {
                if (rt.call(e -> e.delete(id))) {
                    deleted++;
                }
            }
            synchronized (out) {
                out.printf(Locale.ROOT, "peer: %d/%d ISAKMP SAs up in %.3f s (%.1f handshakes/s), %d deleted%n", up, count, seconds,
                        seconds > 0 ? up / seconds : 0.0, deleted);
            }
            return up == count ? 0 : 1;
        }
    }
}
