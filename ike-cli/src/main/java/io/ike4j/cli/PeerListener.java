package io.ike4j.cli;

import io.ike4j.codec.text.Ikev2CharonFormatter;
import io.ike4j.codec.text.Ikev2IosFormatter;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.crypto.kdf.Ikev2SaKeys;
import io.ike4j.diag.IkeFailure;
import io.ike4j.negotiator.Ikev2Listener;
import io.ike4j.sa.ChildSa;
import io.ike4j.sa.IkeSaInfo;
import io.ike4j.sm.v2.TraceEvent;
import io.ike4j.transport.Datagram;
import io.ike4j.transport.DatagramEndpoint;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The CLI's {@link Ikev2Listener}: prints what the engine reports in the chosen style and records the outcome
 * of every IKE SA for the command to wait on. Callbacks run on the engine's thread; printing is serialised on
 * the output stream so two engines in one process (ike demo) never interleave inside a block.
 */
final class PeerListener implements Ikev2Listener {
    /** Output style: IOS debug lines or strongSwan charon one-liners. */
    enum Style { IOS, CHARON }

    /** How an IKE SA ended its negotiation: up with a CHILD_SA, or failed ({@code failure} and/or {@code why}). */
    record Outcome(IkeSaInfo sa, ChildSa child, Optional<IkeFailure> failure, String why) {
        boolean ok() {
            return child != null;
        }
    }

    private final PrintStream out;
    private final PrintStream err;
    private final Style style;
    private final boolean trace;
    private final boolean packets;
    private final boolean saLines;
    private final Keylog keylog;
    private volatile boolean track = true;
    private volatile int retransmitting; // the last SA traced retransmitting (a hint for the next packet line)
    private final Map<Integer, CompletableFuture<Outcome>> outcomes = new ConcurrentHashMap<>();
    private final Map<Integer, CompletableFuture<String>> deletions = new ConcurrentHashMap<>();
    private final Map<Integer, List<ChildSa>> children = new ConcurrentHashMap<>();
    private final Map<Integer, IkeFailure> failures = new ConcurrentHashMap<>();
    // IKE SA rekeys (RFC 7296 §1.3.2) give an SA a new ID: the first ID of each SA's line and its current ID
    private final Map<Integer, Integer> firstIds = new ConcurrentHashMap<>();
    private final Map<Integer, Integer> currentIds = new ConcurrentHashMap<>();
    private final CompletableFuture<Outcome> first = new CompletableFuture<>();

    /**
     * @param trace   print the IOS {@code SM Trace->} lines (IOS style only)
     * @param packets print IOS packet dumps (IOS style) ; charon style always prints its message lines
     * @param saLines print one {@link #saLine} per SA that comes up
     * @param keylog  null for none
     */
    PeerListener(PrintStream out, PrintStream err, Style style, boolean trace, boolean packets, boolean saLines, Keylog keylog) {
        this.out = out;
        this.err = err;
        this.style = style;
        this.trace = trace;
        this.packets = packets;
        this.saLines = saLines;
        this.keylog = keylog;
    }

    /**
     * Stops recording per-SA outcomes (a long-running responder would otherwise keep one entry per SA
     * forever); {@link #firstOutcome()} still completes.
     */
    PeerListener untracked() {
        track = false;
        return this;
    }

    /** Completes when SA {@code saId} is up with its CHILD_SA or has failed. */
    CompletableFuture<Outcome> outcome(int saId) {
        return outcomes.computeIfAbsent(saId, k -> new CompletableFuture<>());
    }

    /** Completes with the first outcome of any SA (a responder does not know the SA number in advance). */
    CompletableFuture<Outcome> firstOutcome() {
        return first;
    }

    /** Completes when SA {@code saId} is gone. */
    CompletableFuture<String> deletion(int saId) {
        return deletions.computeIfAbsent(saId, k -> new CompletableFuture<>());
    }

    List<ChildSa> children(int saId) {
        return children.getOrDefault(saId, List.of());
    }

