package io.ike4j.transport;

import io.ike4j.codec.Bytes;

/**
 * Chooses the shard of a received IKE message. All datagrams with equal keys go to the same shard thread,
 * so an IKE SA's state is only ever touched by one thread.
 */
@FunctionalInterface
public interface ShardKey {

    /**
     * The key a received datagram is sharded by.
     *
     * @param datagram the IKE message
     * @return a key with value equality (e.g. a {@link Bytes}); {@code null} means shard 0
     */
    Object of(Datagram datagram);

    /**
     * {@return the IKE initiator SPI as key} (RFC 7296 §3.1, octets 0-7 of the header; ISAKMP initiator cookie
     * for IKEv1): fixed for the life of the IKE SA and present in every message of it, so it is a stable key.
     */
    static ShardKey initiatorSpi() {
        return d -> d.payload().length() >= 8 ? d.payload().slice(0, 8) : null;
    }

    /**
     * {@return the SPI the receiving side chose as key}: the responder SPI of a message from the original initiator
     * (RFC 7296 §3.1: I flag set, octet 19 bit 0x08) once it is non-zero, else the initiator SPI. An engine picks every
     * SPI of its own to hash to its shard, so this finds the shard of an SA whichever side initiated it, also after an
     * IKE SA rekey that the peer initiated (§1.3.2: the new SA's initiator SPI is then the peer's). IKEv1 has no I flag:
     * its messages go by the initiator cookie.
     */
    static ShardKey localSpi() {
        return d -> {
            Bytes p = d.payload();
            if (p.length() < 20) {
                return p.length() >= 8 ? p.slice(0, 8) : null;
            }
            boolean v2 = (p.get(17) >>> 4) == 2;
            if (v2 && (p.get(19) & 0x08) != 0) {
                Bytes spiR = p.slice(8, 8);
                for (int i = 0; i < 8; i++) {
                    if (spiR.get(i) != 0) {
                        return spiR;
                    }
                }
            }
            return p.slice(0, 8);
        };
    }

    /**
     * Shard index for a key: non-negative, stable for equal keys.
     *
     * @param key a key from {@link #of}, or null
     * @param shards the number of shards
     * @return an index in [0, shards)
     */
    static int shardOf(Object key, int shards) {
        return key == null ? 0 : Math.floorMod(key.hashCode() * 0x9E3779B9, shards);
    }
}
