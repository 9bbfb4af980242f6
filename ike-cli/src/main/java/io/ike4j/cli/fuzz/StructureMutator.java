package io.ike4j.cli.fuzz;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2AuthPayload;
import io.ike4j.codec.v2.Ikev2CertPayload;
import io.ike4j.codec.v2.Ikev2CertReqPayload;
import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2CpPayload;
import io.ike4j.codec.v2.Ikev2DeletePayload;
import io.ike4j.codec.v2.Ikev2EapPayload;
import io.ike4j.codec.v2.Ikev2Header;
import io.ike4j.codec.v2.Ikev2IdPayload;
import io.ike4j.codec.v2.Ikev2KePayload;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2NoncePayload;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.Ikev2Proposal;
import io.ike4j.codec.v2.Ikev2RawEncoder;
import io.ike4j.codec.v2.Ikev2RawEncoder.RawPayload;
import io.ike4j.codec.v2.Ikev2SaPayload;
import io.ike4j.codec.v2.Ikev2Transform;
import io.ike4j.codec.v2.Ikev2TransformAttribute;
import io.ike4j.codec.v2.Ikev2TsPayload;
import io.ike4j.codec.v2.Ikev2UnknownPayload;
import io.ike4j.codec.v2.Ikev2VendorIdPayload;
import io.ike4j.codec.v2.iana.Ikev2PayloadType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Structure-aware mutations over the codec's payload records (RFC 7296 §3): insert, remove, repeat and reorder
 * payloads, boundary values in their fields, reserved and critical bits, header fields; and, for messages sent as
 * octets (IKE_SA_INIT), wrong next-payload, payload-length and message-length fields written by
 * {@link Ikev2RawEncoder} (the codec can encode what it cannot decode). Deterministic in the generator given.
 */
public final class StructureMutator {
    /** Payload types kept raw by the codec (unassigned or private use), for inserted unknown payloads. */
    private static final int[] UNKNOWN_TYPES = {1, 32, 49, 50, 51, 52, 54, 99, 127, 128, 200, 254, 255};
    private static final int[] NOTIFY_TYPES = {0, 1, 7, 14, 17, 24, 16383, 16384, 16388, 16389, 16390, 16404, 16430, 16431,
            40959, 40960, 65535};
    private static final int[] NEXT_VALUES = {0, 1, 32, 33, 34, 35, 39, 40, 41, 46, 47, 48, 53, 128, 255};

    /** A mutated message: as records (IKE_AUTH, encoded and protected by the engine) or as octets. */
    public record Mutated(Ikev2Message message, byte[] octets, Mutation mutation) {
        /** The octets to send: the raw ones, else the message encoded by the codec. */
        public byte[] encoded() {
            return octets != null ? octets : Ikev2Codec.encode(message);
        }
    }

    private StructureMutator() {
    }

    /** Kinds that keep the message a list of records (usable inside SK). */
    public static List<Mutation.Kind> recordKinds() {
        return List.of(Mutation.Kind.INSERT_PAYLOAD, Mutation.Kind.REMOVE_PAYLOAD, Mutation.Kind.REPEAT_PAYLOAD,
                Mutation.Kind.REORDER_PAYLOADS, Mutation.Kind.FIELD_VALUE, Mutation.Kind.PAYLOAD_FLAGS,
                Mutation.Kind.HEADER_FIELD);
    }

    /** All kinds, the raw-encoder ones included (for plain messages). */
    public static List<Mutation.Kind> allKinds() {
        List<Mutation.Kind> k = new ArrayList<>(recordKinds());
        k.addAll(List.of(Mutation.Kind.NEXT_PAYLOAD, Mutation.Kind.PAYLOAD_LENGTH, Mutation.Kind.MESSAGE_LENGTH));
        return List.copyOf(k);
    }

    /** A random mutation; with {@code raw} the raw-encoder kinds too. */
    public static Mutated mutate(Ikev2Message m, SplittableRandom r, boolean raw) {
        List<Mutation.Kind> kinds = raw ? allKinds() : recordKinds();
        return mutate(m, kinds.get(r.nextInt(kinds.size())), r);
    }

