package io.ike4j.negotiator.proposal;

import io.ike4j.codec.v2.Ikev2Proposal;
import io.ike4j.config.EncryptionAlgorithm;

import java.util.List;
import java.util.Optional;

/** Small helpers shared by {@link IkeMatch} and {@link EspMatch}. */
final class Pick {
    private Pick() {
    }

    /** Our first ID (our preference) of {@code type} the offer holds and the provider supports, or -1. */
    static int first(List<Integer> ours, Offer o, int type, TransformFilter supported) {
        for (int id : ours) {
            if (o.has(type, id) && (id == 0 || supported.supports(type, id))) {
                return id;
            }
        }
        return -1;
    }

    /**
     * Responder's integrity choice for cipher {@code enc}: 0 for AEAD (allowed when the offer has no INTEG or
     * offers NONE, RFC 5282 §8), our first offered integrity otherwise, -1 when nothing fits.
     */
    static int integrity(EncryptionAlgorithm enc, List<Integer> ours, Offer o, TransformFilter supported) {
        if (enc.aead()) {
            return !o.present(SaPayloads.INTEG) || o.has(SaPayloads.INTEG, 0) ? 0 : -1;
        }
        for (int id : ours) {
            if (id != 0 && o.has(SaPayloads.INTEG, id) && supported.supports(SaPayloads.INTEG, id)) {
                return id;
            }
        }
        return -1;
    }

    /**
     * Initiator's check of the response's single ENCR (and INTEG) against one of our proposals: the configured
     * cipher it names, or empty.
     */
    static Optional<EncryptionAlgorithm> encryption(List<EncryptionAlgorithm> ours, Offer o) {
        for (EncryptionAlgorithm e : ours) {
            if (o.hasEncr(e)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The response's INTEG for {@code enc} if it is one we offered (0 for AEAD without INTEG/with NONE), or -1. */
    static int responseIntegrity(EncryptionAlgorithm enc, List<Integer> ours, Offer o) {
        List<Integer> ids = o.ids(SaPayloads.INTEG);
        if (!o.present(SaPayloads.INTEG)) {
            return enc.aead() ? 0 : -1;
        }
        if (ids.size() != 1) {
            return -1;
        }
        int id = ids.get(0);
        if (enc.aead()) {
            return id == 0 ? 0 : -1;
        }
        return id != 0 && ours.contains(id) ? id : -1;
    }

    /** The single acceptable ID of {@code type} in a response, or -1 when absent or unacceptable. */
    static int single(Offer o, int type) {
        List<Integer> ids = o.ids(type);
        return ids.size() == 1 ? ids.get(0) : -1;
    }

    static boolean spiSize(Ikev2Proposal p, int a, int b) {
        return p.spi().length() == a || p.spi().length() == b;
    }
}
