package io.ike4j.negotiator.proposal;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v1.DataAttribute;
import io.ike4j.codec.v1.Proposal;
import io.ike4j.codec.v1.SaPayload;
import io.ike4j.codec.v1.Transform;
import io.ike4j.config.AuthMethod;
import io.ike4j.config.EncryptionAlgorithm;
import io.ike4j.config.IkeProposal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * IKEv1 phase-1 proposals (RFC 2409 §5, Appendix A; RFC 2408 §3.5-3.6): the configured (IKEv2-style) proposals as
 * one ISAKMP proposal whose KEY_IKE transforms each carry exactly one encryption, hash, group, authentication method
 * and lifetime (IKEv1 has no lists inside a transform), and the responder's choice among offered transforms. The
 * attribute order is IOS's ({@code encryption AES-CBC, keylength of 128, hash SHA, default group 2, auth pre-share,
 * life type in seconds, life duration (VPI) of 0x0 0x1 0x51 0x80}, ios-reference.md §3); the life duration goes as a
 * 4-octet variable attribute as IOS sends it.
 */
public final class Phase1Proposals {
    static final int ENCRYPTION = 1;
    static final int HASH = 2;
    static final int AUTH = 3;
    static final int GROUP = 4;
    static final int LIFE_TYPE = 11;
    static final int LIFE_DURATION = 12;
    static final int KEY_LENGTH = 14;
    static final int LIFE_SECONDS = 1;

    /**
     * One phase-1 suite, in IKEv1 numbers.
     *
     * @param transformNumber the transform's number in the SA payload it was chosen from (0 when built locally)
     * @param encryption Oakley encryption algorithm (RFC 2409 App. A: 1 DES, 5 3DES, 7 AES-CBC)
     * @param keyBits the key length attribute (AES), 0 without
     * @param hash Oakley hash (1 MD5, 2 SHA, 4 SHA2-256, 5 SHA2-384, 6 SHA2-512)
     * @param group the Oakley group (same numbers as IKEv2's: 1, 2, 5, 14-16, 19-21)
     * @param auth the authentication method (1 pre-shared key, 3 RSA signatures, 9/10/11 ECDSA, RFC 4754)
     * @param lifeSeconds the lifetime in seconds
     */
    public record Suite(int transformNumber, int encryption, int keyBits, int hash, int group, int auth, long lifeSeconds) {
    }

    private Phase1Proposals() {
    }

    /** Oakley encryption of an IKEv2 ENCR id (2 DES, 3 3DES, 12 AES-CBC), or 0 if IKEv1 has none. */
    static int encryption(int ikev2Encr) {
        return switch (ikev2Encr) {
            case 2 -> 1;
            case 3 -> 5;
            case 12 -> 7;
            default -> 0;
        };
    }

    /** Oakley hash of an IKEv2 PRF id (1 MD5, 2 SHA1, 5/6/7 SHA2-256/384/512), or 0. */
    static int hash(int ikev2Prf) {
        return switch (ikev2Prf) {
            case 1 -> 1;
            case 2 -> 2;
            case 5 -> 4;
            case 6 -> 5;
            case 7 -> 6;
            default -> 0;
        };
    }

    /** The IKEv1 authentication method (RFC 2409 App. A; RFC 4754 §8 for ECDSA by curve of {@code group}-like size). */
    static int auth(AuthMethod m, int ecdsaBits) {
        return switch (m) {
            case PRE_SHARE -> 1;
            case RSA_SIG -> 3;
            case ECDSA_SIG -> ecdsaBits >= 521 ? 11 : ecdsaBits >= 384 ? 10 : 9;
        };
    }