    /** One mutation of {@code kind}; kinds that do not apply (remove from an empty message) fall back to an insert. */
    public static Mutated mutate(Ikev2Message m, Mutation.Kind kind, SplittableRandom r) {
        List<Ikev2Payload> p = new ArrayList<>(m.payloads());
        Ikev2Header h = m.header();
        if (p.isEmpty() && kind != Mutation.Kind.HEADER_FIELD && kind != Mutation.Kind.MESSAGE_LENGTH) {
            kind = Mutation.Kind.INSERT_PAYLOAD;
        }
        switch (kind) {
            case INSERT_PAYLOAD -> {
                Ikev2Payload add = randomPayload(p, r);
                int at = r.nextInt(p.size() + 1);
                p.add(at, add);
                return rec(h, p, kind, name(add) + " inserted at position " + at, false);
            }
            case REMOVE_PAYLOAD -> {
                int at = r.nextInt(p.size());
                Ikev2Payload gone = p.remove(at);
                return rec(h, p, kind, name(gone) + " at position " + at + " removed", authRelevant(gone));
            }
            case REPEAT_PAYLOAD -> {
                int at = r.nextInt(p.size());
                int times = r.nextInt(5) == 0 ? 2 + r.nextInt(40) : 1;
                for (int i = 0; i < times; i++) {
                    p.add(at + 1, p.get(at));
                }
                return rec(h, p, kind, name(p.get(at)) + " at position " + at + " repeated " + times + " more time(s)", false);
            }
            case REORDER_PAYLOADS -> {
                if (p.size() < 2) {
                    p.add(p.get(0));
                    return rec(h, p, kind, "single payload repeated", false);
                }
                int how = r.nextInt(3);
                String d;
                if (how == 0) {
                    Collections.reverse(p);
                    d = "payloads reversed";
                } else if (how == 1) {
                    int a = r.nextInt(p.size());
                    int b = (a + 1 + r.nextInt(p.size() - 1)) % p.size();
                    Collections.swap(p, a, b);
                    d = "payloads " + a + " and " + b + " swapped";
                } else {
                    Collections.shuffle(p, new java.util.Random(r.nextLong()));
                    d = "payloads shuffled";
                }
                return rec(h, p, kind, d + " -> " + names(p), false);
            }
            case FIELD_VALUE -> {
                int at = r.nextInt(p.size());
                Ikev2Payload old = p.get(at);
                Field f = field(old, r);
                p.set(at, f.payload());
                return rec(h, p, kind, name(old) + " at position " + at + ": " + f.description(), breaksAuth(old, f.payload()));
            }
            case PAYLOAD_FLAGS -> {
                int at = r.nextInt(p.size());
                Ikev2Payload old = p.get(at);
                int[] values = {0x80, 0x01, 0x40, 0x7f, 0xff};
                int v = values[r.nextInt(values.length)];
                Ikev2Payload changed = withFlags(old, v);
                if (changed == null) {
                    return mutate(m, Mutation.Kind.FIELD_VALUE, r);
                }
                p.set(at, changed);
                return rec(h, p, kind, String.format("%s at position %d: flags octet := 0x%02x%s", name(old), at, v,
                        (v & 0x80) != 0 ? " (critical)" : ""), false);
            }
            case HEADER_FIELD -> {
                return header(h, p, r);
            }
            case NEXT_PAYLOAD -> {
                List<RawPayload> raw = new ArrayList<>(Ikev2RawEncoder.toRaw(new Ikev2Message(h, p)));
                int v = NEXT_VALUES[r.nextInt(NEXT_VALUES.length)];
                int at = r.nextInt(raw.size() + 1);
                if (at == raw.size()) {
                    return raw(Ikev2RawEncoder.encode(h, v, -1, raw), kind, "IKE header next payload := " + v, h, p);
                }
                raw.set(at, raw.get(at).withNextPayload(v));
                return raw(Ikev2RawEncoder.encode(h, raw), kind, name(p.get(at)) + " at position " + at + ": next payload := " + v, h, p);
            }
            case PAYLOAD_LENGTH -> {
                List<RawPayload> raw = new ArrayList<>(Ikev2RawEncoder.toRaw(new Ikev2Message(h, p)));
                int at = r.nextInt(raw.size());
                int len = 4 + raw.get(at).body().length();
                int[] values = {0, 1, 3, 4, 5, len - 1, len + 1, len + 4, 0x7fff, 0xffff};
                int v = Math.max(0, values[r.nextInt(values.length)]);
                raw.set(at, raw.get(at).withLength(v));
                return raw(Ikev2RawEncoder.encode(h, raw), kind, name(p.get(at)) + " at position " + at
                        + ": payload length := " + v + " (true " + len + ")", h, p);
            }
            default -> { // MESSAGE_LENGTH
                List<RawPayload> raw = Ikev2RawEncoder.toRaw(new Ikev2Message(h, p));
                int len = Ikev2RawEncoder.encode(h, raw).length;
                long[] values = {0, 1, 27, 28, 29, len - 1L, len + 1L, 0xffffL, 0x7fffffffL, 0xffffffffL};
                long v = Math.max(0, values[r.nextInt(values.length)]);
                return raw(Ikev2RawEncoder.encode(h, -1, v, raw), kind, "IKE header length := " + v + " (true " + len + ")", h, p);
            }
        }
    }

