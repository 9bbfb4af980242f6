package io.ike4j.cli;

import io.ike4j.config.ConfigException;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.negotiator.Ikev2Engine;
import io.ike4j.negotiator.Ikev2Peer;
import io.ike4j.negotiator.Ikev2Runtime;
import io.ike4j.sa.ChildSa;
import io.ike4j.sa.IkeSaInfo;
import io.ike4j.sm.v2.Ikev2State;
import io.ike4j.transport.DatagramEndpoint;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code ike demo}: an initiator and a responder engine in this process, each on its own UDP socket on
 * 127.0.0.1 (ephemeral ports), negotiate IKEv2 with a pre-shared key. Prints both sides' IOS
 * {@code debug crypto ikev2 internal} trace lines as they happen (each line carries (I) or (R)), with
 * {@code --verbose} the {@code debug crypto ikev2 packet} dumps, then per side {@code show crypto ikev2 sa
 * detailed} and {@code show crypto ipsec sa}. Exit 0 only when both sides are READY with a CHILD_SA.
 */
final class DemoCommand implements Command {
    static final String PSK = "ike4j-demo";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Override
    public String synopsis() {
        return "[--verbose] [--ike-version 1|2] [--ike PROPOSAL] [--esp PROPOSAL] [--provider bc|jca]";
    }

    @Override
    public String summary() {
        return "two IKEv2 engines negotiate over loopback UDP with a PSK: IOS trace (and packets with --verbose),"
                + "\n      then 'show crypto ikev2 sa detailed' and 'show crypto ipsec sa' per side;"
                + "\n      defaults --ike " + PeerConfig.DEFAULT_IKE + " --esp " + PeerConfig.DEFAULT_ESP
                + "; exit 0 when both sides are READY with a CHILD_SA;"
                + "\n      --ike-version 1: Main Mode + Quick Mode, the ISAKMP trace as IOS prints it ('Old State = IKE_I_MM1"
                + "  New State = IKE_I_MM2'),\n      then 'show crypto isakmp sa' and 'show crypto ipsec sa' per side";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws UsageException {
        Options o = Options.parse(args, Set.of("ike", "esp", "provider", "ike-version"), Set.of("verbose"));
        String version = o.choice("ike-version", "2", "1", "2");
        boolean verbose = o.has("verbose");
        CryptoProvider crypto = Engines.provider(o);
        String ike = o.get("ike", PeerConfig.DEFAULT_IKE);
        String esp = o.get("esp", PeerConfig.DEFAULT_ESP);
        PeerConfig.Built cfg;
        try {
            cfg = PeerConfig.psk(ike, esp, PSK).build();
        } catch (ConfigException e) {
            throw Engines.usage(e);
        }
        if (version.equals("1")) {
            return Ikev1Peers.demo(cfg, ike, esp, crypto, out, err);
        }
        PeerListener iList = new PeerListener(out, err, PeerListener.Style.IOS, true, verbose, false, null);
        PeerListener rList = new PeerListener(out, err, PeerListener.Style.IOS, true, verbose, false, null);
        DatagramEndpoint loopback = DatagramEndpoint.of("127.0.0.1", 0);
        Ikev2Runtime responder = null;
        Ikev2Runtime initiator = null;
        try {
            responder = Ikev2Runtime.start(Ikev2Engine.builder().configuration(cfg.configuration()).crypto(crypto)
                    .listener(rList), List.of(loopback), Engines.TICK);
            initiator = Ikev2Runtime.start(Ikev2Engine.builder().configuration(cfg.configuration()).crypto(crypto)
                    .listener(iList), List.of(loopback), Engines.TICK);
            DatagramEndpoint rAt = responder.localEndpoints().get(0);
            DatagramEndpoint iAt = initiator.localEndpoints().get(0);
            synchronized (out) {
                out.println("ike demo: initiator " + iAt + " -> responder " + rAt + ", pre-shared key, ike " + ike
                        + ", esp " + esp + ", provider " + crypto.name());
            }
            int iSa = initiator.initiate(cfg.ipsecProfile(), new Ikev2Peer(iAt, rAt));
            Optional<PeerListener.Outcome> iDone = Engines.await(iList.outcome(iSa), TIMEOUT);
            Optional<PeerListener.Outcome> rDone = Engines.await(rList.firstOutcome(), TIMEOUT);
            boolean ok = show(out, "initiator", initiator, iList, iDone.map(x -> x.sa() == null ? iSa : x.sa().saId()).orElse(iSa));
            ok &= rDone.isPresent() && rDone.get().sa() != null
                    && show(out, "responder", responder, rList, rDone.get().sa().saId());
            if (rDone.isEmpty() || rDone.get().sa() == null) {
                out.println("responder#show crypto ikev2 sa detailed");
                out.println(" no IKE SA");
            }
            out.println(ok ? "ike demo: both sides READY with a CHILD_SA" : "ike demo: negotiation FAILED");
            return ok ? 0 : 1;
        } catch (RuntimeException e) {
            err.println("ike demo: " + e.getMessage());
            return 1;
        } finally {
            if (initiator != null) {
                initiator.close();
            }
            if (responder != null) {
                responder.close();
            }
        }
    }

    /** Prints the side's views; true when its SA is READY with a CHILD_SA. */
    private static boolean show(PrintStream out, String side, Ikev2Runtime rt, PeerListener l, int saId) {
        Optional<IkeSaInfo> sa = Engines.sa(rt, saId);
        Instant now = rt.call(Ikev2Engine::now);
        List<ChildSa> children = l.children(saId);
        synchronized (out) {
            out.println();
            out.println(side + "#show crypto ikev2 sa detailed");
            if (sa.isEmpty()) {
                out.println(" no IKE SA");
                return false;
            }
            out.print(SaSummary.ikeSaDetailed(sa.get(), now));
            out.println();
            out.println(side + "#show crypto ipsec sa");
            for (ChildSa c : children) {
                out.print(SaSummary.childSa(sa.get(), c));
            }
            if (children.isEmpty()) {
                out.println("   no CHILD_SA");
            }
        }
        return sa.get().state() == Ikev2State.READY && !children.isEmpty();
    }
}
