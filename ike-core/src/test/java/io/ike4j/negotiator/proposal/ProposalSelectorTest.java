package io.ike4j.negotiator.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2Proposal;
import io.ike4j.codec.v2.Ikev2SaPayload;
import io.ike4j.codec.v2.Ikev2Transform;
import io.ike4j.codec.v2.Ikev2TransformAttribute;
import io.ike4j.config.EncryptionAlgorithm;
import io.ike4j.config.EspProposal;
import io.ike4j.config.IkeProposal;
import io.ike4j.config.StrongSwanProposals;
import io.ike4j.crypto.iana.EncrTransformId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Responder selection and initiator acceptance of IKE SA proposals (RFC 7296 §2.7, §3.3.6, RFC 5282). */
class ProposalSelectorTest {
    static final EncryptionAlgorithm AES128 = EncryptionAlgorithm.of(EncrTransformId.ENCR_AES_CBC, 128);
    static final EncryptionAlgorithm AES256 = EncryptionAlgorithm.of(EncrTransformId.ENCR_AES_CBC, 256);
    static final EncryptionAlgorithm GCM256 = EncryptionAlgorithm.of(EncrTransformId.ENCR_AES_GCM_16, 256);

    static List<IkeProposal> ike(String s) {
        return StrongSwanProposals.parseIke(s);
    }

    /** What a strongSwan-like initiator sends for {@code s} (RFC order does not matter). */
    static Ikev2SaPayload offer(String s) {
        return SaPayloads.ike(ike(s), Bytes.EMPTY, TransformOrder.STRONGSWAN);
    }

    static Ikev2Transform t(int type, int id) {
        return new Ikev2Transform(type, id);
    }

    static Ikev2Transform encr(int id, int bits) {
        return new Ikev2Transform(1, id, List.of(Ikev2TransformAttribute.keyLength(bits)));
    }

    static Ikev2SaPayload sa(Ikev2Proposal... ps) {
        return new Ikev2SaPayload(List.of(ps));
    }

    static Ikev2Proposal prop(int n, Ikev2Transform... ts) {
        return new Ikev2Proposal(n, 1, Bytes.EMPTY, List.of(ts));
    }

    @Test
    void responderPreferenceWinsOverPeerOrder() {
        ChosenIke c = ProposalSelector.selectIke(ike("aes256-sha256-modp2048,aes128-sha1-modp1024"),
                offer("aes128-sha1-modp1024,aes256-sha256-modp2048")).orElseThrow();
        assertEquals(new ChosenIke(2, AES256, 12, 5, 14), c);
    }

    @Test
    void withinATypeOurOrderWins() {
        ChosenIke c = ProposalSelector.selectIke(ike("aes256-aes128-sha256-sha1-ecp256-modp2048"),
                offer("aes128-aes256-sha1-sha256-modp2048-ecp256")).orElseThrow();
        assertEquals(new ChosenIke(1, AES256, 12, 5, 19), c);
        assertEquals("AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/ECP_256", c.toStrongSwanString());
    }

    @Test
    void keyLengthMustMatch() {
        assertEquals(Optional.empty(), ProposalSelector.selectIke(ike("aes256-sha256-modp2048"), offer("aes128-sha256-modp2048")));
        assertEquals(Optional.empty(), ProposalSelector.selectIke(ike("aes128-sha256-modp2048"), offer("aes128-sha1-modp2048")));
        assertEquals(Optional.empty(), ProposalSelector.selectIke(ike("aes128-sha256-modp2048"), offer("aes128-sha256-ecp256")));
        // the attribute-less AES transform is not a 128-bit AES (§3.3.5: the attribute is mandatory for AES)
        assertEquals(Optional.empty(), ProposalSelector.selectIke(ike("aes128-sha256-modp2048"),
                sa(prop(1, t(1, 12), t(3, 12), t(2, 5), t(4, 14)))));
    }

    @Test
    void aeadProposalWithoutIntegrity() {
        ChosenIke c = ProposalSelector.selectIke(ike("aes256gcm16-prfsha384-ecp384"),
                offer("aes128-sha256-modp2048,aes256gcm16-prfsha384-ecp384")).orElseThrow();
        assertEquals(new ChosenIke(2, GCM256, 0, 6, 20), c);
        assertTrue(c.aead());
        assertEquals("AES_GCM_16_256/PRF_HMAC_SHA2_384/ECP_384", c.toStrongSwanString());
        assertEquals("AES_GCM_16-256/PRF_HMAC_SHA2_384/ECP_384", c.toSwanctlString());
    }