    private static Mutated rec(Ikev2Header h, List<Ikev2Payload> p, Mutation.Kind kind, String d, boolean breaksAuth) {
        return new Mutated(new Ikev2Message(h, p), null, new Mutation(kind, d, breaksAuth));
    }

    private static Mutated raw(byte[] octets, Mutation.Kind kind, String d, Ikev2Header h, List<Ikev2Payload> p) {
        return new Mutated(new Ikev2Message(h, p), octets, new Mutation(kind, d, false));
    }

    /** AUTH, and IDi whose octets AUTH covers (RFC 7296 §2.15 RestOfInitIDPayload). */
    static boolean authRelevant(Ikev2Payload p) {
        return p instanceof Ikev2AuthPayload || p instanceof Ikev2IdPayload id && id.initiator();
    }

    /**
     * True when AUTH no longer matches: the AUTH method or data changed, or any octet of IDi after the generic
     * header (RFC 7296 §2.15 RestOfInitIDPayload). AUTH's reserved field and the flags octets are not covered.
     */
    static boolean breaksAuth(Ikev2Payload old, Ikev2Payload now) {
        if (old instanceof Ikev2AuthPayload a && now instanceof Ikev2AuthPayload b) {
            return a.method() != b.method() || !a.data().equals(b.data());
        }
        if (old instanceof Ikev2IdPayload a && a.initiator() && now instanceof Ikev2IdPayload b) {
            return a.idType() != b.idType() || a.reserved() != b.reserved() || !a.data().equals(b.data());
        }
        return false;
    }

    static String name(Ikev2Payload p) {
        if (p instanceof Ikev2NotifyPayload n) {
            return "N(" + io.ike4j.codec.v2.iana.Ikev2NotifyType.nameOf(n.notifyType()) + ")";
        }
        if (p instanceof Ikev2UnknownPayload u) {
            return "unknown payload " + u.type() + (u.critical() ? " (critical)" : "");
        }
        return Ikev2PayloadType.of(p.type()).map(Enum::name).orElse("payload " + p.type());
    }

    static String names(List<Ikev2Payload> p) {
        return p.stream().map(StructureMutator::name).toList().toString();
    }

    private static Bytes random(SplittableRandom r, int len) {
        byte[] b = new byte[len];
        for (int i = 0; i < len; i++) {
            b[i] = (byte) r.nextInt(256);
        }
        return Bytes.wrap(b);
    }

    private static int pick(SplittableRandom r, int... values) {
        return values[r.nextInt(values.length)];
    }

    private static int boundaryLength(SplittableRandom r, int current) {
        return Math.max(0, pick(r, 0, 1, 2, 15, 16, 31, 32, 33, 255, 256, 257, 1024, 4000, current - 1, current + 1));
    }

    /** Something a peer should ignore, reject or answer with a notify. */
    static Ikev2Payload randomPayload(List<Ikev2Payload> present, SplittableRandom r) {
        switch (r.nextInt(7)) {
            case 0, 1 -> {
                int type = UNKNOWN_TYPES[r.nextInt(UNKNOWN_TYPES.length)];
                return new Ikev2UnknownPayload(type, random(r, r.nextInt(64)), r.nextBoolean() ? Ikev2Payload.CRITICAL : 0);
            }
            case 2, 3 -> {
                int type = NOTIFY_TYPES[r.nextInt(NOTIFY_TYPES.length)];
                return new Ikev2NotifyPayload(pick(r, 0, 0, 1, 3), random(r, pick(r, 0, 0, 4, 8)), type,
                        random(r, pick(r, 0, 4, 20, 64, 300)), 0);
            }
            case 4 -> {
                return new Ikev2VendorIdPayload(random(r, pick(r, 0, 1, 16, 20, 300)));
            }
            default -> {
                // a second copy of a payload of the message, with other contents
                Ikev2Payload base = present.isEmpty() ? new Ikev2NoncePayload(random(r, 32)) : present.get(r.nextInt(present.size()));
                return field(base, r).payload();
            }
        }
    }

