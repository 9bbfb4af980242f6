package io.ike4j.codec.v1;

import io.ike4j.codec.Bytes;

import java.util.List;

/**
 * Security Association payload (RFC 2408 §3.4): DOI, Situation and proposals.
 *
 * <p>The Situation's length depends on the DOI. For the IPsec DOI (1) with only SIT_IDENTITY_ONLY (or
 * no bit) set it is 4 octets (RFC 2407 §4.6.1) and the proposals are decoded. For another DOI, or with
 * SIT_SECRECY/SIT_INTEGRITY (labeled domain data of variable length), the codec cannot locate the
 * proposals: {@code situation} then holds all octets after the DOI and {@code proposals} is empty.
 */
public record SaPayload(int doi, Bytes situation, List<Proposal> proposals) implements IsakmpPayload {
    /**
     * Copies the proposal list and checks the situation for the IPsec DOI.
     *
     * @param doi the Domain of Interpretation (1 for IPsec)
     * @param situation the situation field (4 octets for SIT_IDENTITY_ONLY)
     * @param proposals the proposals in wire order
     */
    public SaPayload {
        IsakmpCodec.require(situation != null, "null situation");
        proposals = List.copyOf(proposals);
        boolean decodable = doi == 1 && situation.length() >= 4 && (situationBits(situation) & ~1) == 0;
        if (doi == 1) {
            IsakmpCodec.require(situation.length() >= 4, "IPsec DOI situation shorter than 4 octets");
        }
        if (decodable) {
            IsakmpCodec.require(situation.length() == 4, "identity-only situation must be 4 octets");
        } else {
            IsakmpCodec.require(proposals.isEmpty(), "proposals need the IPsec DOI and an identity-only situation");
        }
    }

    /**
     * An IPsec DOI SA with a 4-octet situation (normally SIT_IDENTITY_ONLY = 1).
     *
     * @param situation the situation bits
     * @param proposals the proposals
     * @return the payload
     */
    public static SaPayload ipsec(int situation, List<Proposal> proposals) {
        byte[] s = {(byte) (situation >>> 24), (byte) (situation >>> 16), (byte) (situation >>> 8), (byte) situation};
        return new SaPayload(1, Bytes.wrap(s), proposals);
    }

    /** {@return the first four situation octets as a number (the IPsec DOI bitmask), or 0 if shorter} */
    public int situationBits() {
        return situation.length() >= 4 ? situationBits(situation) : 0;
    }

    private static int situationBits(Bytes s) {
        return (s.get(0) << 24) | (s.get(1) << 16) | (s.get(2) << 8) | s.get(3);
    }

    @Override
    public int type() {
        return 1;
    }
}
