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
import io.ike4j.config.StrongSwanProposals;
import io.ike4j.crypto.iana.EncrTransformId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** CHILD_SA (ESP) selection: ESN, PFS groups, IKE_AUTH vs CREATE_CHILD_SA, SPI (RFC 7296 §1.2, §1.3, §3.3.3). */
class EspSelectionTest {
    static final Bytes SPI = Bytes.fromHex("c1a2b3d4");
    static final EncryptionAlgorithm AES128 = EncryptionAlgorithm.of(EncrTransformId.ENCR_AES_CBC, 128);
    static final EncryptionAlgorithm GCM128 = EncryptionAlgorithm.of(EncrTransformId.ENCR_AES_GCM_16, 128);

    static List<EspProposal> esp(String s) {
        return StrongSwanProposals.parseEsp(s);
    }

    static Ikev2SaPayload offer(String s) {
        return SaPayloads.esp(esp(s), SPI);
    }

    static Ikev2Proposal prop(Bytes spi, Ikev2Transform... ts) {
        return new Ikev2Proposal(1, 3, spi, List.of(ts));
    }

    static Ikev2Transform t(int type, int id) {
        return new Ikev2Transform(type, id);
    }

    static Ikev2Transform aes128() {
        return new Ikev2Transform(1, 12, List.of(Ikev2TransformAttribute.keyLength(128)));
    }

    @Test
    void plainChoiceCarriesThePeerSpi() {
        ChosenEsp c = ProposalSelector.selectEsp(esp("aes128-sha256"), offer("aes256-sha1,aes128-sha256")).orElseThrow();
        assertEquals(new ChosenEsp(2, SPI, AES128, 12, 0, 0), c);
        assertEquals("AES_CBC_128/HMAC_SHA2_256_128/NO_EXT_SEQ", c.toStrongSwanString());
        assertEquals("AES_CBC-128/HMAC_SHA2_256_128", c.toSwanctlString());
    }

    @Test
    void aeadEsp() {
        ChosenEsp c = ProposalSelector.selectEsp(esp("aes128gcm16"), offer("aes128-sha256,aes128gcm16")).orElseThrow();
        assertEquals(new ChosenEsp(2, SPI, GCM128, 0, 0, 0), c);
        assertTrue(c.aead());
        assertEquals("AES_GCM_16_128/NO_EXT_SEQ", c.toStrongSwanString());
    }

    @Test
    void esnFollowsOurOrder() {
        Ikev2SaPayload both = sa(prop(SPI, aes128(), t(3, 12), t(5, 0), t(5, 1)));
        assertEquals(1, ProposalSelector.selectEsp(esp("aes128-sha256-esn-noesn"), both).orElseThrow().esn());
        assertEquals(0, ProposalSelector.selectEsp(esp("aes128-sha256-noesn-esn"), both).orElseThrow().esn());
        assertEquals(Optional.empty(), ProposalSelector.selectEsp(esp("aes128-sha256-noesn"), offer("aes128-sha256-esn")));
        // ESN is mandatory for ESP (§3.3.3): a proposal without it is unacceptable
        assertEquals(Optional.empty(), ProposalSelector.selectEsp(esp("aes128-sha256"), sa(prop(SPI, aes128(), t(3, 12)))));
    }

    @Test
    void pfsInCreateChildSa() {
        assertEquals(14, ProposalSelector.selectEsp(esp("aes128-sha256-modp2048"), offer("aes128-sha256-ecp256-modp2048")).orElseThrow().group());
        assertEquals(Optional.empty(), ProposalSelector.selectEsp(esp("aes128-sha256-modp2048"), offer("aes128-sha256")), "we demand PFS");
        assertEquals(Optional.empty(), ProposalSelector.selectEsp(esp("aes128-sha256"), offer("aes128-sha256-modp2048")), "peer demands PFS");
        EspProposal optional = EspProposal.builder().encryption(AES128).integrity(12).group(14).group(0).build();
        assertEquals(0, ProposalSelector.selectEsp(List.of(optional), offer("aes128-sha256")).orElseThrow().group());
        ChosenEsp c = ProposalSelector.selectEsp(List.of(optional), offer("aes128-sha256-modp2048")).orElseThrow();
        assertEquals(14, c.group());
        assertEquals("AES_CBC-128/HMAC_SHA2_256_128/MODP_2048", c.toSwanctlString());
        assertEquals(Optional.empty(), ProposalSelector.selectEsp(esp("aes128-sha256-modp2048"), offer("aes128-sha256-modp2048"),
                ChildContext.CREATE_CHILD_SA, (type, id) -> type != 4));
    }