    record Field(Ikev2Payload payload, String description) {
    }

    /** A field of {@code p} set to a boundary or random value. */
    static Field field(Ikev2Payload p, SplittableRandom r) {
        if (p instanceof Ikev2SaPayload sa) {
            return saField(sa, r);
        }
        if (p instanceof Ikev2KePayload ke) {
            switch (r.nextInt(4)) {
                case 0 -> {
                    int g = pick(r, 0, 1, 2, 5, 14, 19, 21, 31, 32, 1024, 0xffff);
                    return new Field(new Ikev2KePayload(g, ke.reserved(), ke.keyData(), ke.flags()), "KE group := " + g);
                }
                case 1 -> {
                    int v = pick(r, 1, 0x80, 0xffff);
                    return new Field(new Ikev2KePayload(ke.group(), v, ke.keyData(), ke.flags()), "KE reserved := " + v);
                }
                case 2 -> {
                    int len = boundaryLength(r, ke.keyData().length());
                    return new Field(new Ikev2KePayload(ke.group(), ke.reserved(), random(r, len), ke.flags()),
                            "KE data := " + len + " random octets");
                }
                default -> {
                    boolean ones = r.nextBoolean();
                    byte[] b = new byte[ke.keyData().length()];
                    java.util.Arrays.fill(b, (byte) (ones ? 0xff : 0));
                    return new Field(new Ikev2KePayload(ke.group(), ke.reserved(), Bytes.wrap(b), ke.flags()),
                            "KE data := all " + (ones ? "0xff" : "zero"));
                }
            }
        }
        if (p instanceof Ikev2NoncePayload n) {
            int len = boundaryLength(r, n.nonce().length());
            return new Field(new Ikev2NoncePayload(random(r, len), n.flags()), "nonce := " + len + " octets");
        }
        if (p instanceof Ikev2NotifyPayload n) {
            switch (r.nextInt(4)) {
                case 0 -> {
                    int v = pick(r, 0, 1, 2, 3, 4, 255);
                    return new Field(new Ikev2NotifyPayload(v, n.spi(), n.notifyType(), n.data(), n.flags()), "protocol ID := " + v);
                }
                case 1 -> {
                    int len = pick(r, 0, 1, 4, 8, 16, 255);
                    return new Field(new Ikev2NotifyPayload(n.protocolId(), random(r, len), n.notifyType(), n.data(), n.flags()),
                            "SPI := " + len + " octets");
                }
                case 2 -> {
                    int v = NOTIFY_TYPES[r.nextInt(NOTIFY_TYPES.length)];
                    return new Field(new Ikev2NotifyPayload(n.protocolId(), n.spi(), v, n.data(), n.flags()), "type := " + v);
                }
                default -> {
                    int len = boundaryLength(r, n.data().length());
                    return new Field(new Ikev2NotifyPayload(n.protocolId(), n.spi(), n.notifyType(), random(r, len), n.flags()),
                            "data := " + len + " random octets");
                }
            }
        }
        if (p instanceof Ikev2IdPayload id) {
            switch (r.nextInt(4)) {
                case 0 -> {
                    int v = pick(r, 0, 1, 2, 3, 4, 5, 9, 10, 11, 12, 255);
                    return new Field(new Ikev2IdPayload(id.initiator(), v, id.reserved(), id.data(), id.flags()), "ID type := " + v);
                }
                case 1 -> {
                    int v = pick(r, 1, 0x800000, 0xffffff);
                    return new Field(new Ikev2IdPayload(id.initiator(), id.idType(), v, id.data(), id.flags()), "reserved := " + v);
                }
                case 2 -> {
                    return new Field(new Ikev2IdPayload(id.initiator(), id.idType(), id.reserved(), flipOne(id.data(), r), id.flags()),
                            "one octet of the identity changed");
                }
                default -> {
                    int len = boundaryLength(r, id.data().length());
                    return new Field(new Ikev2IdPayload(id.initiator(), id.idType(), id.reserved(), random(r, len), id.flags()),
                            "identity := " + len + " random octets");
                }
            }
        }
        if (p instanceof Ikev2AuthPayload a) {
            switch (r.nextInt(4)) {
                case 0 -> {
                    int v = pick(r, 0, 1, 2, 3, 9, 10, 11, 14, 201, 255);
                    return new Field(new Ikev2AuthPayload(v, a.reserved(), a.data(), a.flags()), "auth method := " + v);
                }
                case 1 -> {
                    return new Field(new Ikev2AuthPayload(a.method(), a.reserved(), flipOne(a.data(), r), a.flags()),
                            "one octet of the AUTH data changed");
                }
                case 2 -> {
                    int len = boundaryLength(r, a.data().length());
                    Bytes d = len <= a.data().length() ? a.data().slice(0, len)
                            : Bytes.wrap(concat(a.data().toByteArray(), random(r, len - a.data().length()).toByteArray()));
                    return new Field(new Ikev2AuthPayload(a.method(), a.reserved(), d, a.flags()),
                            "AUTH data cut/extended to " + len + " octets");
                }
                default -> {
                    int v = pick(r, 1, 0x800000, 0xffffff);
                    return new Field(new Ikev2AuthPayload(a.method(), v, a.data(), a.flags()), "reserved := " + v);
                }
            }
        }
        if (p instanceof Ikev2TsPayload ts) {
            if (r.nextBoolean() || ts.selectors().isEmpty()) {
                return new Field(new Ikev2TsPayload(ts.initiator(), pick(r, 1, 0xffffff), ts.selectors(), ts.flags()), "reserved changed");
            }
            List<io.ike4j.codec.v2.Ikev2TrafficSelector> s = new ArrayList<>();
            int n = pick(r, 0, 2, 20, 255);
            for (int i = 0; i < n; i++) {
                s.add(ts.selectors().get(i % ts.selectors().size()));
            }
            return new Field(new Ikev2TsPayload(ts.initiator(), ts.reserved(), s, ts.flags()), n + " traffic selectors");
        }
        if (p instanceof Ikev2VendorIdPayload v) {
            int len = boundaryLength(r, v.vendorId().length());
            return new Field(new Ikev2VendorIdPayload(random(r, len), v.flags()), "vendor ID := " + len + " random octets");
        }
        if (p instanceof Ikev2UnknownPayload u) {
            int len = boundaryLength(r, u.body().length());
            return new Field(new Ikev2UnknownPayload(u.type(), random(r, len), u.flags()), "body := " + len + " random octets");
        }
        // other payloads: flip a flags bit instead
        Ikev2Payload f = withFlags(p, 0x01);
        return f == null ? new Field(p, "unchanged") : new Field(f, "reserved bit 0x01 set");
    }

