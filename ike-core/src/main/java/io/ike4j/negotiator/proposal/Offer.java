package io.ike4j.negotiator.proposal;

import io.ike4j.codec.v2.Ikev2Proposal;
import io.ike4j.codec.v2.Ikev2Transform;
import io.ike4j.codec.v2.Ikev2TransformAttribute;
import io.ike4j.config.EncryptionAlgorithm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
    private final Set<Integer> present = new HashSet<>();
    /** type -> acceptable transforms; ENCR entries are {@code id << 16 | keyBits} (as long: IDs are 16 bits). */
    private final Map<Integer, List<Long>> acceptable = new HashMap<>();

    private Offer(Ikev2Proposal proposal, Set<Integer> knownTypes) {
        this.proposal = proposal;
        boolean ok = true;
        for (Ikev2Transform t : proposal.transforms()) {
            int type = t.transformType();
            present.add(type);
            if (!knownTypes.contains(type)) {
                ok = false;
                continue;
            }
            long value = acceptableValue(t);
            if (value >= 0) {
                acceptable.computeIfAbsent(type, k -> new ArrayList<>()).add(value);
            }
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
        return present.contains(type);
    }

    boolean has(int type, int id) {
        return acceptable.getOrDefault(type, List.of()).contains(type == SaPayloads.ENCR ? (long) id << 16 : (long) id);
    }

    boolean hasEncr(EncryptionAlgorithm e) {
        return acceptable.getOrDefault(SaPayloads.ENCR, List.of()).contains((long) e.transformId() << 16 | e.keyBits());
    }

    /** Acceptable IDs of a non-ENCR type in the peer's order. */
    List<Integer> ids(int type) {
        return acceptable.getOrDefault(type, List.<Long>of()).stream().map(Long::intValue).toList();
    }
}
