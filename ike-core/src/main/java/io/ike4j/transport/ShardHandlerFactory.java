package io.ike4j.transport;

/** Creates the handler (typically one engine) that one shard thread of {@link UdpTransport} hosts. */
@FunctionalInterface
public interface ShardHandlerFactory {
    DatagramHandler create(int shard, Outbound outbound);
}