    private static Field saField(Ikev2SaPayload sa, SplittableRandom r) {
        List<Ikev2Proposal> props = new ArrayList<>(sa.proposals());
        if (props.isEmpty() || r.nextInt(8) == 0) {
            int n = pick(r, 0, 0, 2, 64);
            List<Ikev2Proposal> out = new ArrayList<>();
            for (int i = 0; i < n && !props.isEmpty(); i++) {
                Ikev2Proposal q = props.get(i % props.size());
                out.add(new Ikev2Proposal(q.reserved(), (i + 1) & 0xff, q.protocolId(), q.spi(), q.transforms()));
            }
            return new Field(new Ikev2SaPayload(out, sa.flags()), n + " proposals");
        }
        int pi = r.nextInt(props.size());
        Ikev2Proposal q = props.get(pi);
        String at = "proposal " + (pi + 1) + ": ";
        List<Ikev2Transform> t = new ArrayList<>(q.transforms());
        switch (r.nextInt(7)) {
            case 0 -> {
                int v = pick(r, 0, 2, 3, 255);
                props.set(pi, new Ikev2Proposal(q.reserved(), v, q.protocolId(), q.spi(), t));
                return sa(props, sa, at + "number := " + v);
            }
            case 1 -> {
                int v = pick(r, 0, 2, 3, 4, 255);
                props.set(pi, new Ikev2Proposal(q.reserved(), q.proposalNumber(), v, q.spi(), t));
                return sa(props, sa, at + "protocol ID := " + v);
            }
            case 2 -> {
                int len = pick(r, 1, 4, 8, 16, 255);
                props.set(pi, new Ikev2Proposal(q.reserved(), q.proposalNumber(), q.protocolId(), random(r, len), t));
                return sa(props, sa, at + "SPI := " + len + " octets");
            }
            case 3 -> {
                if (t.isEmpty()) {
                    return sa(props, sa, at + "unchanged (no transforms)");
                }
                int ti = r.nextInt(t.size());
                Ikev2Transform x = t.get(ti);
                boolean type = r.nextBoolean();
                int v = type ? pick(r, 0, 6, 7, 128, 241, 255) : pick(r, 0, 1, 255, 1024, 0xffff);
                t.set(ti, new Ikev2Transform(x.reserved1(), type ? v : x.transformType(), x.reserved2(), type ? x.transformId() : v,
                        x.attributes()));
                props.set(pi, new Ikev2Proposal(q.reserved(), q.proposalNumber(), q.protocolId(), q.spi(), t));
                return sa(props, sa, at + "transform " + (ti + 1) + (type ? " type := " : " ID := ") + v);
            }
            case 4 -> {
                if (t.isEmpty()) {
                    return sa(props, sa, at + "unchanged (no transforms)");
                }
                int ti = r.nextInt(t.size());
                Ikev2Transform x = t.get(ti);
                List<Ikev2TransformAttribute> attrs = new ArrayList<>();
                String d;
                if (r.nextBoolean()) {
                    int bits = pick(r, 0, 1, 64, 127, 129, 192, 512, 0xffff);
                    attrs.add(Ikev2TransformAttribute.keyLength(bits));
                    d = "key length := " + bits;
                } else {
                    int type = pick(r, 1, 14, 0x7fff);
                    attrs.addAll(x.attributes());
                    attrs.add(new Ikev2TransformAttribute(type, false, random(r, pick(r, 0, 2, 300))));
                    d = "TLV attribute " + type + " added";
                }
                t.set(ti, new Ikev2Transform(x.reserved1(), x.transformType(), x.reserved2(), x.transformId(), attrs));
                props.set(pi, new Ikev2Proposal(q.reserved(), q.proposalNumber(), q.protocolId(), q.spi(), t));
                return sa(props, sa, at + "transform " + (ti + 1) + " " + d);
            }
            case 5 -> {
                String d;
                if (!t.isEmpty() && r.nextBoolean()) {
                    int ti = r.nextInt(t.size());
                    t.remove(ti);
                    d = "transform " + (ti + 1) + " removed";
                } else {
                    int n = pick(r, 1, 2, 100);
                    for (int i = 0; i < n; i++) {
                        t.add(new Ikev2Transform(pick(r, 1, 2, 3, 4, 5, 6, 200), r.nextInt(0x10000)));
                    }
                    d = n + " random transforms added";
                }
                props.set(pi, new Ikev2Proposal(q.reserved(), q.proposalNumber(), q.protocolId(), q.spi(), t));
                return sa(props, sa, at + d);
            }
            default -> {
                int v = pick(r, 1, 2, 255);
                props.set(pi, new Ikev2Proposal(v, q.proposalNumber(), q.protocolId(), q.spi(), t));
                return sa(props, sa, at + "reserved/last-substructure octet := " + v);
            }
        }
    }

