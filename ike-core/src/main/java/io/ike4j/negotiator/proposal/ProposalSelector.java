package io.ike4j.negotiator.proposal;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2Proposal;
import io.ike4j.codec.v2.Ikev2SaPayload;
import io.ike4j.codec.v2.Ikev2Transform;
import io.ike4j.config.EspProposal;
import io.ike4j.config.IkeProposal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Proposal selection (RFC 7296 §2.7, §3.3.6). Responder: our proposals are tried in OUR preference order,
 * each against the peer's proposals in the peer's order; the first pair that fits wins, and within each
 * transform type our most preferred algorithm that the peer offered is taken. Initiator: the response must
 * be exactly one proposal, one transform per type, consistent with one proposal we sent. All methods are
 * pure; empty means NO_PROPOSAL_CHOSEN.
 */
public final class ProposalSelector {
    private ProposalSelector() {
    }

    /** Responder, IKE_SA_INIT or IKE SA rekey. */
    public static Optional<ChosenIke> selectIke(List<IkeProposal> ours, Ikev2SaPayload offered) {
        return selectIke(ours, offered, TransformFilter.ALL);
    }

    public static Optional<ChosenIke> selectIke(List<IkeProposal> ours, Ikev2SaPayload offered, TransformFilter supported) {
        return selectIke(ours, offered, 0, supported);
    }

    /**
     * As {@link #selectIke(List, Ikev2SaPayload, TransformFilter)}, but when the proposal pair that wins also
     * allows {@code keGroup} (the group of the initiator's KE payload), that group is taken instead of our
     * preferred one, which spares an INVALID_KE_PAYLOAD round trip (RFC 7296 §1.2, §3.3.6); 0 = no preference.
     */
    public static Optional<ChosenIke> selectIke(List<IkeProposal> ours, Ikev2SaPayload offered, int keGroup,
                                                TransformFilter supported) {
        for (IkeProposal mine : ours) {
            for (Ikev2Proposal p : offered.proposals()) {
                Optional<ChosenIke> c = IkeMatch.responder(mine, p, keGroup, supported);
                if (c.isPresent()) {
                    return c;
                }
            }
        }
        return Optional.empty();
    }

    /** Responder, CHILD_SA in CREATE_CHILD_SA (KE negotiated as configured). */
    public static Optional<ChosenEsp> selectEsp(List<EspProposal> ours, Ikev2SaPayload offered) {
        return selectEsp(ours, offered, ChildContext.CREATE_CHILD_SA, TransformFilter.ALL);
    }

    /** Responder; {@link ChildContext#IKE_AUTH} ignores KE transforms on both sides (group 0, RFC 7296 §1.2). */
    public static Optional<ChosenEsp> selectEsp(List<EspProposal> ours, Ikev2SaPayload offered, ChildContext context,
                                                TransformFilter supported) {
        for (EspProposal mine : ours) {
            for (Ikev2Proposal p : offered.proposals()) {
                Optional<ChosenEsp> c = EspMatch.responder(mine, p, context, supported);
                if (c.isPresent()) {
                    return c;
                }
            }
        }
        return Optional.empty();
    }

    /** Initiator: check the IKE SA response against what we offered. */
    public static Optional<ChosenIke> acceptIke(List<IkeProposal> offered, Ikev2SaPayload response) {
        Optional<Ikev2Proposal> p = single(response);
        if (p.isEmpty()) {
            return Optional.empty();
        }
        for (IkeProposal mine : offered) {
            Optional<ChosenIke> c = IkeMatch.initiator(mine, p.get());
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    /** Initiator, CREATE_CHILD_SA: check the ESP response against what we offered. */
    public static Optional<ChosenEsp> acceptEsp(List<EspProposal> offered, Ikev2SaPayload response) {
        return acceptEsp(offered, response, ChildContext.CREATE_CHILD_SA);
    }

    /** Initiator; with {@link ChildContext#IKE_AUTH} the response must carry no KE transform other than NONE. */
    public static Optional<ChosenEsp> acceptEsp(List<EspProposal> offered, Ikev2SaPayload response, ChildContext context) {
        Optional<Ikev2Proposal> p = single(response);
        if (p.isEmpty()) {
            return Optional.empty();
        }
        for (EspProposal mine : offered) {
            Optional<ChosenEsp> c = EspMatch.initiator(mine, p.get(), context);
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    /** KE groups (other than NONE) of the IKE proposals offered, first occurrence order, no duplicates. */
    public static List<Integer> offeredGroups(Ikev2SaPayload offered) {
        List<Integer> groups = new ArrayList<>();
        for (Ikev2Proposal p : offered.proposals()) {
            if (p.protocolId() != SaPayloads.PROTO_IKE) {
                continue;
            }
            for (Ikev2Transform t : p.transforms()) {
                if (t.transformType() == SaPayloads.KE && t.transformId() != 0 && !groups.contains(t.transformId())) {
                    groups.add(t.transformId());
                }
            }
        }
        return List.copyOf(groups);
    }

    /** The SPI of the offered proposal with that number (e.g. the peer's new IKE SPI in a rekey), if any. */
    public static Optional<Bytes> spiOf(Ikev2SaPayload sa, int proposalNumber) {
        for (Ikev2Proposal p : sa.proposals()) {
            if (p.proposalNumber() == proposalNumber) {
                return Optional.of(p.spi());
            }
        }
        return Optional.empty();
    }

    /** RFC 7296 §2.7: a response SA payload carries exactly one proposal with at most one transform per type. */
    private static Optional<Ikev2Proposal> single(Ikev2SaPayload response) {
        if (response.proposals().size() != 1) {
            return Optional.empty();
        }
        Ikev2Proposal p = response.proposals().get(0);
        List<Integer> seen = new ArrayList<>();
        for (Ikev2Transform t : p.transforms()) {
            if (seen.contains(t.transformType())) {
                return Optional.empty();
            }
            seen.add(t.transformType());
        }
        return Optional.of(p);
    }
}
