package io.ike4j.negotiator;

import io.ike4j.codec.v2.Ikev2Header;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.iana.Ikev2NotifyType;
import io.ike4j.crypto.kdf.Ikev2Kdf;
import io.ike4j.transport.DatagramEndpoint;

import java.util.List;

/**
 * NAT_DETECTION_SOURCE_IP / NAT_DETECTION_DESTINATION_IP (RFC 7296 §2.23): SHA-1 of the SPIs, address
 * and port as the sender saw them. The port float to 4500 is the lifecycle issue's; here NAT is detected
 * and recorded.
 */
final class NatDetection {
    private NatDetection() {
    }

    static Ikev2NotifyPayload source(Ikev2Header h, DatagramEndpoint local) {
        return Ikev2NotifyPayload.of(Ikev2NotifyType.NAT_DETECTION_SOURCE_IP.number(), hash(h, local));
    }

    static Ikev2NotifyPayload destination(Ikev2Header h, DatagramEndpoint remote) {
        return Ikev2NotifyPayload.of(Ikev2NotifyType.NAT_DETECTION_DESTINATION_IP.number(), hash(h, remote));
    }

    private static io.ike4j.codec.Bytes hash(Ikev2Header h, DatagramEndpoint e) {
        return io.ike4j.codec.Bytes.wrap(Ikev2Kdf.natDetectionHash(h.initiatorSpi().toByteArray(),
                h.responderSpi().toByteArray(), e.address().getAddress(), e.port()));
    }

    /** Sets the SA's NAT flags from the received message's notifies (absent notifies: no NAT assumed). */
    static void check(Ikev2Sa sa, Ikev2Header received, List<Ikev2Payload> payloads) {
        // NAT-D hashes are no secret (anyone on the path can compute them): plain comparison is fine.
        boolean destinationSeen = false;
        boolean sourceSeen = false;
        boolean sourceMatches = false;
        io.ike4j.codec.Bytes expectSource = null;
        for (Ikev2Payload p : payloads) {
            if (!(p instanceof Ikev2NotifyPayload n)) {
                continue;
            }
            if (n.notifyType() == Ikev2NotifyType.NAT_DETECTION_DESTINATION_IP.number() && !destinationSeen) {
                destinationSeen = true; // the first one counts
                sa.localBehindNat = !n.data().equals(hash(received, sa.local));
            } else if (n.notifyType() == Ikev2NotifyType.NAT_DETECTION_SOURCE_IP.number()) {
                sourceSeen = true; // any of several (a multi-homed sender sends one per address) may match
                if (expectSource == null) {
                    expectSource = hash(received, sa.remote);
                }
                sourceMatches |= n.data().equals(expectSource);
            }
        }
        if (sourceSeen) {
            sa.remoteBehindNat = !sourceMatches;
        }
    }
}
