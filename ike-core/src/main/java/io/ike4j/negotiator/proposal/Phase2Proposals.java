package io.ike4j.negotiator.proposal;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v1.DataAttribute;
import io.ike4j.codec.v1.Proposal;
import io.ike4j.codec.v1.SaPayload;
import io.ike4j.codec.v1.Transform;
import io.ike4j.config.EncryptionAlgorithm;
import io.ike4j.config.EspProposal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * IKEv1 Quick Mode ESP proposals (RFC 2407 §4.4.4, §4.5; RFC 3947 §5 for the UDP encapsulation modes): each transform
 * one ESP cipher with its key length, one authentication algorithm, the encapsulation mode, the lifetimes in seconds
 * and kilobytes and, with PFS, the group — in IOS's order ({@code encaps is 1 (Tunnel)}, {@code SA life type in
 * seconds}, {@code SA life duration (basic) of 3600}, {@code SA life type in kilobytes}, {@code SA life duration (VPI)
 * of 0x0 0x46 0x50 0x0}, {@code authenticator is HMAC-SHA}, {@code key length is 128}, ios-reference.md §3). The
 * responder's choice keeps the shorter of the two lifetimes, each kind on its own.
 */
public final class Phase2Proposals {
    static final int LIFE_TYPE = 1;
    static final int LIFE_DURATION = 2;
    static final int GROUP = 3;
    static final int ENCAPSULATION = 4;
    static final int AUTH = 5;
    static final int KEY_LENGTH = 6;
    static final int SECONDS = 1;
    static final int KILOBYTES = 2;
    /** RFC 2407 §4.5 encapsulation modes; RFC 3947 §5 adds UDP-Encapsulated-Tunnel 3 and -Transport 4. */
    public static final int TUNNEL = 1;
    public static final int TRANSPORT = 2;
    public static final int UDP_TUNNEL = 3;
    public static final int UDP_TRANSPORT = 4;

    /**
     * One ESP suite in IKEv1 numbers.
     *
     * @param transformNumber its number in the SA payload it came from (0 when built locally)
     * @param espId the ESP transform ID (RFC 2407 §4.4.4; the IKEv2 ENCR numbers: 3 3DES, 12 AES-CBC, 20 AES-GCM-16)
     * @param keyBits the key length attribute, 0 without
     * @param auth the authentication algorithm (1 HMAC-MD5, 2 HMAC-SHA, 5/6/7 HMAC-SHA2-256/384/512, 9 AES-XCBC; 0 AEAD)
     * @param group the PFS group, 0 without PFS
     * @param encapsulation the encapsulation mode
     * @param lifeSeconds the lifetime in seconds, 0 without
     * @param lifeKilobytes the lifetime in kilobytes, 0 without
     */
    public record Suite(int transformNumber, int espId, int keyBits, int auth, int group, int encapsulation, long lifeSeconds,
                        long lifeKilobytes) {
    }

    private Phase2Proposals() {
    }

    /** The IKEv1 authentication algorithm of an IKEv2 INTEG id, or -1 if IKEv1 has none (0: none, for AEAD). */
    static int auth(int ikev2Integ) {
        return switch (ikev2Integ) {
            case 0 -> 0;
            case 1 -> 1;
            case 2 -> 2;
            case 12 -> 5;
            case 13 -> 6;
            case 14 -> 7;
            case 5 -> 9;
            default -> -1;
        };
    }

    /** Every suite of {@code proposals} IKEv1 can express; {@code pfsGroup} 0: none (Quick Mode then carries no KE). */
    public static List<Suite> suites(List<EspProposal> proposals, int pfsGroup, int encapsulation, long seconds, long kilobytes) {
        List<Suite> out = new ArrayList<>();
        for (EspProposal p : proposals) {
            List<Integer> integ = p.integrity().isEmpty() ? List.of(0) : p.integrity();
            for (EncryptionAlgorithm e : p.encryption()) {
                for (int i : integ) {
                    int a = auth(i);
                    if (a >= 0 && (a == 0) == e.aead()) {
                        out.add(new Suite(0, e.transformId(), e.keyBits(), a, pfsGroup, encapsulation, seconds, kilobytes));
                    }
                }
            }
        }
        return out;
    }

    /** Our Quick Mode SA payload: one ESP proposal with our inbound SPI, a transform per suite (RFC 2408 §3.5). */
    public static SaPayload offer(List<Suite> suites, Bytes spi) {
        List<Transform> ts = new ArrayList<>();
        int n = 1;
        for (Suite s : suites) {
            ts.add(transform(n++, s));
        }
        return SaPayload.ipsec(1, List.of(new Proposal(1, 3, spi, ts)));
    }