    /**
     * The ID SA {@code firstId} has now: IKE SA rekeys replace it (each reported by {@link #ikeSaRekeyed}).
     * Exact when read on the SA's engine thread.
     */
    int currentId(int firstId) {
        return currentIds.getOrDefault(firstId, firstId);
    }

    @Override
    public void trace(TraceEvent e) {
        // The engine traces EV_RETRANSMIT right before re-sending, on the same thread: label that send.
        retransmitting = e.event() == io.ike4j.sm.v2.Ikev2Event.EV_RETRANSMIT ? e.saId() : 0;
        if (trace && style == Style.IOS) {
            print(e.iosLine());
        }
    }

    @Override
    public boolean wantsSentPackets() {
        return style == Style.CHARON || packets; // the charon lines and the packet dumps show sent messages
    }

    @Override
    public void packet(boolean outbound, int saId, Ikev2Message m, List<Ikev2Payload> inner, Datagram d) {
        if (!outbound && m.header().exchangeType() == 34 && m.header().isResponse()) {
            noteInitError(saId, m);
        }
        if (style == Style.CHARON) {
            boolean retransmit = outbound && retransmitting == saId && saId != 0;
            retransmitting = 0;
            String text = Ikev2CharonFormatter.format(m, inner);
            print("<ike-cli|" + saId + "> " + (retransmit ? "retransmitting " : outbound ? "sending " : "parsed ") + text
                    + (outbound ? " to " : " from ") + charon(d.remote()));
        } else if (packets) {
            String prefix = "IKEv2:(SA ID = " + saId + "):";
            String head = outbound
                    ? prefix + "Sending Packet [To " + ios(d.remote()) + "/From " + ios(d.local()) + "/VRF i0:f0]"
                    : prefix + "Received Packet [From " + ios(d.remote()) + "/To " + ios(d.local()) + "/VRF i0:f0]";
            String dump = inner.isEmpty() ? Ikev2IosFormatter.format(m, prefix) : Ikev2IosFormatter.formatDecrypted(m, inner, prefix);
            print(head + "\n" + dump);
        }
    }

    /**
     * Error notifies seen in IKE_SA_INIT responses, by SA: the engine ignores them until the exchange times out
     * (RFC 7296 §2.21.1), so a run that ends at --timeout first can still say what the responder answered.
     */
    private final java.util.Map<Integer, String> initErrors = new java.util.concurrent.ConcurrentHashMap<>();

    private void noteInitError(int saId, Ikev2Message m) {
        for (Ikev2Payload p : m.payloads()) {
            if (p instanceof io.ike4j.codec.v2.Ikev2NotifyPayload n && n.notifyType() < 16384) {
                initErrors.put(saId, io.ike4j.codec.v2.iana.Ikev2NotifyType.nameOf(n.notifyType()));
                return;
            }
        }
    }

    /** The last error notify an IKE_SA_INIT response of {@code saId} carried (unauthenticated), if any. */
    java.util.Optional<String> initError(int saId) {
        return java.util.Optional.ofNullable(initErrors.get(saId));
    }

    @Override
    public void ikeSaEstablished(IkeSaInfo sa) {
        if (style == Style.CHARON) {
            print("<ike-cli|" + sa.saId() + "> IKE_SA ike-cli[" + sa.saId() + "] established between "
                    + charon(Addresses.text(sa.local().address()), sa) + "..." + charonRemote(sa));
        }
    }

