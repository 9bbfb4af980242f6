package io.ike4j.negotiator.proposal;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v1.IdPayload;
import io.ike4j.config.TrafficSelector;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Quick Mode proxy identities (RFC 2409 §5.5, RFC 2407 §4.6.2): a traffic selector as an IKEv1 ID payload and back.
 * One address is ID_IPV4_ADDR / ID_IPV6_ADDR, a prefix ID_*_ADDR_SUBNET (address and mask), anything else
 * ID_*_ADDR_RANGE; the protocol goes as it is and the port as one port, 0 for all. IKEv1 cannot say a port range: such
 * a selector has no proxy ID (empty), as a mask that is not a prefix has no selector.
 */
public final class ProxyIds {
    private static final int ADDR4 = 1;
    private static final int SUBNET4 = 4;
    private static final int ADDR6 = 5;
    private static final int SUBNET6 = 6;
    private static final int RANGE4 = 7;
    private static final int RANGE6 = 8;

    private ProxyIds() {
    }

    /** The ID payload of {@code ts}, or empty if IKEv1 cannot express its ports (a range other than one port or all). */
    public static Optional<IdPayload> toPayload(TrafficSelector ts) {
        int port;
        if (ts.startPort() == 0 && ts.endPort() == 65535) {
            port = 0;
        } else if (ts.startPort() == ts.endPort() && ts.startPort() != 0) {
            port = ts.startPort();
        } else {
            return Optional.empty();
        }
        byte[] a = ts.startAddress().getAddress();
        byte[] b = ts.endAddress().getAddress();
        boolean v4 = a.length == 4;
        if (Arrays.equals(a, b)) {
            return Optional.of(new IdPayload(v4 ? ADDR4 : ADDR6, ts.protocol(), port, Bytes.wrap(a)));
        }
        int prefix = prefixLength(a, b);
        if (prefix >= 0) {
            byte[] mask = mask(a.length, prefix);
            return Optional.of(new IdPayload(v4 ? SUBNET4 : SUBNET6, ts.protocol(), port, Bytes.wrap(concat(a, mask))));
        }
        return Optional.of(new IdPayload(v4 ? RANGE4 : RANGE6, ts.protocol(), port, Bytes.wrap(concat(a, b))));
    }

    /** The traffic selector an ID payload names, or empty for other ID types, wrong lengths, or a mask not a prefix. */
    public static Optional<TrafficSelector> fromPayload(IdPayload id) {
        byte[] d = id.data().toByteArray();
        int n = switch (id.idType()) {
            case ADDR4, SUBNET4, RANGE4 -> 4;
            case ADDR6, SUBNET6, RANGE6 -> 16;
            default -> 0;
        };
        boolean single = id.idType() == ADDR4 || id.idType() == ADDR6;
        if (n == 0 || d.length != (single ? n : 2 * n)) {
            return Optional.empty();
        }
        byte[] start = Arrays.copyOf(d, n);
        byte[] end;
        if (single) {
            end = start;
        } else if (id.idType() == SUBNET4 || id.idType() == SUBNET6) {
            byte[] mask = Arrays.copyOfRange(d, n, 2 * n);
            if (!isPrefix(mask)) {
                return Optional.empty();
            }
            end = new byte[n];
            for (int i = 0; i < n; i++) {
                start[i] &= mask[i];
                end[i] = (byte) (start[i] | ~mask[i]);
            }
        } else {
            end = Arrays.copyOfRange(d, n, 2 * n);
            if (Arrays.compareUnsigned(start, end) > 0) {
                return Optional.empty();
            }
        }
        try {
            int lo = id.port() == 0 ? 0 : id.port();
            int hi = id.port() == 0 ? 65535 : id.port();
            return Optional.of(new TrafficSelector(InetAddress.getByAddress(start), InetAddress.getByAddress(end),
                    id.protocolId(), lo, hi));
        } catch (UnknownHostException e) {
            return Optional.empty(); // cannot happen for 4 or 16 octets
        }
    }

    /** The prefix length if [a, b] is exactly one prefix, else -1. */
    private static int prefixLength(byte[] a, byte[] b) {
        int bits = a.length * 8;
        for (int p = 0; p <= bits; p++) {
            byte[] m = mask(a.length, p);
            boolean ok = true;
            for (int i = 0; i < a.length && ok; i++) {
                ok = (a[i] & ~m[i]) == 0 && (b[i] | m[i]) == (byte) 0xFF && (a[i] & m[i]) == (b[i] & m[i]);
            }
            if (ok) {
                return p;
            }
        }
        return -1;
    }

    private static byte[] mask(int octets, int prefix) {
        byte[] m = new byte[octets];
        for (int i = 0; i < octets; i++) {
            int bitsHere = Math.max(0, Math.min(8, prefix - 8 * i));
            m[i] = (byte) (0xFF << (8 - bitsHere));
        }
        return m;
    }

    private static boolean isPrefix(byte[] mask) {
        boolean zero = false;
        for (byte x : mask) {
            for (int bit = 7; bit >= 0; bit--) {
                boolean one = ((x >> bit) & 1) == 1;
                if (one && zero) {
                    return false;
                }
                zero |= !one;
            }
        }
        return true;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