    /** The responder's answer: the chosen transform (its number kept) with the responder's inbound SPI. */
    public static SaPayload answer(Suite chosen, Bytes spi) {
        return SaPayload.ipsec(1, List.of(new Proposal(1, 3, spi, List.of(transform(chosen.transformNumber(), chosen)))));
    }

    private static Transform transform(int number, Suite s) {
        List<DataAttribute> a = new ArrayList<>();
        a.add(DataAttribute.tv(ENCAPSULATION, s.encapsulation()));
        if (s.lifeSeconds() > 0) {
            a.add(DataAttribute.tv(LIFE_TYPE, SECONDS));
            a.add(s.lifeSeconds() <= 0xFFFF ? DataAttribute.tv(LIFE_DURATION, (int) s.lifeSeconds())
                    : DataAttribute.tlv(LIFE_DURATION, s.lifeSeconds(), 4)); // IOS: "(basic) of 3600"
        }
        if (s.lifeKilobytes() > 0) {
            a.add(DataAttribute.tv(LIFE_TYPE, KILOBYTES));
            a.add(DataAttribute.tlv(LIFE_DURATION, s.lifeKilobytes(), 4)); // IOS: "(VPI) of 0x0 0x46 0x50 0x0"
        }
        if (s.auth() != 0) {
            a.add(DataAttribute.tv(AUTH, s.auth()));
        }
        if (s.keyBits() != 0) {
            a.add(DataAttribute.tv(KEY_LENGTH, s.keyBits()));
        }
        if (s.group() != 0) {
            a.add(DataAttribute.tv(GROUP, s.group()));
        }
        return new Transform(number, s.espId(), a);
    }

    /** The suite an offered ESP transform describes, or empty if an attribute is unknown or unreadable. */
    static Optional<Suite> read(Transform t) {
        int bits = 0;
        int auth = 0;
        int group = 0;
        int encaps = TUNNEL; // RFC 2407 §4.5: "an unspecified mode" is left to the implementation; IOS assumes tunnel
        long seconds = 0;
        long kilobytes = 0;
        int lifeType = 0;
        for (DataAttribute a : t.attributes()) {
            if (!a.hasNumericValue()) {
                return Optional.empty();
            }
            long v = a.numericValue();
            switch (a.type()) {
                case LIFE_TYPE -> lifeType = (int) v;
                case LIFE_DURATION -> {
                    if (lifeType == SECONDS) {
                        seconds = v;
                    } else if (lifeType == KILOBYTES) {
                        kilobytes = v;
                    } else {
                        return Optional.empty(); // §4.5: a duration MUST follow its life type
                    }
                }
                case GROUP -> group = (int) v;
                case ENCAPSULATION -> encaps = (int) v;
                case AUTH -> auth = (int) v;
                case KEY_LENGTH -> bits = (int) v;
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new Suite(t.number(), t.transformId(), bits, auth, group, encaps, seconds, kilobytes));
    }

    /**
     * The responder's choice: our most preferred suite matched exactly by an offered transform (cipher and key length,
     * authentication, PFS group, encapsulation), with each lifetime the shorter of the two (ios-reference.md §3: "the
     * phase-2 lifetime chosen is the shorter of the two proposals"; a side that set none takes the other's).
     */
    public static Optional<Suite> select(List<Suite> ours, SaPayload offered) {
        List<Suite> theirs = new ArrayList<>();
        for (Proposal p : offered.proposals()) {
            if (p.protocolId() == 3 && p.spi().length() == 4) {
                for (Transform t : p.transforms()) {
                    read(t).ifPresent(theirs::add);
                }
            }
        }
        for (Suite mine : ours) {
            for (Suite t : theirs) {
                if (t.espId() == mine.espId() && t.keyBits() == mine.keyBits() && t.auth() == mine.auth()
                        && t.group() == mine.group() && t.encapsulation() == mine.encapsulation()) {
                    return Optional.of(new Suite(t.transformNumber(), t.espId(), t.keyBits(), t.auth(), t.group(),
                            t.encapsulation(), shorter(t.lifeSeconds(), mine.lifeSeconds()),
                            shorter(t.lifeKilobytes(), mine.lifeKilobytes())));
                }
            }
        }
        return Optional.empty();
    }

    private static long shorter(long a, long b) {
        return a == 0 ? b : b == 0 ? a : Math.min(a, b);
    }
}
