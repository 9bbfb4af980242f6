package io.ike4j.negotiator.proposal;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v1.DataAttribute;
import io.ike4j.codec.v1.SaPayload;
import io.ike4j.codec.v1.Transform;
import io.ike4j.config.StrongSwanProposals;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** IKEv1 Quick Mode ESP proposals (RFC 2407 §4.4.4, §4.5): IOS's attribute order and the shorter lifetime. */
class Phase2ProposalsTest {
    static List<Phase2Proposals.Suite> ours(String esp, int pfs, long s, long kb) {
        return Phase2Proposals.suites(StrongSwanProposals.parseEsp(esp), pfs, Phase2Proposals.TUNNEL, s, kb);
    }

    @Test
    void anOfferLooksAsIosPrintsIt() {
        SaPayload sa = Phase2Proposals.offer(ours("aes128-sha1", 0, 3600, 4_608_000), Bytes.fromHex("c0ffee01"));
        assertEquals(3, sa.proposals().get(0).protocolId(), "PROTO_IPSEC_ESP");
        assertEquals(Bytes.fromHex("c0ffee01"), sa.proposals().get(0).spi());
        Transform t = sa.proposals().get(0).transforms().get(0);
        assertEquals(12, t.transformId(), "ESP_AES");
        assertEquals(List.of(DataAttribute.tv(4, 1), DataAttribute.tv(1, 1), DataAttribute.tv(2, 3600), DataAttribute.tv(1, 2),
                DataAttribute.tlv(2, Bytes.fromHex("00465000")), DataAttribute.tv(5, 2), DataAttribute.tv(6, 128)), t.attributes(),
                "encaps 1 (Tunnel), seconds, (basic) 3600, kilobytes, (VPI) 0x0 0x46 0x50 0x0, HMAC-SHA, key length 128");
        Transform gcm = Phase2Proposals.offer(ours("aes256gcm16", 14, 3600, 0), Bytes.fromHex("00000101")).proposals().get(0)
                .transforms().get(0);
        assertEquals(20, gcm.transformId(), "ESP_AES-GCM-16 (RFC 4106 §8.1)");
        assertTrue(gcm.attributes().stream().noneMatch(a -> a.type() == 5), "no authentication algorithm with AEAD");
        assertTrue(gcm.attributes().contains(DataAttribute.tv(3, 14)), "PFS group 14");
    }

    @Test
    void theResponderKeepsTheShorterLifetimes() {
        SaPayload offered = Phase2Proposals.offer(ours("3des-md5,aes128-sha256", 0, 28800, 4_608_000), Bytes.fromHex("11223344"));
        Optional<Phase2Proposals.Suite> c = Phase2Proposals.select(ours("aes128-sha256", 0, 3600, 0), offered);
        assertTrue(c.isPresent());
        assertEquals(2, c.get().transformNumber());
        assertEquals(5, c.get().auth(), "HMAC-SHA2-256");
        assertEquals(3600, c.get().lifeSeconds(), "ours is shorter");
        assertEquals(4_608_000, c.get().lifeKilobytes(), "we set none: the initiator's");
    }

    @Test
    void pfsAndModeMustMatch() {
        SaPayload noPfs = Phase2Proposals.offer(ours("aes128-sha1", 0, 3600, 0), Bytes.fromHex("11223344"));
        assertEquals(Optional.empty(), Phase2Proposals.select(ours("aes128-sha1", 16, 3600, 0), noPfs),
                "we require group 16, the offer has no PFS: phase2 proposal or pfs mismatch");
        SaPayload transport = Phase2Proposals.offer(Phase2Proposals.suites(StrongSwanProposals.parseEsp("aes128-sha1"), 0,
                Phase2Proposals.TRANSPORT, 3600, 0), Bytes.fromHex("11223344"));
        assertEquals(Optional.empty(), Phase2Proposals.select(ours("aes128-sha1", 0, 3600, 0), transport));
        SaPayload shortSpi = Phase2Proposals.offer(ours("aes128-sha1", 0, 3600, 0), Bytes.fromHex("1122"));
        assertEquals(Optional.empty(), Phase2Proposals.select(ours("aes128-sha1", 0, 3600, 0), shortSpi), "ESP SPIs are 4 octets");
    }
}
