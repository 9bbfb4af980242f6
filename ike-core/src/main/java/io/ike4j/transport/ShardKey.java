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