    @Test
    void aeadNeedsNoIntegrityOrNone() {
        List<IkeProposal> gcm = ike("aes256gcm16-prfsha384-ecp384");
        assertEquals(Optional.empty(), ProposalSelector.selectIke(gcm,
                sa(prop(1, encr(20, 256), t(3, 12), t(2, 6), t(4, 20)))));
        assertEquals(Optional.of(new ChosenIke(1, GCM256, 0, 6, 20)), ProposalSelector.selectIke(gcm,
                sa(prop(1, encr(20, 256), t(3, 0), t(2, 6), t(4, 20)))));
        // a mixed proposal (CBC and GCM with integrity): GCM cannot be chosen, CBC can
        Ikev2SaPayload mixed = sa(prop(1, encr(20, 256), encr(12, 128), t(3, 12), t(2, 5), t(4, 14)));
        assertEquals(Optional.empty(), ProposalSelector.selectIke(gcm, mixed));
        assertEquals(Optional.of(new ChosenIke(1, AES128, 12, 5, 14)),
                ProposalSelector.selectIke(ike("aes256gcm16-prfsha256-modp2048,aes128-sha256-modp2048"), mixed));
    }

    @Test
    void unknownTransformTypeRejectsOnlyThatProposal() {
        Ikev2SaPayload s = sa(prop(1, encr(12, 128), t(3, 12), t(2, 5), t(4, 14), t(200, 1)),
                prop(2, encr(12, 128), t(3, 12), t(2, 5), t(4, 19)));
        assertEquals(Optional.of(new ChosenIke(2, AES128, 12, 5, 19)),
                ProposalSelector.selectIke(ike("aes128-sha256-modp2048-ecp256"), s));
    }

    @Test
    void unknownAttributeRejectsOnlyThatTransform() {
        Ikev2Transform odd = new Ikev2Transform(1, 12, List.of(Ikev2TransformAttribute.keyLength(256),
                new Ikev2TransformAttribute(99, true, Bytes.fromHex("0001"))));
        Ikev2Transform tlv = new Ikev2Transform(1, 12, List.of(new Ikev2TransformAttribute(14, false, Bytes.fromHex("0100"))));
        Ikev2SaPayload s = sa(prop(1, odd, tlv, encr(12, 128), t(3, 12), t(2, 5), t(4, 14)));
        assertEquals(Optional.of(new ChosenIke(1, AES128, 12, 5, 14)),
                ProposalSelector.selectIke(ike("aes256-aes128-sha256-modp2048"), s));
        Ikev2Transform prfWithAttr = new Ikev2Transform(2, 5, List.of(Ikev2TransformAttribute.keyLength(128)));
        assertEquals(Optional.empty(), ProposalSelector.selectIke(ike("aes128-sha256-modp2048"),
                sa(prop(1, encr(12, 128), t(3, 12), prfWithAttr, t(4, 14)))));
    }

    @Test
    void missingMandatoryTypeOrWrongProtocol() {
        List<IkeProposal> ours = ike("aes128-sha256-modp2048");
        assertEquals(Optional.empty(), ProposalSelector.selectIke(ours, sa(prop(1, encr(12, 128), t(3, 12), t(2, 5)))));
        assertEquals(Optional.empty(), ProposalSelector.selectIke(ours, sa(prop(1, encr(12, 128), t(2, 5), t(4, 14)))));
        assertEquals(Optional.empty(), ProposalSelector.selectIke(ours,
                sa(new Ikev2Proposal(1, 3, Bytes.fromHex("01020304"), List.of(encr(12, 128), t(3, 12), t(2, 5), t(4, 14))))));
        assertEquals(Optional.empty(), ProposalSelector.selectIke(ours, sa()));
    }

    @Test
    void rekeyProposalWithSpi() {
        Ikev2SaPayload s = SaPayloads.ike(ike("aes128-sha256-modp2048"), Bytes.fromHex("1122334455667788"));
        assertEquals(Optional.of(new ChosenIke(1, AES128, 12, 5, 14)), ProposalSelector.selectIke(ike("aes128-sha256-modp2048"), s));
        assertEquals(Optional.of(Bytes.fromHex("1122334455667788")), ProposalSelector.spiOf(s, 1));
        assertEquals(Optional.empty(), ProposalSelector.spiOf(s, 2));
    }

    @Test
    void providerFilter() {
        List<IkeProposal> ours = ike("aes128-sha256-x25519-modp2048");
        Ikev2SaPayload s = offer("aes128-sha256-x25519-modp2048");
        assertEquals(31, ProposalSelector.selectIke(ours, s, TransformFilter.ALL).orElseThrow().group());
        assertEquals(14, ProposalSelector.selectIke(ours, s, (type, id) -> !(type == 4 && id == 31)).orElseThrow().group());
        assertEquals(Optional.empty(), ProposalSelector.selectIke(ours, s, (type, id) -> type != 1));
    }

