package io.ike4j.negotiator.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2Proposal;
import io.ike4j.codec.v2.Ikev2SaPayload;
import io.ike4j.codec.v2.Ikev2Transform;
import io.ike4j.codec.v2.Ikev2TransformAttribute;
import io.ike4j.config.EspProposal;
import io.ike4j.config.IkeProposal;
import io.ike4j.config.StrongSwanProposals;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Any SA payload the codec can produce (random types, IDs, attributes, SPI sizes, protocols) is handled
 * without exception, and whatever the responder chooses is in the offer and in our configuration, and is
 * accepted by an initiator that sent that offer.
 */
class ProposalSelectorPropertiesTest {
    static final List<IkeProposal> IKE = StrongSwanProposals.parseIke(
            "aes256gcm16-prfsha384-ecp384,aes128-aes256-sha256-sha1-modp2048-ecp256-x25519");
    static final List<EspProposal> ESP = StrongSwanProposals.parseEsp("aes128gcm16-esn-noesn,aes128-aes256-sha256-modp2048");

    @Property(tries = 20000)
    void randomOffersNeverThrowAndChoicesAreSound(@ForAll("sa") Ikev2SaPayload sa) {
        Optional<ChosenIke> ike = ProposalSelector.selectIke(IKE, sa);
        Statistics.label("ike chosen").collect(ike.isPresent());
        ike.ifPresent(c -> {
            Ikev2Proposal p = sa.proposals().stream().filter(x -> x.proposalNumber() == c.proposalNumber()).findFirst().orElseThrow();
            assertTrue(p.transforms().stream().anyMatch(t -> t.transformType() == 4 && t.transformId() == c.group()));
            assertTrue(p.transforms().stream().anyMatch(t -> t.transformType() == 2 && t.transformId() == c.prf()));
            assertTrue(IKE.stream().anyMatch(i -> i.encryption().contains(c.encryption()) && i.groups().contains(c.group())));
            assertEquals(ike, ProposalSelector.acceptIke(IKE, SaPayloads.ike(c, p.spi())));
        });
        ProposalSelector.acceptIke(IKE, sa);
        ProposalSelector.offeredGroups(sa);
        for (ChildContext ctx : ChildContext.values()) {
            Optional<ChosenEsp> esp = ProposalSelector.selectEsp(ESP, sa, ctx, TransformFilter.ALL);
            Statistics.label("esp chosen " + ctx).collect(esp.isPresent());
            esp.ifPresent(c -> {
                assertEquals(4, c.peerSpi().length());
                assertTrue(ESP.stream().anyMatch(e -> e.encryption().contains(c.encryption()) && e.esn().contains(c.esn())));
                Optional<ChosenEsp> back = ProposalSelector.acceptEsp(ESP, SaPayloads.esp(c, c.peerSpi()), ctx);
                assertEquals(esp, back);
            });
            ProposalSelector.acceptEsp(ESP, sa, ctx);
            Statistics.label("esp chosen " + ctx).coverage(c -> c.check(true).count(n -> n > 500));
        }
        Statistics.label("ike chosen").coverage(c -> c.check(true).count(n -> n > 500));
    }

    @Provide
    Arbitrary<Ikev2SaPayload> sa() {
        Arbitrary<Ikev2TransformAttribute> attr = Arbitraries.oneOf(
                Arbitraries.of(128, 192, 256, 0, 65535).map(Ikev2TransformAttribute::keyLength),
                Combinators.combine(Arbitraries.integers().between(0, 32767), Arbitraries.bytes().array(byte[].class).ofMaxSize(4))
                        .as((type, v) -> new Ikev2TransformAttribute(type, false, Bytes.wrap(v))));
        Arbitrary<Ikev2Transform> transform = Combinators.combine(
                        Arbitraries.frequency(net.jqwik.api.Tuple.of(10, 1), net.jqwik.api.Tuple.of(6, 2), net.jqwik.api.Tuple.of(6, 3),
                                net.jqwik.api.Tuple.of(8, 4), net.jqwik.api.Tuple.of(6, 5), net.jqwik.api.Tuple.of(1, 255)),
                        Arbitraries.oneOf(Arbitraries.of(0, 1, 2, 5, 6, 12, 14, 19, 20, 31), Arbitraries.integers().between(0, 65535)),
                        Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, Arbitraries.just(List.<Ikev2TransformAttribute>of())),
                                net.jqwik.api.Tuple.of(2, attr.list().ofMaxSize(2))))
                .as(Ikev2Transform::new);
        Arbitrary<Ikev2Proposal> proposal = Combinators.combine(
                        Arbitraries.integers().between(0, 255), Arbitraries.of(1, 3, 2, 0, 200),
                        Arbitraries.of(0, 4, 8, 1).map(n -> Bytes.wrap(new byte[n])), transform.list().ofMaxSize(12))
                .as(Ikev2Proposal::new);
        Arbitrary<Ikev2SaPayload> random = proposal.list().ofMaxSize(4).map(Ikev2SaPayload::new);
        // real offers (strongSwan syntax) with random transforms appended: selections happen often
        Arbitrary<Ikev2SaPayload> ike = Combinators.combine(Arbitraries.of(IKE_OFFERS), transform.list().ofMaxSize(2))
                .as((text, extra) -> append(SaPayloads.ike(StrongSwanProposals.parseIke(text), Bytes.EMPTY), extra));
        Arbitrary<Ikev2SaPayload> esp = Combinators.combine(Arbitraries.of(ESP_OFFERS), transform.list().ofMaxSize(2))
                .as((text, extra) -> append(SaPayloads.esp(StrongSwanProposals.parseEsp(text), Bytes.fromHex("01020304")), extra));
        return Arbitraries.oneOf(random, ike, esp);
    }

    static final List<String> IKE_OFFERS = List.of("aes128-sha256-modp2048", "aes256gcm16-prfsha384-ecp384",
            "aes128-sha1-modp1024,aes256-sha256-x25519", "3des-md5-modp1024", "aes256gcm16-aes128gcm16-prfsha256-ecp256");
    static final List<String> ESP_OFFERS = List.of("aes128-sha256", "aes128gcm16-esn", "aes256-sha256-modp2048",
            "aes128-sha1-noesn,aes128gcm16-noesn-esn", "aes256-sha256-ecp256");

    private static Ikev2SaPayload append(Ikev2SaPayload sa, List<Ikev2Transform> extra) {
        List<Ikev2Proposal> ps = new java.util.ArrayList<>();
        for (Ikev2Proposal p : sa.proposals()) {
            List<Ikev2Transform> ts = new java.util.ArrayList<>(p.transforms());
            ts.addAll(extra);
            ps.add(new Ikev2Proposal(p.proposalNumber(), p.protocolId(), p.spi(), ts));
        }
        return new Ikev2SaPayload(ps);
    }
}
