package io.ike4j.negotiator.proposal;

import io.ike4j.codec.v2.Ikev2Proposal;
import io.ike4j.codec.v2.Ikev2Transform;
import io.ike4j.codec.v2.Ikev2TransformAttribute;
import io.ike4j.config.EncryptionAlgorithm;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One received proposal, sorted by transform type (RFC 7296 §3.3.6): which types are present, and per type
 * the acceptable transforms. A transform with an attribute we do not understand (anything but one TV
 * Key Length on ENCR) is unacceptable and dropped; a type outside {@code knownTypes} makes the whole
 * proposal unacceptable ({@link #understood()} false).
 */
final class Offer {
    private final Ikev2Proposal proposal;
    private final boolean understood;
    /**
     * Per transform in the peer's order: its type, and the value to match (ENCR: {@code id << 16 | keyBits}; -1
     * when its attributes cannot be honoured). Flat arrays, not sets of boxed values: a proposal has a handful
     * of transforms and this runs for every one an initiator offers, on each IKE_SA_INIT and IKE_AUTH.
     */
    private final int[] types;
    private final long[] values;

    private Offer(Ikev2Proposal proposal, Set<Integer> knownTypes) {
        this.proposal = proposal;
        List<Ikev2Transform> ts = proposal.transforms();
        types = new int[ts.size()];
        values = new long[ts.size()];
        boolean ok = true;
        for (int i = 0; i < types.length; i++) {
            Ikev2Transform t = ts.get(i);
            types[i] = t.transformType();
            values[i] = -1L;
            if (!knownTypes.contains(types[i])) {
                ok = false;
                continue;
            }
            values[i] = acceptableValue(t);
        }
        this.understood = ok;
    }

    static Offer of(Ikev2Proposal p, Set<Integer> knownTypes) {
        return new Offer(p, knownTypes);
    }

    /** The value to match, or -1 when the transform carries attributes we cannot honour (§3.3.6). */
    private static long acceptableValue(Ikev2Transform t) {
        List<Ikev2TransformAttribute> attrs = t.attributes();
        if (t.transformType() != SaPayloads.ENCR) {
            return attrs.isEmpty() ? t.transformId() : -1L;
        }
        if (attrs.isEmpty()) {
            return (long) t.transformId() << 16;
        }
        if (attrs.size() != 1 || attrs.get(0).attributeType() != Ikev2TransformAttribute.KEY_LENGTH
                || !attrs.get(0).tvFormat()) {
            return -1L;
        }
        return (long) t.transformId() << 16 | attrs.get(0).tvValue();
    }

    Ikev2Proposal proposal() {
        return proposal;
    }

    boolean understood() {
        return understood;
    }

    boolean present(int type) {
        for (int t : types) {
            if (t == type) {
                return true;
            }
        }
        return false;
    }

    boolean has(int type, int id) {
        return contains(type, type == SaPayloads.ENCR ? (long) id << 16 : (long) id);
    }

    boolean hasEncr(EncryptionAlgorithm e) {
        return contains(SaPayloads.ENCR, (long) e.transformId() << 16 | e.keyBits());
    }

    private boolean contains(int type, long value) {
        for (int i = 0; i < types.length; i++) {
            if (types[i] == type && values[i] == value) {
                return true;
            }
        }
        return false;
    }

    /** Acceptable IDs of a non-ENCR type in the peer's order. */
    List<Integer> ids(int type) {
        List<Integer> out = new ArrayList<>(2);
        for (int i = 0; i < types.length; i++) {
            if (types[i] == type && values[i] >= 0) {
                out.add((int) values[i]);
            }
        }
        return out;
    }
}
