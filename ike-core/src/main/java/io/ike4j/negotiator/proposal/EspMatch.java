package io.ike4j.negotiator.proposal;

import io.ike4j.codec.v2.Ikev2Proposal;
import io.ike4j.config.EncryptionAlgorithm;
import io.ike4j.config.EspProposal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Matching one ESP proposal of ours against one received proposal (RFC 7296 §3.3.3: ENCR, ESN; INTEG, KE optional). */
final class EspMatch {
    private static final Set<Integer> KNOWN = Set.of(SaPayloads.ENCR, SaPayloads.INTEG, SaPayloads.KE, SaPayloads.ESN);
    private static final int SPI_SIZE = 4; // ESP SPI, RFC 7296 §3.3.1

    private EspMatch() {
    }

    static Optional<ChosenEsp> responder(EspProposal mine, Ikev2Proposal p, ChildContext ctx, TransformFilter supported) {
        if (p.protocolId() != SaPayloads.PROTO_ESP || p.spi().length() != SPI_SIZE) {
            return Optional.empty();
        }
        Offer o = Offer.of(p, KNOWN);
        if (!o.understood() || !o.present(SaPayloads.ENCR) || !o.present(SaPayloads.ESN)) {
            return Optional.empty();
        }
        int esn = Pick.first(mine.esn(), o, SaPayloads.ESN, TransformFilter.ALL);
        int group = ctx == ChildContext.IKE_AUTH ? 0 : responderGroup(mine, o, supported);
        if (esn < 0 || group < 0) {
            return Optional.empty();
        }
        for (EncryptionAlgorithm enc : mine.encryption()) {
            if (!o.hasEncr(enc) || !supported.supports(SaPayloads.ENCR, enc.transformId())) {
                continue;
            }
            int integ = Pick.integrity(enc, mine.integrity(), o, supported);
            if (integ >= 0) {
                return Optional.of(new ChosenEsp(p.proposalNumber(), p.spi(), enc, integ, group, esn));
            }
        }
        return Optional.empty();
    }

    /**
     * PFS (RFC 7296 §1.3.1): no KE offered fits only if we accept NONE; otherwise our first group the peer offered
     * (NONE included when we list it). No configured group means NONE only.
     */
    private static int responderGroup(EspProposal mine, Offer o, TransformFilter supported) {
        List<Integer> ours = mine.groups().isEmpty() ? List.of(0) : mine.groups();
        if (!o.present(SaPayloads.KE)) {
            return ours.contains(0) ? 0 : -1;
        }
        return Pick.first(ours, o, SaPayloads.KE, supported);
    }

    static Optional<ChosenEsp> initiator(EspProposal mine, Ikev2Proposal p, ChildContext ctx) {
        if (p.protocolId() != SaPayloads.PROTO_ESP || p.spi().length() != SPI_SIZE) {
            return Optional.empty();
        }
        Offer o = Offer.of(p, KNOWN);
        if (!o.understood()) {
            return Optional.empty();
        }
        Optional<EncryptionAlgorithm> enc = Pick.encryption(mine.encryption(), o);
        int esn = Pick.single(o, SaPayloads.ESN);
        if (enc.isEmpty() || !mine.esn().contains(esn)) {
            return Optional.empty();
        }
        int integ = Pick.responseIntegrity(enc.get(), mine.integrity(), o);
        int group = o.present(SaPayloads.KE) ? Pick.single(o, SaPayloads.KE) : 0;
        List<Integer> ours = ctx == ChildContext.IKE_AUTH || mine.groups().isEmpty() ? List.of(0) : mine.groups();
        boolean groupOk = group == 0 ? ours.contains(0) : group > 0 && ours.contains(group);
        if (integ < 0 || !groupOk) {
            return Optional.empty();
        }
        return Optional.of(new ChosenEsp(p.proposalNumber(), p.spi(), enc.get(), integ, group, esn));
    }
}
