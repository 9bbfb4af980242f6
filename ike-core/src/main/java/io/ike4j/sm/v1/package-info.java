/**
 * The IKEv1 (ISAKMP) state machine's vocabulary, as Cisco IOS prints it in {@code debug crypto isakmp}
 * (ios-reference.md §3, seed 004): the phase-1 and quick-mode states, the inputs, and the trace step. The rows and
 * the engine come with the IKEv1 issue; they run on the version-neutral core of {@code io.ike4j.sm}.
 */
package io.ike4j.sm.v1;
