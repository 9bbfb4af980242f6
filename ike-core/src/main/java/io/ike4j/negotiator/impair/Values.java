package io.ike4j.negotiator.impair;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2AuthPayload;
import io.ike4j.codec.v2.Ikev2KePayload;
import io.ike4j.codec.v2.Ikev2NoncePayload;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.Ikev2Proposal;
import io.ike4j.codec.v2.Ikev2SaPayload;
import io.ike4j.codec.v2.Ikev2Transform;
import io.ike4j.codec.v2.Ikev2TsPayload;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * IKEv2 value impairments (libreswan's ke-payload, v2-proposal-dh/integ, ikev2-add-ike/child-transform,
 * force-proposal, number-of-TSi/TSr-selectors and bust-mi2 class): payloads of the right type with values the peer
 * must refuse, or that force its hand. Filler octets come from a {@link SplittableRandom} with a fixed seed, so a
 * run is reproducible.
 */
public final class Values {
    private Values() {
    }

    /**
     * Writes another Diffie-Hellman group number into the KE payload (its key data unchanged), so the KE does not
     * match the group proposed (§1.2: the responder answers INVALID_KE_PAYLOAD).
     *
     * @param s which messages
     * @param group the group number written
     * @return the impairment
     */
    public static MessageImpairment keGroup(Select s, int group) {
        return MessageImpairment.payloads("ke-group-" + group, s, ps -> map(ps, p -> p instanceof Ikev2KePayload k
                ? new Ikev2KePayload(group, k.reserved(), k.keyData(), k.flags()) : p));
    }

    /**
     * Replaces the nonce by {@code length} octets (0 or 257+ violate §2.10's 16-256).
     *
     * @param s which messages
     * @param length the nonce length
     * @return the impairment
     */
    public static MessageImpairment nonceLength(Select s, int length) {
        byte[] n = new byte[length];
        new SplittableRandom(length).nextBytes(n);
        return MessageImpairment.payloads("nonce-length-" + length, s, ps -> map(ps, p -> p instanceof Ikev2NoncePayload np
                ? new Ikev2NoncePayload(Bytes.wrap(n.clone()), np.flags()) : p));
    }

    /**
     * Adds a transform to every proposal: an unknown ID of a known type must be ignored, an unknown type makes the
     * proposal unacceptable (§3.3.6).
     *
     * @param s which messages
     * @param transformType the transform type number
     * @param transformId the transform ID
     * @return the impairment
     */
    public static MessageImpairment addTransform(Select s, int transformType, int transformId) {
        Ikev2Transform t = new Ikev2Transform(0, transformType, 0, transformId, List.of());
        return MessageImpairment.payloads("add-transform-" + transformType + "-" + transformId, s,
                ps -> map(ps, p -> p instanceof Ikev2SaPayload sa ? new Ikev2SaPayload(sa.proposals().stream()
                        .map(pr -> new Ikev2Proposal(pr.reserved(), pr.proposalNumber(), pr.protocolId(), pr.spi(),
                                Structure.append(pr.transforms(), t))).toList(), sa.flags()) : p));
    }

    /**
     * Repeats the first proposal of every SA payload with the same proposal number (§3.3.1: numbers start at 1 and
     * increase by one).
     *
     * @param s which messages
     * @return the impairment
     */
    public static MessageImpairment duplicateProposalNumbers(Select s) {
        return MessageImpairment.payloads("duplicate-proposal-number", s, ps -> map(ps, p -> p instanceof Ikev2SaPayload sa
                ? new Ikev2SaPayload(Structure.append(sa.proposals(), sa.proposals().get(0)), sa.flags()) : p));
    }

    /**
     * Replaces the proposals of every SA payload with {@code forced} (as a responder: answer with a proposal that
     * was not offered, §2.7).
     *
     * @param s which messages
     * @param forced the proposals sent
     * @return the impairment
     */
    public static MessageImpairment forceProposal(Select s, List<Ikev2Proposal> forced) {
        List<Ikev2Proposal> copy = List.copyOf(forced);
        return MessageImpairment.payloads("force-proposal", s,
                ps -> map(ps, p -> p instanceof Ikev2SaPayload sa ? new Ikev2SaPayload(copy, sa.flags()) : p));
    }

    /**
     * Replaces TSi and TSr (§2.9: a responder may only narrow).
     *
     * @param s which messages
     * @param tsi sent as TSi
     * @param tsr sent as TSr
     * @return the impairment
     */
    public static MessageImpairment forceTrafficSelectors(Select s, Ikev2TsPayload tsi, Ikev2TsPayload tsr) {
        return MessageImpairment.payloads("force-ts", s, ps -> map(ps, p -> p.type() == Ikev2TsPayload.TYPE_TSI ? tsi
                : p.type() == Ikev2TsPayload.TYPE_TSR ? tsr : p));
    }

    /**
     * Answers with one notification instead of what the engine built (e.g. INVALID_KE_PAYLOAD 17 with a group,
     * NO_PROPOSAL_CHOSEN 14, AUTHENTICATION_FAILED 24, TEMPORARY_FAILURE 43).
     *
     * @param s which messages (typically responses)
     * @param notifyType the notify message type
     * @param data its data (e.g. the 2-octet group for INVALID_KE_PAYLOAD)
     * @return the impairment
     */
    public static MessageImpairment answerWithNotify(Select s, int notifyType, byte[] data) {
        Ikev2NotifyPayload n = Ikev2NotifyPayload.of(notifyType, Bytes.wrap(data.clone()));
        return MessageImpairment.payloads("answer-notify-" + notifyType, s, ps -> List.of(n));
    }

    /**
     * Flips one bit of the AUTH value (after it was computed: the peer must fail authentication, §2.15).
     *
     * @param s which messages
     * @return the impairment
     */
    public static MessageImpairment corruptAuth(Select s) {
        return MessageImpairment.payloads("bust-auth", s, ps -> map(ps, p -> {
            if (!(p instanceof Ikev2AuthPayload a) || a.data().isEmpty()) {
                return p;
            }
            byte[] d = a.data().toByteArray();
            d[0] ^= 0x01;
            return new Ikev2AuthPayload(a.method(), a.reserved(), Bytes.wrap(d), a.flags());
        }));
    }

    private static List<Ikev2Payload> map(List<Ikev2Payload> ps, java.util.function.UnaryOperator<Ikev2Payload> f) {
        List<Ikev2Payload> out = new ArrayList<>(ps.size());
        for (Ikev2Payload p : ps) {
            out.add(f.apply(p));
        }
        return out;
    }
}
