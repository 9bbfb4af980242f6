package io.ike4j.negotiator;

import io.ike4j.codec.v2.Ikev2Header;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.iana.Ikev2NotifyType;
import io.ike4j.crypto.kdf.Ikev2Kdf;
import io.ike4j.transport.DatagramEndpoint;

import java.security.MessageDigest;
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
        List<Ikev2NotifyPayload> src = Payloads.all(payloads, Ikev2NotifyPayload.class).stream()
                .filter(n -> n.notifyType() == Ikev2NotifyType.NAT_DETECTION_SOURCE_IP.number()).toList();
        Payloads.notify(payloads, Ikev2NotifyType.NAT_DETECTION_DESTINATION_IP.number()).ifPresent(d ->
                sa.localBehindNat = !MessageDigest.isEqual(d.data().toByteArray(), hash(received, sa.local).toByteArray()));
        if (!src.isEmpty()) {
            byte[] expect = hash(received, sa.remote).toByteArray();
            sa.remoteBehindNat = src.stream().noneMatch(n -> MessageDigest.isEqual(n.data().toByteArray(), expect));
        }
    }
}
