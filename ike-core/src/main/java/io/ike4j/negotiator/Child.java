package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.sa.ChildSa;

import java.time.Instant;

/**
 * One established CHILD_SA of an IKE SA (RFC 7296 §1.3: any number of them) and its lifecycle: when it is due for
 * a rekey (the soft lifetime, jittered, §2.8) and when it must be gone (the hard lifetime), the octets the key
 * engine reported, and the exchange of ours that rekeys or deletes it. The keys are the {@link ChildSa}'s.
 */
final class Child {
    /** The keys and selectors; replaced by a copy when the CHILD_SA moves to a rekeyed IKE SA. */
    ChildSa keys;
    /** Soft and hard lifetime (null: none); {@code softOctets}/{@code hardOctets} 0: no byte limit. */
    Instant rekeyAt;
    Instant expireAt;
    long softOctets;
    long hardOctets;
    /** Our CREATE_CHILD_SA rekeying it, or our INFORMATIONAL deleting it, while in flight (§2.25.1). */
    Exchange rekeying;
    Exchange deleting;
    /** A rekey of ours or the peer's replaced it: it waits for its DELETE (§2.8), and is not rekeyed again. */
    Child replacedBy;
    /** §2.8.1: the peer's rekey of this CHILD_SA finished while ours was in flight: its new SA and lowest nonce. */
    Child peerReplacement;
    io.ike4j.codec.Bytes peerLowest;

    Child(ChildSa keys) {
        this.keys = keys;
    }

    Bytes inboundSpi() {
        return keys.inboundSpi();
    }

    Bytes outboundSpi() {
        return keys.outboundSpi();
    }

    /** Neither being replaced nor deleted: a rekey may start. */
    boolean live() {
        return replacedBy == null && deleting == null;
    }

    @Override
    public String toString() {
        return inboundSpi().toHex() + "/" + outboundSpi().toHex();
    }
}
