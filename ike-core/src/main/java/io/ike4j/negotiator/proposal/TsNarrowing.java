package io.ike4j.negotiator.proposal;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2AddressRangeSelector;
import io.ike4j.codec.v2.Ikev2TrafficSelector;
import io.ike4j.codec.v2.Ikev2TsPayload;
import io.ike4j.config.TrafficSelector;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Traffic selector conversion and narrowing (RFC 7296 §2.9, §3.13). A selector here is one address range
 * with an IP protocol (0 = any) and a port range; narrowing intersects every proposed selector with every
 * allowed one and keeps the non-empty overlaps in the peer's order, which is the "narrow to the
 * intersection" answer of §2.9. An empty result means TS_UNACCEPTABLE.
 */
public final class TsNarrowing {
    private TsNarrowing() {
    }

    /**
     * The payload's IPv4/IPv6 address range selectors. Other TS types (FC, security labels, unknown) are
     * ignored, and so are ranges we cannot represent: start after end, or the OPAQUE port range 65535-0
     * (RFC 4301 §4.4.1.1), which never matches a configured selector.
     */
    public static List<TrafficSelector> fromPayload(Ikev2TsPayload ts) {
        List<TrafficSelector> out = new ArrayList<>(ts.selectors().size());
        for (Ikev2TrafficSelector s : ts.selectors()) {
            if (s instanceof Ikev2AddressRangeSelector r) {
                TrafficSelector t = toSelector(r);
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return List.copyOf(out);
    }

    public static Ikev2TsPayload toPayload(boolean initiator, List<TrafficSelector> selectors) {
        List<Ikev2TrafficSelector> out = new ArrayList<>(selectors.size());
        for (TrafficSelector s : selectors) {
            out.add(new Ikev2AddressRangeSelector(s.tsType(), s.protocol(), s.startPort(), s.endPort(),
                    Bytes.wrap(s.startAddress().getAddress()), Bytes.wrap(s.endAddress().getAddress())));
        }
        return new Ikev2TsPayload(initiator, out);
    }

    /** Every non-empty overlap of a proposed and an allowed selector, in the peer's order, without duplicates. */
    public static List<TrafficSelector> narrow(List<TrafficSelector> proposed, List<TrafficSelector> allowed) {
        List<TrafficSelector> out = new ArrayList<>();
        for (TrafficSelector p : proposed) {
            for (TrafficSelector a : allowed) {
                TrafficSelector x = overlap(p, a);
                if (x != null && !out.contains(x)) {
                    out.add(x);
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Initiator's check of the responder's TS (RFC 7296 §2.9: the responder may only narrow): every selector
     * inside one we proposed. An empty list is never acceptable.
     */
    public static boolean isSubset(List<TrafficSelector> narrowed, List<TrafficSelector> proposed) {
        if (narrowed.isEmpty()) {
            return false;
        }
        for (TrafficSelector n : narrowed) {
            if (proposed.stream().noneMatch(p -> contains(p, n))) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code inner} is entirely inside {@code outer}. */
    public static boolean contains(TrafficSelector outer, TrafficSelector inner) {
        return outer.ipv4() == inner.ipv4()
                && (outer.protocol() == 0 || outer.protocol() == inner.protocol())
                && outer.startPort() <= inner.startPort() && inner.endPort() <= outer.endPort()
                && compare(outer.startAddress(), inner.startAddress()) <= 0
                && compare(inner.endAddress(), outer.endAddress()) <= 0;
    }

    /** The overlap of two selectors: same family, compatible protocol (0 = any), overlapping ports and addresses. */
    public static Optional<TrafficSelector> intersect(TrafficSelector a, TrafficSelector b) {
        return Optional.ofNullable(overlap(a, b));
    }

    /** {@link #intersect}, null for none (no Optional per pair on the IKE_AUTH path). */
    private static TrafficSelector overlap(TrafficSelector a, TrafficSelector b) {
        if (a.ipv4() != b.ipv4()) {
            return null;
        }
        int proto;
        if (a.protocol() == 0 || a.protocol() == b.protocol()) {
            proto = b.protocol();
        } else if (b.protocol() == 0) {
            proto = a.protocol();
        } else {
            return null;
        }
        int lo = Math.max(a.startPort(), b.startPort());
        int hi = Math.min(a.endPort(), b.endPort());
        // the overlap's bounds are existing addresses: the later start, the earlier end
        InetAddress start = compare(a.startAddress(), b.startAddress()) >= 0 ? a.startAddress() : b.startAddress();
        InetAddress end = compare(a.endAddress(), b.endAddress()) <= 0 ? a.endAddress() : b.endAddress();
        if (lo > hi || compare(start, end) > 0) {
            return null;
        }
        if (lo == a.startPort() && hi == a.endPort() && proto == a.protocol()
                && start == a.startAddress() && end == a.endAddress()) {
            return a; // a inside b: the common case of a proposal within the policy
        }
        return new TrafficSelector(start, end, proto, lo, hi);
    }

    private static TrafficSelector toSelector(Ikev2AddressRangeSelector r) {
        if (r.startPort() > r.endPort() || r.startAddress().compareTo(r.endAddress()) > 0) {
            return null;
        }
        byte[] s = r.startAddress().toByteArray();
        byte[] e = r.endAddress().toByteArray();
        return new TrafficSelector(addr(s), addr(e), r.ipProtocol(), r.startPort(), r.endPort());
    }

    /** Addresses of one family as unsigned big-endian numbers. */
    private static int compare(InetAddress x, InetAddress y) {
        return x == y ? 0 : Arrays.compareUnsigned(x.getAddress(), y.getAddress());
    }

    /** 16 octets always give an Inet6Address (InetAddress.getByAddress would turn ::ffff:a.b.c.d into IPv4). */
    private static InetAddress addr(byte[] b) {
        try {
            return b.length == 16 ? Inet6Address.getByAddress(null, b, -1) : InetAddress.getByAddress(b);
        } catch (UnknownHostException ex) {
            throw new IllegalStateException(ex); // unreachable: 4 or 16 octets
        }
    }
}
