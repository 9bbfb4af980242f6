package io.ike4j.transport;

/** Creates the handler (typically one engine) that one shard thread of {@link UdpTransport} hosts. */
@FunctionalInterface
public interface ShardHandlerFactory {
    /**
     * The handler of one shard, called once per shard when the transport starts.
     *
     * @param shard the shard's index, from 0
     * @param outbound where the handler sends
     * @return the handler
     */
    DatagramHandler create(int shard, Outbound outbound);
}