    /** Every suite of {@code proposals} IKEv1 can express, in configured order (AEAD ciphers and KEMs have no IKEv1 form). */
    public static List<Suite> suites(List<IkeProposal> proposals, AuthMethod auth, int ecdsaBits, long lifeSeconds) {
        List<Suite> out = new ArrayList<>();
        for (IkeProposal p : proposals) {
            for (EncryptionAlgorithm e : p.encryption()) {
                int enc = encryption(e.transformId());
                for (int prf : p.prf()) {
                    int h = hash(prf);
                    for (int g : p.groups()) {
                        if (enc != 0 && h != 0 && g > 0 && g < 32) {
                            out.add(new Suite(0, enc, e.keyBits(), h, g, auth(auth, ecdsaBits), lifeSeconds));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The initiator's SA payload: one ISAKMP proposal, a KEY_IKE transform per suite, numbered from 1 (§3.6). */
    public static SaPayload offer(List<Suite> suites) {
        List<Transform> ts = new ArrayList<>();
        int n = 1;
        for (Suite s : suites) {
            ts.add(transform(n++, s));
        }
        return SaPayload.ipsec(1, List.of(new Proposal(1, 1, Bytes.EMPTY, ts)));
    }

    /** The responder's SA payload: the chosen transform, with the number it had in the offer (RFC 2408 §4.2). */
    public static SaPayload answer(Suite chosen) {
        return SaPayload.ipsec(1, List.of(new Proposal(1, 1, Bytes.EMPTY, List.of(transform(chosen.transformNumber(), chosen)))));
    }

    private static Transform transform(int number, Suite s) {
        List<DataAttribute> a = new ArrayList<>();
        a.add(DataAttribute.tv(ENCRYPTION, s.encryption()));
        if (s.keyBits() != 0) {
            a.add(DataAttribute.tv(KEY_LENGTH, s.keyBits()));
        }
        a.add(DataAttribute.tv(HASH, s.hash()));
        a.add(DataAttribute.tv(GROUP, s.group()));
        a.add(DataAttribute.tv(AUTH, s.auth()));
        a.add(DataAttribute.tv(LIFE_TYPE, LIFE_SECONDS));
        a.add(DataAttribute.tlv(LIFE_DURATION, s.lifeSeconds(), 4)); // IOS: "life duration (VPI) of 0x0 0x1 0x51 0x80"
        return new Transform(number, 1, a); // KEY_IKE (RFC 2407 §4.4.2)
    }

    /** The suite one offered transform describes, or empty if it lacks a mandatory attribute or has an unknown one. */
    static Optional<Suite> read(Transform t) {
        int enc = 0;
        int bits = 0;
        int hash = 0;
        int group = 0;
        int auth = 0;
        long life = 0;
        int lifeType = LIFE_SECONDS;
        for (DataAttribute a : t.attributes()) {
            if (!a.hasNumericValue()) {
                return Optional.empty(); // a private group (GROUP_PRIME ...) or a value too long to be one of ours
            }
            long v = a.numericValue();
            switch (a.type()) {
                case ENCRYPTION -> enc = (int) v;
                case KEY_LENGTH -> bits = (int) v;
                case HASH -> hash = (int) v;
                case GROUP -> group = (int) v;
                case AUTH -> auth = (int) v;
                case LIFE_TYPE -> lifeType = (int) v;
                case LIFE_DURATION -> {
                    if (lifeType == LIFE_SECONDS) {
                        life = v; // kilobyte lifetimes are not phase-1 ones we enforce; noted, not refused
                    }
                }
                default -> {
                    return Optional.empty(); // RFC 2409 §5: an attribute we do not understand: not this transform
                }
            }
        }
        if (t.transformId() != 1 || enc == 0 || hash == 0 || group == 0 || auth == 0) {
            return Optional.empty();
        }
        return Optional.of(new Suite(t.number(), enc, bits, hash, group, auth, life));
    }

    /**
     * The responder's choice (RFC 2409 §5: it accepts one transform of the offer as it is): our most preferred suite that
     * an offered transform matches exactly (encryption and key length, hash, group, authentication method); the offer's
     * lifetime is taken when it is no longer than ours (IOS accepts a shorter initiator lifetime, and refuses a longer
     * one with NO_PROPOSAL_CHOSEN).
     */
    public static Optional<Suite> select(List<Suite> ours, SaPayload offered) {
        if (offered.proposals().size() != 1 || offered.proposals().get(0).protocolId() != 1) {
            return Optional.empty(); // §5: phase 1 offers one ISAKMP proposal
        }
        List<Suite> theirs = new ArrayList<>();
        for (Transform t : offered.proposals().get(0).transforms()) {
            read(t).ifPresent(theirs::add);
        }
        for (Suite mine : ours) {
            for (Suite t : theirs) {
                if (t.encryption() == mine.encryption() && t.keyBits() == mine.keyBits() && t.hash() == mine.hash()
                        && t.group() == mine.group() && t.auth() == mine.auth() && t.lifeSeconds() > 0
                        && t.lifeSeconds() <= mine.lifeSeconds()) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }
}
