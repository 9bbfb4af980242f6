package io.ike4j.negotiator.proposal;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v1.DataAttribute;
import io.ike4j.codec.v1.Proposal;
import io.ike4j.codec.v1.SaPayload;
import io.ike4j.codec.v1.Transform;
import io.ike4j.config.AuthMethod;
import io.ike4j.config.StrongSwanProposals;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** IKEv1 phase-1 proposals (RFC 2409 §5, App. A): one value per attribute, IOS's attribute order, the responder's pick. */
class Phase1ProposalsTest {
    static List<Phase1Proposals.Suite> ours(String ike, long life) {
        return Phase1Proposals.suites(StrongSwanProposals.parseIke(ike), AuthMethod.PRE_SHARE, 0, life);
    }

    @Test
    void anOfferHasOneKeyIkeTransformPerSuiteInIosOrder() {
        SaPayload sa = Phase1Proposals.offer(ours("aes128-sha1-modp2048,3des-sha256-modp1024", 86400));
        assertEquals(1, sa.doi(), "IPsec DOI");
        assertEquals(1, sa.situationBits(), "SIT_IDENTITY_ONLY");
        Proposal p = sa.proposals().get(0);
        assertEquals(1, p.protocolId(), "PROTO_ISAKMP");
        assertEquals(0, p.spi().length());
        assertEquals(2, p.transforms().size());
        Transform t = p.transforms().get(0);
        assertEquals(1, t.number());
        assertEquals(1, t.transformId(), "KEY_IKE");
        assertEquals(List.of(DataAttribute.tv(1, 7), DataAttribute.tv(14, 128), DataAttribute.tv(2, 2), DataAttribute.tv(4, 14),
                DataAttribute.tv(3, 1), DataAttribute.tv(11, 1), DataAttribute.tlv(12, Bytes.fromHex("00015180"))), t.attributes(),
                "AES-CBC, keylength 128, SHA, group 14, pre-share, seconds, (VPI) 0x0 0x1 0x51 0x80");
        Transform t2 = p.transforms().get(1);
        assertEquals(2, t2.number());
        assertEquals(List.of(DataAttribute.tv(1, 5), DataAttribute.tv(2, 4), DataAttribute.tv(4, 2)), t2.attributes().subList(0, 3),
                "3DES (no key length), SHA2-256, group 2");
    }

    @Test
    void aeadAndKemSuitesHaveNoIkev1Form() {
        assertEquals(List.of(), ours("aes128gcm16-prfsha256-ecp256", 3600));
        assertEquals(2, ours("aes128-aes256-sha1-modp2048", 3600).size());
    }

    @Test
    void theResponderTakesItsMostPreferredOfferedSuiteAndAShorterLifetime() {
        List<Phase1Proposals.Suite> offer = new ArrayList<>(ours("3des-sha1-modp1024", 28800));
        offer.addAll(ours("aes128-sha1-modp2048", 28800));
        SaPayload offered = Phase1Proposals.offer(offer);
        Optional<Phase1Proposals.Suite> c = Phase1Proposals.select(ours("aes128-sha1-modp2048,3des-sha1-modp1024", 86400), offered);
        assertTrue(c.isPresent());
        assertEquals(2, c.get().transformNumber(), "our first preference, transform 2 of the offer");
        assertEquals(7, c.get().encryption());
        assertEquals(28800, c.get().lifeSeconds(), "the initiator's shorter lifetime");
        SaPayload answer = Phase1Proposals.answer(c.get());
        assertEquals(List.of(2), answer.proposals().get(0).transforms().stream().map(Transform::number).toList(),
                "the answer echoes the chosen transform with its number");
    }

    @Test
    void mismatchesChooseNothing() {
        List<Phase1Proposals.Suite> mine = ours("aes128-sha1-modp2048", 86400);
        assertEquals(Optional.empty(), Phase1Proposals.select(mine, Phase1Proposals.offer(ours("aes128-sha1-modp1536", 3600))),
                "another group: phase1 proposal mismatch");
        assertEquals(Optional.empty(), Phase1Proposals.select(mine, Phase1Proposals.offer(ours("aes128-sha1-modp2048", 90000))),
                "a longer lifetime than ours");
        assertEquals(Optional.empty(), Phase1Proposals.select(mine, Phase1Proposals.offer(
                Phase1Proposals.suites(StrongSwanProposals.parseIke("aes128-sha1-modp2048"), AuthMethod.RSA_SIG, 0, 3600))),
                "another authentication method");
        Transform odd = new Transform(1, 1, List.of(DataAttribute.tv(1, 7), DataAttribute.tv(14, 128), DataAttribute.tv(2, 2),
                DataAttribute.tv(4, 14), DataAttribute.tv(3, 1), DataAttribute.tv(99, 1), DataAttribute.tv(11, 1),
                DataAttribute.tlv(12, Bytes.fromHex("0e10"))));
        assertEquals(Optional.empty(), Phase1Proposals.select(mine, SaPayload.ipsec(1, List.of(new Proposal(1, 1, Bytes.EMPTY,
                List.of(odd))))), "an attribute we do not understand rules the transform out");
        Transform ok = new Transform(1, 1, odd.attributes().stream().filter(a -> a.type() != 99).toList());
        assertEquals(3600, Phase1Proposals.select(mine, SaPayload.ipsec(1, List.of(new Proposal(1, 1, Bytes.EMPTY, List.of(ok)))))
                .orElseThrow().lifeSeconds(), "a 2-octet life duration is read too");
    }
}