    @Test
    void ikeAuthIgnoresKe() {
        List<EspProposal> ours = esp("aes128-sha256-modp2048");
        Ikev2SaPayload sai2 = SaPayloads.esp(esp("aes128-sha256"), SPI, ChildContext.IKE_AUTH);
        ChosenEsp c = ProposalSelector.selectEsp(ours, sai2, ChildContext.IKE_AUTH, TransformFilter.ALL).orElseThrow();
        assertEquals(0, c.group());
        // a peer that wrongly puts KE in IKE_AUTH is tolerated: KE is ignored there
        assertEquals(0, ProposalSelector.selectEsp(ours, offer("aes128-sha256-ecp256"), ChildContext.IKE_AUTH, TransformFilter.ALL)
                .orElseThrow().group());
        Ikev2SaPayload response = SaPayloads.esp(c, Bytes.fromHex("0a0b0c0d"));
        assertEquals(Optional.of(new ChosenEsp(1, Bytes.fromHex("0a0b0c0d"), AES128, 12, 0, 0)),
                ProposalSelector.acceptEsp(ours, response, ChildContext.IKE_AUTH));
        assertEquals(Optional.empty(), ProposalSelector.acceptEsp(ours, response), "CREATE_CHILD_SA: we demanded PFS");
        Ikev2SaPayload withKe = sa(prop(SPI, aes128(), t(3, 12), t(4, 14), t(5, 0)));
        assertEquals(Optional.empty(), ProposalSelector.acceptEsp(ours, withKe, ChildContext.IKE_AUTH), "KE in IKE_AUTH");
        assertEquals(14, ProposalSelector.acceptEsp(ours, withKe).orElseThrow().group());
    }

    @Test
    void spiSizeAndProtocol() {
        assertEquals(Optional.empty(), ProposalSelector.selectEsp(esp("aes128-sha256"),
                sa(prop(Bytes.fromHex("0102030405060708"), aes128(), t(3, 12), t(5, 0)))));
        assertEquals(Optional.empty(), ProposalSelector.selectEsp(esp("aes128-sha256"),
                sa(new Ikev2Proposal(1, 2, SPI, List.of(t(3, 12), t(5, 0))))), "AH");
        assertEquals(Optional.empty(), ProposalSelector.acceptEsp(esp("aes128-sha256"),
                sa(prop(Bytes.EMPTY, aes128(), t(3, 12), t(5, 0)))));
    }

    @Test
    void initiatorRejects() {
        List<EspProposal> mine = esp("aes128-sha256,aes128gcm16");
        assertTrue(ProposalSelector.acceptEsp(mine, sa(prop(SPI, aes128(), t(3, 12), t(5, 0)))).isPresent());
        assertEquals(Optional.empty(), ProposalSelector.acceptEsp(mine, sa(prop(SPI, aes128(), t(3, 2), t(5, 0)))), "SHA1");
        assertEquals(Optional.empty(), ProposalSelector.acceptEsp(mine, sa(prop(SPI, aes128(), t(3, 12), t(5, 1)))), "ESN");
        assertEquals(Optional.empty(), ProposalSelector.acceptEsp(mine, sa(prop(SPI, aes128(), t(3, 12), t(3, 12), t(5, 0)))), "two INTEG");
        assertEquals(Optional.empty(), ProposalSelector.acceptEsp(mine,
                sa(prop(SPI, aes128(), t(3, 12), t(5, 0)), prop(SPI, aes128(), t(3, 12), t(5, 0)))), "two proposals");
    }

    static Ikev2SaPayload sa(Ikev2Proposal... ps) {
        return new Ikev2SaPayload(List.of(ps));
    }
}
