package io.ike4j.transport;

/**
 * Counters of a {@link UdpTransport} at one moment.
 *
 * @param received       datagrams read from the sockets
 * @param ikeDelivered   IKE messages handed to handlers
 * @param esp            ESP packets (marker port pair, non-zero SPI): not IKE, ignored here
 * @param keepalives     NAT keepalives (RFC 3948 §2.3)
 * @param malformed      datagrams that are none of the above (too short for their kind)
 * @param oversized      datagrams larger than the receive buffer bound (dropped, never truncated)
 * @param sent           datagrams written
 * @param sendFailures   sends that failed (no bound channel for the local endpoint, full buffer, I/O error)
 * @param handlerErrors  runtime exceptions thrown by handlers (logged, loop continues)
 */
public record TransportStats(long received, long ikeDelivered, long esp, long keepalives, long malformed,
                             long oversized, long sent, long sendFailures, long handlerErrors) {
}