    @Override
    public void childSaEstablished(IkeSaInfo sa, ChildSa child) {
        if (track) {
            children.computeIfAbsent(sa.saId(), k -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(child);
        }
        if (style == Style.CHARON) {
            print("<ike-cli|" + sa.saId() + "> CHILD_SA ike-cli{" + sa.saId() + "} established with SPIs "
                    + child.inboundSpi().toHex() + "_i " + child.outboundSpi().toHex() + "_o and TS "
                    + ts(child.localSelectors()) + " === " + ts(child.remoteSelectors()));
        }
        if (saLines) {
            print(saLine(sa, child));
        }
        Outcome o = new Outcome(sa, child, Optional.empty(), "");
        complete(sa.saId(), o);
    }

    @Override
    public void childSaRekeyed(IkeSaInfo sa, ChildSa old, ChildSa fresh) {
        if (track) {
            List<ChildSa> l = children.computeIfAbsent(sa.saId(), k -> new java.util.concurrent.CopyOnWriteArrayList<>());
            l.removeIf(c -> c.inboundSpi().equals(old.inboundSpi()));
            l.add(fresh);
        }
        if (saLines) {
            print("SA " + sa.saId() + " REKEYED CHILD " + old.inboundSpi().toHex() + " -> " + fresh.inboundSpi().toHex());
        }
    }

    @Override
    public void ikeSaRekeyed(IkeSaInfo old, IkeSaInfo fresh) {
        if (track) {
            int first = firstIds.getOrDefault(old.saId(), old.saId());
            firstIds.remove(old.saId());
            firstIds.put(fresh.saId(), first);
            currentIds.put(first, fresh.saId());
            List<ChildSa> moved = children.remove(old.saId()); // the CHILD_SAs move to the new SA
            if (moved != null) {
                children.put(fresh.saId(), moved);
            }
        }
        if (saLines) {
            print("SA " + old.saId() + " REKEYED IKE " + old.saId() + " -> " + fresh.saId());
        }
    }

    @Override
    public void livenessChecked(IkeSaInfo sa, boolean alive) {
        if (saLines) {
            print("SA " + sa.saId() + " DPD " + (alive ? "ok" : "dead"));
        }
    }

    @Override
    public void ikeSaDeleted(IkeSaInfo sa, String why) {
        // The old SA of an IKE rekey goes as "rekeyed as SA n": its REKEYED line said so already.
        if (saLines && !why.startsWith("rekeyed")) {
            print("SA " + sa.saId() + " DOWN " + why);
        }
        Outcome o = new Outcome(sa, null, Optional.ofNullable(failures.remove(sa.saId())), why);
        complete(sa.saId(), o);
        if (track) {
            deletion(sa.saId()).complete(why);
        }
    }

    @Override
    public void failure(IkeFailure f) {
        if (track) {
            failures.put(f.saId(), f);
        }
        synchronized (out) {
            err.println(f.logLine());
        }
        complete(f.saId(), new Outcome(null, null, Optional.of(f), f.reason().text()));
    }

    private void complete(int saId, Outcome o) {
        if (track) {
            outcome(saId).complete(o);
        }
        first.complete(o);
    }

    @Override
    public void ikeSaKeys(IkeSaInfo sa, Ikev2SaKeys keys) {
        if (keylog != null && !keylog.write(sa, keys)) {
            synchronized (out) {
                err.println("IKEv2:(SA ID = " + sa.saId() + "):keylog: Wireshark cannot decrypt this SA's algorithms, no line written");
            }
        }
    }

    /**
     * The one line per established SA (documented in the usage text):
     * {@code SA 1 UP 127.0.0.1:500 <-> 127.0.0.2:500 ids 127.0.0.1 <-> 127.0.0.2 ike aes128-sha256-modp2048 child in C1A2B3C4 out D5E6F7A8 esp-aes esp-sha256-hmac}.
     */
    static String saLine(IkeSaInfo sa, ChildSa child) {
        // One builder and plain appends: a responder prints this for every SA, and a 14-part string concatenation
        // is one of the largest methods the JIT compiles on that path (README "Scale").
        StringBuilder b = new StringBuilder(160).append("SA ").append(sa.saId()).append(" UP ");
        b.append(Addresses.endpoint(sa.local())).append(" <-> ").append(Addresses.endpoint(sa.remote()));
        b.append(" ids ").append(id(sa.localId())).append(" <-> ").append(id(sa.remoteId()));
        b.append(" ike ").append(ikeName(sa)).append(" child in ");
        upperHex(b, child.inboundSpi());
        b.append(" out ");
        upperHex(b, child.outboundSpi());
        return b.append(' ').append(childName(child)).toString();
    }

    private static final String UPPER_HEX = "0123456789ABCDEF";

    private static void upperHex(StringBuilder b, io.ike4j.codec.Bytes v) {
        for (int i = 0; i < v.length(); i++) {
            int o = v.get(i);
            b.append(UPPER_HEX.charAt(o >>> 4)).append(UPPER_HEX.charAt(o & 15));
        }
    }

    /** An identity as one word: quoted when it has spaces (DNs), {@code ?} when unknown. */
    static String id(Optional<io.ike4j.config.IkeIdentity> id) {
        String v = id.map(Addresses::id).orElse("?");
        return v.indexOf(' ') >= 0 ? '"' + v + '"' : v;
    }

    /** The negotiated transforms an IKE SA's name is made of (one name per suite, not per SA). */
    private record Suite(int encr, int bits, int integ, int prf, int group) {
    }

    /** Names already made: a responder prints one line per SA, and its suites are the few it was configured with. */
    private static final Map<Suite, String> NAMES = new ConcurrentHashMap<>();

    /** A CHILD_SA's transforms as the SA line names them (one name per suite, as for the IKE SA). */
    private record ChildSuite(int encr, int bits, int integ) {
    }

    private static final Map<ChildSuite, String> CHILD_NAMES = new ConcurrentHashMap<>();

    static String childName(ChildSa child) {
        return named(CHILD_NAMES, new ChildSuite(child.encrId(), child.encrKeyBits(), child.integId()), child, SaSummary::transform);
    }

    /** The name cached for {@code key}, else made from {@code from} and kept while fewer than 256 are (whatever peers negotiate). */
    private static <K, T> String named(Map<K, String> names, K key, T from, java.util.function.Function<T, String> make) {
        String name = names.get(key);
        if (name == null) {
            name = make.apply(from);
            if (names.size() < 256) {
                names.put(key, name);
            }
        }
        return name;
    }

    /** strongSwan-style name of the negotiated IKE transforms, e.g. {@code aes128-sha256-prfsha256-modp2048}. */
    static String ikeName(IkeSaInfo sa) {
        Suite k = new Suite(sa.encrId(), sa.encrKeyBits(), sa.integId(), sa.prfId(), sa.group());
        return named(NAMES, k, k, PeerListener::name);
    }

    private static String name(Suite k) {
        io.ike4j.config.IkeProposal.Builder b = io.ike4j.config.IkeProposal.builder("sa")
                .encryption(new io.ike4j.config.EncryptionAlgorithm(k.encr(), k.bits())).prf(k.prf()).group(k.group());
        if (k.integ() != 0) {
            b.integrity(k.integ());
        }
        try {
            return b.build().toStrongSwanString();
        } catch (RuntimeException e) { // an SA the config layer cannot describe: show the numbers
            return "encr" + k.encr() + "/" + k.bits() + "-integ" + k.integ() + "-prf" + k.prf() + "-ke" + k.group();
        }
    }

    private void print(String s) {
        synchronized (out) {
            out.println(s);
        }
    }

    private static String ios(DatagramEndpoint e) {
        return Addresses.text(e.address()) + ":" + e.port();
    }

    private static String charon(DatagramEndpoint e) {
        return Addresses.text(e.address()) + "[" + e.port() + "]";
    }

    private static String charon(String addr, IkeSaInfo sa) {
        return addr + "[" + sa.localId().map(Addresses::id).orElse("%any") + "]";
    }

    private static String charonRemote(IkeSaInfo sa) {
        return Addresses.text(sa.remote().address()) + "[" + sa.remoteId().map(Addresses::id).orElse("%any") + "]";
    }

    private static String ts(List<io.ike4j.config.TrafficSelector> ts) {
        List<String> out = new ArrayList<>();
        for (io.ike4j.config.TrafficSelector t : ts) {
            out.add(SaSummary.cidr(t));
        }
        return String.join(" ", out);
    }
}
