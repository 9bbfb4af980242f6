package io.ike4j.codec.v2;

import io.ike4j.codec.Bytes;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.ArrayList;
import java.util.List;

/** jqwik generators for every IKEv2 payload type and for whole messages. */
final class Ikev2Arbitraries {
    private Ikev2Arbitraries() {
    }

    static Arbitrary<Bytes> bytes(int min, int max) {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(min).ofMaxSize(max).map(Bytes::wrap);
    }

    static Arbitrary<Integer> u8() {
        return Arbitraries.integers().between(0, 255);
    }

    static Arbitrary<Integer> u16() {
        return Arbitraries.integers().between(0, 65535);
    }

    static Arbitrary<Integer> u24() {
        return Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 0xffffff));
    }

    /** Payload flags octet: mostly 0, sometimes critical and/or reserved bits. */
    static Arbitrary<Integer> flags() {
        return Arbitraries.frequency(
                net.jqwik.api.Tuple.of(6, 0), net.jqwik.api.Tuple.of(1, 0x80), net.jqwik.api.Tuple.of(1, 0x7f),
                net.jqwik.api.Tuple.of(1, 0x81)).flatMap(Arbitraries::just);
    }

    static Arbitrary<Ikev2TransformAttribute> transformAttribute() {
        Arbitrary<Ikev2TransformAttribute> tv = Combinators.combine(Arbitraries.integers().between(0, 0x7fff), u16())
                .as((t, v) -> new Ikev2TransformAttribute(t, true, Bytes.wrap(new byte[] {(byte) (v >> 8), v.byteValue()})));
        Arbitrary<Ikev2TransformAttribute> tlv = Combinators.combine(Arbitraries.integers().between(0, 0x7fff), bytes(0, 12))
                .as((t, v) -> new Ikev2TransformAttribute(t, false, v));
        return Arbitraries.oneOf(tv, tlv);
    }

    static Arbitrary<Ikev2Transform> transform() {
        return Combinators.combine(u8(), Arbitraries.integers().between(1, 5), u8(), u16(),
                        transformAttribute().list().ofMaxSize(2))
                .as((r1, type, r2, id, attrs) -> new Ikev2Transform(r1 % 3 == 0 ? r1 : 0, type, r2 % 3 == 0 ? r2 : 0, id, attrs));
    }

    static Arbitrary<Ikev2Proposal> proposal() {
        return Combinators.combine(u8(), Arbitraries.integers().between(1, 255), Arbitraries.integers().between(1, 3),
                        Arbitraries.of(0, 4, 8).flatMap(n -> bytes(n, n)), transform().list().ofMaxSize(6))
                .as((r, num, proto, spi, ts) -> new Ikev2Proposal(r % 5 == 0 ? r : 0, num, proto, spi, ts));
    }

    static Arbitrary<Ikev2TrafficSelector> selector() {
        Arbitrary<Ikev2TrafficSelector> v4 = Combinators.combine(u8(), u16(), u16(), bytes(4, 4), bytes(4, 4))
                .as((p, s, e, a, b) -> new Ikev2AddressRangeSelector(7, p, s, e, a, b));
        Arbitrary<Ikev2TrafficSelector> v6 = Combinators.combine(u8(), u16(), u16(), bytes(16, 16), bytes(16, 16))
                .as((p, s, e, a, b) -> new Ikev2AddressRangeSelector(8, p, s, e, a, b));
        Arbitrary<Ikev2TrafficSelector> raw = Combinators.combine(
                        Arbitraries.integers().between(9, 255), u8(), bytes(0, 20))
                .as(Ikev2RawTrafficSelector::new);
        return Arbitraries.oneOf(v4, v6, raw);
    }

    /** Every payload type that may appear in a plaintext chain (no SK/SKF). */
    static Arbitrary<Ikev2Payload> innerPayload() {
        List<Arbitrary<? extends Ikev2Payload>> all = new ArrayList<>();
        all.add(Combinators.combine(proposal().list().ofMinSize(1).ofMaxSize(3), flags()).as(Ikev2SaPayload::new));
        all.add(Combinators.combine(u16(), u16(), bytes(0, 64), flags()).as(Ikev2KePayload::new));
        all.add(Combinators.combine(Arbitraries.of(true, false), u8(), u24(), bytes(0, 24), flags()).as(Ikev2IdPayload::new));
        all.add(Combinators.combine(u8(), bytes(0, 40), flags()).as(Ikev2CertPayload::new));
        all.add(Combinators.combine(u8(), bytes(0, 40), flags()).as(Ikev2CertReqPayload::new));
        all.add(Combinators.combine(u8(), u24(), bytes(0, 32), flags()).as(Ikev2AuthPayload::new));
        all.add(Combinators.combine(bytes(0, 32), flags()).as(Ikev2NoncePayload::new));
        all.add(Combinators.combine(u8(), Arbitraries.of(0, 4, 8).flatMap(n -> bytes(n, n)), u16(), bytes(0, 24), flags())
                .as(Ikev2NotifyPayload::new));
        all.add(Combinators.combine(u8(), Arbitraries.of(0, 4, 8), flags(), Arbitraries.integers().between(0, 4))
                .flatAs((proto, size, f, count) -> bytes(size, size).list().ofSize(size == 0 ? 0 : count)
                        .map(spis -> new Ikev2DeletePayload(proto, size, spis, f))));
        all.add(Combinators.combine(bytes(0, 24), flags()).as(Ikev2VendorIdPayload::new));
        all.add(Combinators.combine(Arbitraries.of(true, false), u24(), selector().list().ofMaxSize(4), flags())
                .as(Ikev2TsPayload::new));
        all.add(Combinators.combine(u8(), u24(),
                        Combinators.combine(Arbitraries.of(false, true), Arbitraries.integers().between(0, 0x7fff), bytes(0, 16))
                                .as(Ikev2CpAttribute::new).list().ofMaxSize(4), flags())
                .as(Ikev2CpPayload::new));
        all.add(Combinators.combine(bytes(0, 30), flags()).as(Ikev2EapPayload::new));
        all.add(Combinators.combine(unknownType(), bytes(0, 20), Arbitraries.integers().between(0, 0x7f))
                .as(Ikev2UnknownPayload::new));
        return Arbitraries.oneOf(all);
    }

    /** Types the codec keeps raw (never critical, else the decoder rejects them). */
    static Arbitrary<Integer> unknownType() {
        return Arbitraries.oneOf(Arbitraries.integers().between(1, 32), Arbitraries.of(49, 50, 51, 52),
                Arbitraries.integers().between(54, 255));
    }

    static Arbitrary<Ikev2Payload> envelope() {
        Arbitrary<Ikev2Payload> sk = Combinators.combine(u8(), bytes(0, 64), flags()).as(Ikev2SkPayload::new);
        Arbitrary<Ikev2Payload> skf = Combinators.combine(u8(), Arbitraries.integers().between(1, 65535), bytes(0, 64), flags())
                .flatAs((next, total, body, f) -> Arbitraries.integers().between(1, total)
                        .map(n -> new Ikev2SkfPayload(next, n, total, body, f)));
        return Arbitraries.oneOf(sk, skf);
    }

    static Arbitrary<Ikev2Header> header() {
        return Combinators.combine(bytes(8, 8), bytes(8, 8), Arbitraries.integers().between(0, 15), u8(), u8(),
                        Arbitraries.longs().between(0, 0xffffffffL))
                .as((i, r, minor, x, f, mid) -> new Ikev2Header(i, r, 2, minor, x, f, mid));
    }

    static Arbitrary<Ikev2Message> message() {
        return Combinators.combine(header(), innerPayload().list().ofMaxSize(6),
                        Arbitraries.frequency(net.jqwik.api.Tuple.of(2, false), net.jqwik.api.Tuple.of(1, true))
                                .flatMap(Arbitraries::just),
                        envelope())
                .as((h, ps, withEnvelope, env) -> {
                    List<Ikev2Payload> all = new ArrayList<>(ps);
                    if (withEnvelope) {
                        all.add(env);
                    }
                    return new Ikev2Message(h, all);
                });
    }
}
