package io.ike4j.codec.v1;

import io.ike4j.codec.Bytes;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.ArrayList;
import java.util.List;

/** jqwik generators for every ISAKMP record, used by the lossless and hostile-input properties. */
final class V1Arbitraries {
    private V1Arbitraries() {
    }

    static Arbitrary<Bytes> bytes(int max) {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(max).map(Bytes::wrap);
    }

    static Arbitrary<Integer> octet() {
        return Arbitraries.integers().between(0, 255);
    }

    static Arbitrary<Integer> u16() {
        return Arbitraries.integers().between(0, 0xffff);
    }

    static Arbitrary<DataAttribute> attribute() {
        Arbitrary<Integer> type = Arbitraries.integers().between(0, 0x7fff);
        return Arbitraries.oneOf(
                Combinators.combine(type, u16()).as(DataAttribute::tv),
                Combinators.combine(type, bytes(12)).as(DataAttribute::tlv));
    }

    static Arbitrary<Transform> transform() {
        return Combinators.combine(octet(), octet(), attribute().list().ofMaxSize(5)).as(Transform::new);
    }

    static Arbitrary<Proposal> proposal() {
        return Combinators.combine(octet(), octet(), bytes(16), transform().list().ofMaxSize(3)).as(Proposal::new);
    }

    static Arbitrary<SaPayload> sa() {
        Arbitrary<SaPayload> decoded = Combinators.combine(Arbitraries.of(0, 1), proposal().list().ofMaxSize(3))
                .as(SaPayload::ipsec);
        Arbitrary<SaPayload> otherDoi = Combinators.combine(Arbitraries.integers().filter(d -> d != 1), bytes(20))
                .as((doi, s) -> new SaPayload(doi, s, List.of()));
        Arbitrary<SaPayload> labeled = Combinators.combine(Arbitraries.integers().between(2, 7), bytes(20))
                .as((sit, rest) -> {
                    byte[] s = new byte[4 + rest.length()];
                    s[3] = (byte) sit.intValue();
                    rest.copyTo(s, 4);
                    return new SaPayload(1, Bytes.wrap(s), List.of());
                });
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, decoded), net.jqwik.api.Tuple.of(1, otherDoi), net.jqwik.api.Tuple.of(1, labeled));
    }

    static Arbitrary<IsakmpPayload> payload() {
        return Arbitraries.oneOf(List.of(
                sa().map(p -> p),
                bytes(40).map(KePayload::new),
                Combinators.combine(octet(), octet(), u16(), bytes(20)).as(IdPayload::new),
                Combinators.combine(octet(), bytes(20)).as(CertPayload::new),
                Combinators.combine(octet(), bytes(20)).as(CertReqPayload::new),
                bytes(24).map(HashPayload::new),
                bytes(24).map(SigPayload::new),
                bytes(24).map(NoncePayload::new),
                Combinators.combine(Arbitraries.integers(), octet(), u16(), bytes(16), bytes(12)).as(NotifyPayload::new),
                delete(),
                bytes(20).map(VendorIdPayload::new),
                Combinators.combine(octet(), u16(), attribute().list().ofMaxSize(4)).as(AttributePayload::new),
                Combinators.combine(Arbitraries.of(20, 130), bytes(20)).as(NatDPayload::new),
                Combinators.combine(Arbitraries.of(21, 131), octet(), bytes(16)).as(NatOaPayload::new),
                Combinators.combine(u16(), octet(), octet(), bytes(20)).as(FragmentPayload::new),
                Combinators.combine(octet().filter(t -> t != 0 && !IsakmpCodec.isDecodedType(t)), bytes(20))
                        .as(UnknownPayload::new)));
    }

    static Arbitrary<IsakmpPayload> delete() {
        return Combinators.combine(Arbitraries.integers(), octet(), Arbitraries.integers().between(1, 16),
                Arbitraries.integers().between(0, 3), Arbitraries.bytes().array(byte[].class).ofSize(64))
                .as((doi, proto, size, count, pool) -> {
                    List<Bytes> spis = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        spis.add(Bytes.wrap(pool, i * size, size));
                    }
                    return new DeletePayload(doi, proto, size, spis);
                });
    }

    /** A payload chain, optionally followed by trailing octets. */
    static Arbitrary<List<IsakmpPayload>> chain() {
        return Combinators.combine(payload().list().ofMaxSize(6), bytes(12)).as((list, trailing) -> {
            List<IsakmpPayload> l = new ArrayList<>(list);
            if (!trailing.isEmpty()) {
                l.add(new TrailingBytes(trailing));
            }
            return l;
        });
    }

    static Arbitrary<IsakmpHeader> header(boolean encrypted) {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.longs(), octet(),
                Arbitraries.integers().between(0, 15), octet(), octet(), Arbitraries.integers())
                .as((i, r, next, minor, exch, flags, mid) -> new IsakmpHeader(i, r, next, 1, minor, exch,
                        encrypted ? flags | 1 : flags & ~1, mid));
    }

    static Arbitrary<IsakmpMessage> message() {
        Arbitrary<IsakmpMessage> plain = Combinators.combine(header(false), chain()).as(IsakmpMessage::plain);
        Arbitrary<IsakmpMessage> encrypted = Combinators.combine(header(true), bytes(64))
                .as((h, c) -> IsakmpMessage.encrypted(h, new EncryptedBody(c)));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, plain), net.jqwik.api.Tuple.of(1, encrypted));
    }
}
