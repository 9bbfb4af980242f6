package io.ike4j.negotiator.proposal;

import io.ike4j.codec.v2.Ikev2Proposal;
import io.ike4j.config.EncryptionAlgorithm;
import io.ike4j.config.IkeProposal;

import java.util.Optional;
import java.util.Set;

/** Matching one IKE proposal of ours against one received proposal (RFC 7296 §3.3.3: ENCR, PRF, INTEG*, KE). */
final class IkeMatch {
    private static final Set<Integer> KNOWN = Set.of(SaPayloads.ENCR, SaPayloads.PRF, SaPayloads.INTEG, SaPayloads.KE);

    private IkeMatch() {
    }

    /** Responder: our preferred transforms of each type that {@code p} offers, if every mandatory type fits. */
    static Optional<ChosenIke> responder(IkeProposal mine, Ikev2Proposal p, int keGroup, TransformFilter supported) {
        // IKE_SA_INIT proposals have no SPI, IKE SA rekeying ones the new 8-octet SPI (RFC 7296 §3.3.1).
        if (p.protocolId() != SaPayloads.PROTO_IKE || !Pick.spiSize(p, 0, 8)) {
            return Optional.empty();
        }
        Offer o = Offer.of(p, KNOWN);
        if (!o.understood() || !o.present(SaPayloads.ENCR) || !o.present(SaPayloads.PRF) || !o.present(SaPayloads.KE)) {
            return Optional.empty();
        }
        int prf = Pick.first(mine.prf(), o, SaPayloads.PRF, supported);
        int group = keGroup > 0 && mine.groups().contains(keGroup) && o.has(SaPayloads.KE, keGroup)
                && supported.supports(SaPayloads.KE, keGroup) ? keGroup : Pick.first(mine.groups(), o, SaPayloads.KE, supported);
        if (prf <= 0 || group <= 0) {
            return Optional.empty(); // no PRF 0 exists; KE NONE is never acceptable for IKE (§2.18)
        }
        for (EncryptionAlgorithm enc : mine.encryption()) {
            if (!o.hasEncr(enc) || !supported.supports(SaPayloads.ENCR, enc.transformId())) {
                continue;
            }
            int integ = Pick.integrity(enc, mine.integrity(), o, supported);
            if (integ >= 0) {
                return Optional.of(new ChosenIke(p.proposalNumber(), enc, integ, prf, group));
            }
        }
        return Optional.empty();
    }

    /** Initiator: the response's transforms, if each is one {@code mine} offered (RFC 7296 §3.3.6 last sentence). */
    static Optional<ChosenIke> initiator(IkeProposal mine, Ikev2Proposal p) {
        if (p.protocolId() != SaPayloads.PROTO_IKE || !Pick.spiSize(p, 0, 8)) {
            return Optional.empty();
        }
        Offer o = Offer.of(p, KNOWN);
        if (!o.understood()) {
            return Optional.empty();
        }
        Optional<EncryptionAlgorithm> enc = Pick.encryption(mine.encryption(), o);
        int prf = Pick.single(o, SaPayloads.PRF);
        int group = Pick.single(o, SaPayloads.KE);
        if (enc.isEmpty() || !mine.prf().contains(prf) || group <= 0 || !mine.groups().contains(group)) {
            return Optional.empty();
        }
        int integ = Pick.responseIntegrity(enc.get(), mine.integrity(), o);
        if (integ < 0) {
            return Optional.empty();
        }
        return Optional.of(new ChosenIke(p.proposalNumber(), enc.get(), integ, prf, group));
    }
}