    private static Field sa(List<Ikev2Proposal> props, Ikev2SaPayload sa, String d) {
        return new Field(new Ikev2SaPayload(props, sa.flags()), d);
    }

    private static Bytes flipOne(Bytes b, SplittableRandom r) {
        if (b.isEmpty()) {
            return random(r, 1);
        }
        byte[] a = b.toByteArray();
        a[r.nextInt(a.length)] ^= (byte) (1 + r.nextInt(255));
        return Bytes.wrap(a);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static Mutated header(Ikev2Header h, List<Ikev2Payload> p, SplittableRandom r) {
        Ikev2Header n;
        String d;
        switch (r.nextInt(6)) {
            case 0 -> {
                int v = pick(r, 0, 33, 34, 35, 36, 37, 38, 43, 255);
                n = new Ikev2Header(h.initiatorSpi(), h.responderSpi(), h.majorVersion(), h.minorVersion(), v, h.flags(), h.messageId());
                d = "exchange type := " + v;
            }
            case 1 -> {
                int v = r.nextBoolean() ? pick(r, 0x00, 0x20, 0x28, 0x18, 0x38, 0xff) : h.flags() ^ (1 << r.nextInt(8));
                n = new Ikev2Header(h.initiatorSpi(), h.responderSpi(), h.majorVersion(), h.minorVersion(), h.exchangeType(), v,
                        h.messageId());
                d = String.format("flags := 0x%02x", v);
            }
            case 2 -> {
                long v = new long[]{1, 2, 0x7fffffffL, 0xffffffffL, h.messageId() + 1}[r.nextInt(5)];
                n = new Ikev2Header(h.initiatorSpi(), h.responderSpi(), h.majorVersion(), h.minorVersion(), h.exchangeType(), h.flags(), v);
                d = "message ID := " + v;
            }
            case 3 -> {
                int major = pick(r, 0, 1, 2, 3, 15);
                int minor = pick(r, 0, 1, 15);
                n = new Ikev2Header(h.initiatorSpi(), h.responderSpi(), major, minor, h.exchangeType(), h.flags(), h.messageId());
                d = "version := " + major + "." + minor;
            }
            case 4 -> {
                Bytes spi = r.nextBoolean() ? random(r, 8) : Bytes.wrap(new byte[8]);
                n = new Ikev2Header(h.initiatorSpi(), spi, h.majorVersion(), h.minorVersion(), h.exchangeType(), h.flags(), h.messageId());
                d = "responder SPI := " + spi.toHex();
            }
            default -> {
                Bytes spi = r.nextBoolean() ? random(r, 8) : Bytes.wrap(new byte[8]);
                n = new Ikev2Header(spi, h.responderSpi(), h.majorVersion(), h.minorVersion(), h.exchangeType(), h.flags(), h.messageId());
                d = "initiator SPI := " + spi.toHex();
            }
        }
        return rec(n, p, Mutation.Kind.HEADER_FIELD, d, false);
    }

    /** {@code p} with another flags octet (critical bit, reserved bits), or null for types without one here. */
    static Ikev2Payload withFlags(Ikev2Payload p, int f) {
        if (p instanceof Ikev2SaPayload x) {
            return new Ikev2SaPayload(x.proposals(), f);
        } else if (p instanceof Ikev2KePayload x) {
            return new Ikev2KePayload(x.group(), x.reserved(), x.keyData(), f);
        } else if (p instanceof Ikev2IdPayload x) {
            return new Ikev2IdPayload(x.initiator(), x.idType(), x.reserved(), x.data(), f);
        } else if (p instanceof Ikev2AuthPayload x) {
            return new Ikev2AuthPayload(x.method(), x.reserved(), x.data(), f);
        } else if (p instanceof Ikev2NoncePayload x) {
            return new Ikev2NoncePayload(x.nonce(), f);
        } else if (p instanceof Ikev2NotifyPayload x) {
            return new Ikev2NotifyPayload(x.protocolId(), x.spi(), x.notifyType(), x.data(), f);
        } else if (p instanceof Ikev2VendorIdPayload x) {
            return new Ikev2VendorIdPayload(x.vendorId(), f);
        } else if (p instanceof Ikev2TsPayload x) {
            return new Ikev2TsPayload(x.initiator(), x.reserved(), x.selectors(), f);
        } else if (p instanceof Ikev2EapPayload x) {
            return new Ikev2EapPayload(x.message(), f);
        } else if (p instanceof Ikev2DeletePayload x) {
            return new Ikev2DeletePayload(x.protocolId(), x.spiSize(), x.spis(), f);
        } else if (p instanceof Ikev2CertReqPayload x) {
            return new Ikev2CertReqPayload(x.encoding(), x.authority(), f);
        } else if (p instanceof Ikev2CertPayload x) {
            return new Ikev2CertPayload(x.encoding(), x.data(), f);
        } else if (p instanceof Ikev2CpPayload x) {
            return new Ikev2CpPayload(x.cfgType(), x.reserved(), x.attributes(), f);
        } else if (p instanceof Ikev2UnknownPayload x) {
            return new Ikev2UnknownPayload(x.type(), x.body(), f);
        }
        return null;
    }
}
