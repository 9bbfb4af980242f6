package io.ike4j.negotiator.proposal;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2Proposal;
import io.ike4j.codec.v2.Ikev2SaPayload;
import io.ike4j.codec.v2.Ikev2Transform;
import io.ike4j.codec.v2.Ikev2TransformAttribute;
import io.ike4j.config.EncryptionAlgorithm;
import io.ike4j.config.EspProposal;
import io.ike4j.config.IkeProposal;
import io.ike4j.crypto.iana.KeTransformId;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds SA payloads (RFC 7296 §3.3) from configured proposals (requests) or from a chosen proposal
 * (responses, which carry exactly one proposal with one transform per type, RFC 7296 §2.7). Proposals are
 * numbered 1..n in list order (§3.3.1). ENCR transforms carry the Key Length attribute (type 14, TV form)
 * exactly when the cipher has a variable key (§3.3.5), i.e. when {@link EncryptionAlgorithm#keyBits()} != 0.
 */
public final class SaPayloads {
    static final int ENCR = 1;
    static final int PRF = 2;
    static final int INTEG = 3;
    static final int KE = 4;
    static final int ESN = 5;
    static final int PROTO_IKE = 1;
    static final int PROTO_ESP = 3;

    private SaPayloads() {
    }

    /** IKE proposals, protocol IKE(1); spi empty (IKE_SA_INIT) or 8 octets (IKE SA rekey); IOS transform order. */
    public static Ikev2SaPayload ike(List<IkeProposal> proposals, Bytes spi) {
        return ike(proposals, spi, TransformOrder.IOS);
    }

    public static Ikev2SaPayload ike(List<IkeProposal> proposals, Bytes spi, TransformOrder order) {
        requireSpi(spi, 0, 8);
        List<Ikev2Proposal> out = new ArrayList<>();
        int n = 1;
        for (IkeProposal p : proposals) {
            List<Ikev2Transform> ts = new ArrayList<>();
            p.encryption().forEach(e -> ts.add(encr(e)));
            if (order == TransformOrder.IOS) {
                p.prf().forEach(id -> ts.add(new Ikev2Transform(PRF, id)));
                p.integrity().forEach(id -> ts.add(new Ikev2Transform(INTEG, id)));
            } else {
                p.integrity().forEach(id -> ts.add(new Ikev2Transform(INTEG, id)));
                p.prf().forEach(id -> ts.add(new Ikev2Transform(PRF, id)));
            }
            p.groups().forEach(id -> ts.add(new Ikev2Transform(KE, id)));
            out.add(new Ikev2Proposal(n++, PROTO_IKE, spi, ts));
        }
        return new Ikev2SaPayload(out);
    }

    /**
     * ESP proposals, protocol ESP(3), 4-octet SPI; transforms ENCR, INTEG, KE, ESN. The groups become KE
     * transforms; KE is optional for ESP and omitted when the only group is NONE or there is none (RFC 7296
     * §3.3.3: "A proposal MAY omit the optional types if the only value for them it will accept is NONE");
     * a NONE listed next to real groups is kept (PFS optional). ESN transforms are always present (mandatory).
     * For IKE_AUTH use {@link #esp(List, Bytes, ChildContext)} with {@link ChildContext#IKE_AUTH}.
     */
    public static Ikev2SaPayload esp(List<EspProposal> proposals, Bytes spi) {
        return esp(proposals, spi, ChildContext.CREATE_CHILD_SA);
    }

    /** As {@link #esp(List, Bytes)}; with {@link ChildContext#IKE_AUTH} no KE transforms are written (RFC 7296 §1.2). */
    public static Ikev2SaPayload esp(List<EspProposal> proposals, Bytes spi, ChildContext context) {
        requireSpi(spi, 4, 4);
        List<Ikev2Proposal> out = new ArrayList<>();
        int n = 1;
        for (EspProposal p : proposals) {
            List<Ikev2Transform> ts = new ArrayList<>();
            p.encryption().forEach(e -> ts.add(encr(e)));
            p.integrity().forEach(id -> ts.add(new Ikev2Transform(INTEG, id)));
            boolean onlyNone = true;
            for (int g : p.groups()) {
                onlyNone &= g == KeTransformId.NONE.number();
            }
            if (context == ChildContext.CREATE_CHILD_SA && !onlyNone) {
                p.groups().forEach(id -> ts.add(new Ikev2Transform(KE, id)));
            }
            p.esn().forEach(id -> ts.add(new Ikev2Transform(ESN, id)));
            out.add(new Ikev2Proposal(n++, PROTO_ESP, spi, ts));
        }
        return new Ikev2SaPayload(out);
    }

    /** Response: the single chosen IKE proposal, numbered as the initiator numbered it; IOS order. */
    public static Ikev2SaPayload ike(ChosenIke chosen, Bytes spi) {
        return ike(chosen, spi, TransformOrder.IOS);
    }

    public static Ikev2SaPayload ike(ChosenIke chosen, Bytes spi, TransformOrder order) {
        requireSpi(spi, 0, 8);
        List<Ikev2Transform> ts = new ArrayList<>();
        ts.add(encr(chosen.encryption()));
        Ikev2Transform prf = new Ikev2Transform(PRF, chosen.prf());
        if (order == TransformOrder.IOS) {
            ts.add(prf);
        }
        if (chosen.integrity() != 0) {
            ts.add(new Ikev2Transform(INTEG, chosen.integrity()));
        }
        if (order != TransformOrder.IOS) {
            ts.add(prf);
        }
        ts.add(new Ikev2Transform(KE, chosen.group()));
        return new Ikev2SaPayload(List.of(new Ikev2Proposal(chosen.proposalNumber(), PROTO_IKE, spi, ts)));
    }

    /** Response: the single chosen ESP proposal with OUR inbound SPI; KE only when a group was chosen. */
    public static Ikev2SaPayload esp(ChosenEsp chosen, Bytes ourSpi) {
        requireSpi(ourSpi, 4, 4);
        List<Ikev2Transform> ts = new ArrayList<>();
        ts.add(encr(chosen.encryption()));
        if (chosen.integrity() != 0) {
            ts.add(new Ikev2Transform(INTEG, chosen.integrity()));
        }
        if (chosen.group() != 0) {
            ts.add(new Ikev2Transform(KE, chosen.group()));
        }
        ts.add(new Ikev2Transform(ESN, chosen.esn()));
        return new Ikev2SaPayload(List.of(new Ikev2Proposal(chosen.proposalNumber(), PROTO_ESP, ourSpi, ts)));
    }

    static Ikev2Transform encr(EncryptionAlgorithm e) {
        return e.keyBits() == 0 ? new Ikev2Transform(ENCR, e.transformId())
                : new Ikev2Transform(ENCR, e.transformId(), List.of(Ikev2TransformAttribute.keyLength(e.keyBits())));
    }

    private static void requireSpi(Bytes spi, int a, int b) {
        if (spi == null || (spi.length() != a && spi.length() != b)) {
            throw new IllegalArgumentException("SPI must be " + (a == b ? a : a + " or " + b) + " octets, got "
                    + (spi == null ? "null" : spi.length()));
        }
    }
}