    @Test
    void keGroupOfTheInitiatorIsPreferredWhenAllowed() {
        List<IkeProposal> ours = ike("aes128-sha256-x25519-ecp256-modp2048");
        Ikev2SaPayload s = offer("aes128-sha256-modp2048-ecp256");
        assertEquals(19, ProposalSelector.selectIke(ours, s).orElseThrow().group());
        assertEquals(14, ProposalSelector.selectIke(ours, s, 14, TransformFilter.ALL).orElseThrow().group());
        assertEquals(19, ProposalSelector.selectIke(ours, s, 31, TransformFilter.ALL).orElseThrow().group(), "31 not offered");
        assertEquals(19, ProposalSelector.selectIke(ours, s, 14, (t, id) -> id != 14 || t != 4).orElseThrow().group());
        assertEquals(19, ProposalSelector.selectIke(ike("aes128-sha256-ecp256"), s, 14, TransformFilter.ALL).orElseThrow().group());
    }

    @Test
    void offeredGroupsInOrderWithoutDuplicates() {
        assertEquals(List.of(14, 19, 20), ProposalSelector.offeredGroups(offer("aes128-sha256-modp2048-ecp256,aes256gcm16-prfsha384-ecp384-modp2048")));
        assertEquals(List.of(), ProposalSelector.offeredGroups(sa()));
    }

    @Test
    void initiatorAcceptsTheResponderChoice() {
        List<IkeProposal> mine = ike("aes128-sha256-modp2048,aes256gcm16-prfsha384-ecp384");
        ChosenIke c = new ChosenIke(2, GCM256, 0, 6, 20);
        assertEquals(Optional.of(c), ProposalSelector.acceptIke(mine, SaPayloads.ike(c, Bytes.EMPTY)));
        ChosenIke d = new ChosenIke(1, AES128, 12, 5, 14);
        assertEquals(Optional.of(d), ProposalSelector.acceptIke(mine, SaPayloads.ike(d, Bytes.EMPTY, TransformOrder.STRONGSWAN)));
    }

    @Test
    void initiatorRejectsBadResponses() {
        List<IkeProposal> mine = ike("aes128-sha256-modp2048,aes256gcm16-prfsha384-ecp384");
        Ikev2Proposal good = prop(1, encr(12, 128), t(3, 12), t(2, 5), t(4, 14));
        assertTrue(ProposalSelector.acceptIke(mine, sa(good)).isPresent());
        assertEquals(Optional.empty(), ProposalSelector.acceptIke(mine, sa(good, prop(2, encr(20, 256), t(2, 6), t(4, 20)))), "two proposals");
        assertEquals(Optional.empty(), ProposalSelector.acceptIke(mine, sa(prop(1, encr(12, 128), encr(12, 128), t(3, 12), t(2, 5), t(4, 14)))), "two ENCR");
        assertEquals(Optional.empty(), ProposalSelector.acceptIke(mine, sa(prop(1, encr(12, 128), t(3, 12), t(2, 5), t(4, 14), t(5, 0)))), "extra type");
        assertEquals(Optional.empty(), ProposalSelector.acceptIke(mine, sa(prop(1, encr(12, 256), t(3, 12), t(2, 5), t(4, 14)))), "AES-256 not offered");
        assertEquals(Optional.empty(), ProposalSelector.acceptIke(mine, sa(prop(1, encr(12, 128), t(3, 2), t(2, 5), t(4, 14)))), "SHA1 not offered");
        assertEquals(Optional.empty(), ProposalSelector.acceptIke(mine, sa(prop(1, encr(12, 128), t(3, 12), t(2, 5), t(4, 20)))), "ECP384 from the other proposal");
        assertEquals(Optional.empty(), ProposalSelector.acceptIke(mine, sa(prop(1, encr(12, 128), t(3, 12), t(2, 5)))), "no KE");
        assertEquals(Optional.empty(), ProposalSelector.acceptIke(mine, sa(prop(1, encr(12, 128), t(2, 5), t(4, 14)))), "no INTEG for CBC");
        assertEquals(Optional.empty(), ProposalSelector.acceptIke(mine, sa(prop(1, encr(20, 256), t(3, 12), t(2, 6), t(4, 20)))), "INTEG with AEAD");
        assertEquals(Optional.empty(), ProposalSelector.acceptIke(mine, sa()), "no proposal");
    }

    @Test
    void selectedThenAcceptedIsTheSameChoice() {
        String[] cfgs = {"aes128-sha256-modp2048", "aes256gcm16-prfsha384-ecp384", "aes128-sha256-x25519",
            "aes256-aes128-sha512-sha1-ecp521-modp3072", "chacha20poly1305-prfsha256-x25519-curve448"};
        int pairs = 0;
        for (String i : cfgs) {
            for (String r : cfgs) {
                List<IkeProposal> init = new ArrayList<>(ike(i));
                Optional<ChosenIke> c = ProposalSelector.selectIke(ike(r), SaPayloads.ike(init, Bytes.EMPTY));
                assertEquals(i.equals(r), c.isPresent(), i + " vs " + r);
                if (c.isPresent()) {
                    assertEquals(c, ProposalSelector.acceptIke(init, SaPayloads.ike(c.get(), Bytes.EMPTY)));
                    pairs++;
                }
            }
        }
        assertEquals(cfgs.length, pairs);
    }
}
