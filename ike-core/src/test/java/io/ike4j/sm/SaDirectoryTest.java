package io.ike4j.sm;

import io.ike4j.codec.Bytes;
import io.ike4j.config.IkeIdentity;
import io.ike4j.transport.DatagramEndpoint;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The version-neutral SA directory with an SA type of its own (what an IKEv1 ISAKMP SA will be). */
class SaDirectoryTest {
    static final class Sa implements SaDirectory.Entry {
        final int id;
        Bytes spi;
        final DatagramEndpoint remote;
        IkeIdentity peer;

        Sa(int id, DatagramEndpoint remote) {
            this.id = id;
            this.remote = remote;
        }

        @Override
        public int saId() {
            return id;
        }

        @Override
        public Bytes localSpi() {
            return spi;
        }

        @Override
        public DatagramEndpoint remote() {
            return remote;
        }

        @Override
        public IkeIdentity remoteIdentity() {
            return peer;
        }
    }

    @Test
    void indexesAndForgetting() {
        SaDirectory<Sa> d = new SaDirectory<>();
        DatagramEndpoint a = DatagramEndpoint.of("192.0.2.1", 500);
        DatagramEndpoint b = DatagramEndpoint.of("192.0.2.2", 500);
        Sa one = new Sa(1, a);
        Sa two = new Sa(2, a);
        Sa three = new Sa(3, b);
        for (Sa s : List.of(one, two, three)) {
            d.register(s);
        }
        assertTrue(d.othersWith(one), "two SAs with a");
        assertFalse(d.othersWith(three));
        one.spi = Bytes.fromHex("0102030405060708");
        d.indexLocalSpi(one);
        assertSame(one, d.byLocalSpi(Bytes.fromHex("0102030405060708")));
        assertNull(d.byLocalSpi(Bytes.fromHex("0807060504030201")));
        IkeIdentity id = IkeIdentity.fqdn("peer.example");
        one.peer = id;
        two.peer = id;
        d.established(one);
        d.established(two);
        d.established(three); // no identity yet: not indexed
        assertEquals(List.of(one, two), List.copyOf(d.establishedWith(id)));
        d.forget(one);
        assertNull(d.byId(1));
        assertNull(d.byLocalSpi(one.spi));
        assertEquals(List.of(two), List.copyOf(d.establishedWith(id)));
        assertFalse(d.othersWith(two), "one SA with a left");
        d.forget(two);
        assertEquals(List.of(), List.copyOf(d.establishedWith(id)));
        assertEquals(1, d.size());
        assertSame(three, d.byId(3));
        d.forget(three);
        assertEquals(0, d.size());
    }
}
