/**
 * Hosting for the deterministic IKE engine: {@link io.ike4j.transport.IkeFraming} (RFC 3948 §2.2 non-ESP
 * marker on every port pair without 500, as strongSwan and libreswan frame), the host-facing types
 * ({@link io.ike4j.transport.Datagram}, {@link io.ike4j.transport.DatagramHandler},
 * {@link io.ike4j.transport.Outbound}), the UDP runtime {@link io.ike4j.transport.UdpTransport} (one
 * selector loop thread per shard) and the in-memory {@link io.ike4j.transport.SimulatedNetwork} on a
 * {@link io.ike4j.transport.VirtualClock} for tests. Logs go to slf4j category {@code ike4j.transport}.
 */
package io.ike4j.transport;
