/**
 * The IKEv2 state machine's vocabulary: {@link io.ike4j.sm.v2.Ikev2State} and
 * {@link io.ike4j.sm.v2.Ikev2Event} with the names Cisco IOS prints, and {@link io.ike4j.sm.v2.TraceEvent},
 * one record per step, whose text is the IOS {@code SM Trace->} line (slf4j category
 * {@code ike4j.ikev2.internal}). The reference sequences of ios-reference.md §1 are test data under
 * {@code src/test/resources/io/ike4j/sm/v2/reference}.
 */
package io.ike4j.sm.v2;
