package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.sm.IkeVersion;
import io.ike4j.transport.Datagram;
import io.ike4j.transport.DatagramEndpoint;
import io.ike4j.transport.DatagramHandler;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The front door routes each datagram by the major version in its header (issue 11 point 3). */
class FrontDoorTest {
    private static final DatagramEndpoint A = DatagramEndpoint.of("10.0.0.1", 500);
    private static final DatagramEndpoint B = DatagramEndpoint.of("10.0.0.2", 500);

    private static Datagram withVersion(int versionOctet, int length) {
        byte[] b = new byte[length];
        if (length > 17) {
            b[17] = (byte) versionOctet;
        }
        return Datagram.of(b, B, A);
    }

    private static final class Seen implements DatagramHandler {
        final List<Datagram> got = new ArrayList<>();
        final List<Instant> ticks = new ArrayList<>();

        @Override
        public void onDatagram(Datagram d) {
            got.add(d);
        }

        @Override
        public void onTick(Instant now) {
            ticks.add(now);
        }
    }

    @Test
    void eachDatagramGoesToTheEngineOfItsMajorVersion() {
        Seen v2 = new Seen();
        Seen v1 = new Seen();
        FrontDoor door = new FrontDoor(v2).with(IkeVersion.IKEV1, v1);
        door.onDatagram(withVersion(0x20, 28));
        door.onDatagram(withVersion(0x10, 28)); // ISAKMP 1.0
        door.onDatagram(withVersion(0x20, 100));
        door.onDatagram(withVersion(0x30, 28)); // a major version nobody defines
        door.onDatagram(withVersion(0x20, 27)); // shorter than a header
        assertEquals(2, v2.got.size());
        assertEquals(1, v1.got.size());
        assertEquals(2, door.droppedForVersion());
        door.onTick(Instant.EPOCH);
        assertEquals(List.of(Instant.EPOCH), v1.ticks);
        assertEquals(List.of(Instant.EPOCH), v2.ticks);
    }

    @Test
    void withoutAnIkev1EngineIkev1IsDroppedAndCounted() {
        Seen v2 = new Seen();
        FrontDoor door = new FrontDoor(v2);
        door.onDatagram(withVersion(0x10, 60));
        assertEquals(0, v2.got.size());
        assertEquals(1, door.droppedForVersion());
        assertEquals(IkeVersion.IKEV2, FrontDoor.versionOf(withVersion(0x20, 28)));
        assertNull(FrontDoor.versionOf(Datagram.of(Bytes.EMPTY.toByteArray(), B, A)));
    }
}
