package io.ike4j.negotiator;

import io.ike4j.crypto.RandomSource;
import io.ike4j.transport.DatagramEndpoint;
import org.junit.jupiter.api.Test;

import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On real sockets an engine on port 500 also listens on 4500 (RFC 7296 §2.23), unless that port is taken, which turns
 * floating off instead of failing (binds 127.0.0.91/92 ports 500 and 4500: the build runs as root).
 */
class NatTraversalRuntimeTest {
    private static Ikev2Engine.Builder builder() {
        EnginePair.Config c = new EnginePair.Config();
        return Ikev2Engine.builder().configuration(c.build()).crypto(EnginePair.CRYPTO).random(RandomSource.secure())
                .outbound(d -> { });
    }

    @Test
    void port500BringsPort4500() {
        DatagramEndpoint ike = DatagramEndpoint.of("127.0.0.91", 500);
        try (Ikev2Runtime rt = Ikev2Runtime.start(builder(), List.of(ike), Duration.ofMillis(50), 1, 0)) {
            assertEquals(List.of(ike, DatagramEndpoint.of("127.0.0.91", 4500)), rt.localEndpoints());
            assertEquals(Integer.valueOf(4500), rt.<Integer>call(e -> e.core().natTraversalPort));
        }
    }

    @Test
    void aTakenNatTPortTurnsFloatingOff() throws Exception {
        DatagramEndpoint ike = DatagramEndpoint.of("127.0.0.92", 500);
        try (DatagramChannel other = DatagramChannel.open()) {
            other.bind(DatagramEndpoint.of("127.0.0.92", 4500).toSocketAddress()); // another IKE daemon's socket
            try (Ikev2Runtime rt = Ikev2Runtime.start(builder(), List.of(ike), Duration.ofMillis(50), 1, 0)) {
                assertEquals(List.of(ike), rt.localEndpoints());
                assertEquals(Integer.valueOf(0), rt.<Integer>call(e -> e.core().natTraversalPort), "no floating to a port we do not hold");
                assertTrue(other.isOpen());
                assertFalse(rt.localEndpoints().contains(DatagramEndpoint.of("127.0.0.92", 4500)));
            }
        }
    }
}
