package io.ike4j.negotiator.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.Ikev2SaPayload;
import io.ike4j.config.EncryptionAlgorithm;
import io.ike4j.config.EspProposal;
import io.ike4j.config.IkeProposal;
import io.ike4j.config.StrongSwanProposals;
import io.ike4j.crypto.iana.EncrTransformId;
import io.ike4j.crypto.iana.IntegTransformId;
import io.ike4j.crypto.iana.PrfTransformId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Byte-exact SA payloads (RFC 7296 §3.3) for seed 002's IOS proposals (ios-reference.md §2) and strongSwan's. */
class SaPayloadsTest {
    static final EncryptionAlgorithm TDES = EncryptionAlgorithm.of(EncrTransformId.ENCR_3DES);
    static final EncryptionAlgorithm AES128 = EncryptionAlgorithm.of(EncrTransformId.ENCR_AES_CBC, 128);

    /** Seed 002: {@code encryption 3des aes-cbc-128, integrity sha1, group 2} (PRF implied: SHA1). */
    static IkeProposal seed002() {
        return IkeProposal.builder("seed002").encryption(TDES).encryption(AES128)
                .integrity(IntegTransformId.AUTH_HMAC_SHA1_96).group(2).build();
    }

    static String hex(Ikev2SaPayload sa) {
        return Bytes.wrap(Ikev2Codec.encodePayloadChain(List.<Ikev2Payload>of(sa))).toHex();
    }

    @Test
    void seed002InitiatorSaIs56OctetsInIosOrder() {
        Ikev2SaPayload sa = SaPayloads.ike(List.of(seed002()), Bytes.EMPTY);
        String expected = "00000038" // generic header (next payload NONE here), length 56
                + "00000034" + "01010005" // last proposal, length 52, #1, IKE, SPI size 0, 5 transforms
                + "0300000801000003" // ENCR 3DES
                + "0300000c0100000c800e0080" // ENCR AES-CBC, Key Length 128 (TV)
                + "0300000802000002" // PRF HMAC-SHA1 ("type: 2 ... id: SHA1")
                + "0300000803000002" // INTEG HMAC-SHA1-96 ("SHA96")
                + "0000000804000002"; // KE group 2, last transform
        assertEquals(expected, hex(sa));
        assertEquals(56, Ikev2Codec.payloadLength(sa));
    }

    @Test
    void seed002ResponderSaIs48Octets() {
        ChosenIke c = new ChosenIke(1, AES128, IntegTransformId.AUTH_HMAC_SHA1_96.number(),
                PrfTransformId.PRF_HMAC_SHA1.number(), 2);
        Ikev2SaPayload sa = SaPayloads.ike(c, Bytes.EMPTY);
        assertEquals("00000030" + "0000002c01010004" + "0300000c0100000c800e0080" + "0300000802000002"
                + "0300000803000002" + "0000000804000002", hex(sa));
    }

    @Test
    void seed002EspSaIs40Octets() {
        EspProposal esp = EspProposal.builder().encryption(TDES).integrity(IntegTransformId.AUTH_HMAC_SHA1_96.number()).build();
        Ikev2SaPayload sa = SaPayloads.esp(List.of(esp), Bytes.fromHex("c0ffee01"));
        assertEquals("00000028" + "0000002401030403" + "c0ffee01" + "0300000801000003" + "0300000803000002"
                + "0000000805000000", hex(sa));
    }

    @Test
    void seed002RekeySaIs152Octets() {
        IkeProposal p = IkeProposal.builder("rekey")
                .encryption(EncrTransformId.ENCR_AES_CBC, 256).encryption(EncrTransformId.ENCR_AES_CBC, 192)
                .encryption(EncrTransformId.ENCR_AES_CBC, 128)
                .integrity(IntegTransformId.AUTH_HMAC_SHA2_512_256, IntegTransformId.AUTH_HMAC_SHA2_384_192,
                        IntegTransformId.AUTH_HMAC_SHA2_256_128, IntegTransformId.AUTH_HMAC_SHA1_96,
                        IntegTransformId.AUTH_HMAC_MD5_96)
                .group(5, 2).build();
        Ikev2SaPayload sa = SaPayloads.ike(List.of(p), Bytes.fromHex("0102030405060708"));
        assertEquals(152, Ikev2Codec.payloadLength(sa));
        assertEquals(15, sa.proposals().get(0).transforms().size());
        assertEquals(8, sa.proposals().get(0).spi().length());
    }

    @Test
    void strongSwanOrderAndNumbering() {
        List<IkeProposal> ps = StrongSwanProposals.parseIke("aes128-sha256-modp2048,aes256gcm16-prfsha384-ecp384");
        Ikev2SaPayload sa = SaPayloads.ike(ps, Bytes.EMPTY, TransformOrder.STRONGSWAN);
        assertEquals("00000054"
                + "0200002c01010004" + "0300000c0100000c800e0080" + "030000080300000c" + "0300000802000005"
                + "000000080400000e"
                + "0000002402010003" + "0300000c01000014800e0100" + "0300000802000006" + "0000000804000014",
                hex(sa));
        // the second proposal: AEAD, no INTEG, ENCR/PRF/KE only, numbered 2
        assertEquals(2, sa.proposals().get(1).proposalNumber());
        assertEquals(3, sa.proposals().get(1).transforms().size());
    }

    @Test
    void espKeTransforms() {
        EspProposal pfs = EspProposal.builder().encryption(AES128).integrity(12).group(14).group(0).esn(1).esn(0).build();
        Ikev2SaPayload create = SaPayloads.esp(List.of(pfs), Bytes.fromHex("01020304"));
        assertEquals(List.of(1, 3, 4, 4, 5, 5), create.proposals().get(0).transforms().stream().map(t -> t.transformType()).toList());
        Ikev2SaPayload auth = SaPayloads.esp(List.of(pfs), Bytes.fromHex("01020304"), ChildContext.IKE_AUTH);
        assertEquals(List.of(1, 3, 5, 5), auth.proposals().get(0).transforms().stream().map(t -> t.transformType()).toList());
        EspProposal none = EspProposal.builder().encryption(AES128).integrity(12).group(0).build();
        Ikev2SaPayload n = SaPayloads.esp(List.of(none), Bytes.fromHex("01020304"));
        assertEquals(List.of(1, 3, 5), n.proposals().get(0).transforms().stream().map(t -> t.transformType()).toList());
    }

    @Test
    void roundTripsThroughTheCodec() {
        Ikev2SaPayload sa = SaPayloads.ike(StrongSwanProposals.parseIke("aes128-aes256-sha256-sha1-modp2048-ecp256,chacha20poly1305-prfsha256-x25519"),
                Bytes.EMPTY);
        byte[] wire = Ikev2Codec.encodePayloadChain(List.<Ikev2Payload>of(sa));
        assertEquals(List.of(sa), Ikev2Codec.decodePayloadChain(Ikev2SaPayload.TYPE, Bytes.wrap(wire)));
    }

    @Test
    void badSpiSizesRejected() {
        assertThrows(IllegalArgumentException.class, () -> SaPayloads.ike(List.of(seed002()), Bytes.fromHex("01")));
        assertThrows(IllegalArgumentException.class, () -> SaPayloads.esp(List.of(), Bytes.EMPTY));
    }
}
