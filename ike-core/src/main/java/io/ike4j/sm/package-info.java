/**
 * What every IKE version's state machine shares: the local {@link io.ike4j.sm.Role} and the
 * {@link io.ike4j.sm.IkeVersion} a datagram, an SA or a failure belongs to. The IKEv2 states and events are
 * in {@code io.ike4j.sm.v2}; the ISAKMP (IKEv1) ones will sit beside them.
 */
package io.ike4j.sm;
