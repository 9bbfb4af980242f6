/**
 * IKEv2 proposal handling for the negotiator: building SA payloads from configured proposals
 * ({@link io.ike4j.negotiator.proposal.SaPayloads}), choosing a proposal as responder and checking the
 * responder's choice as initiator ({@link io.ike4j.negotiator.proposal.ProposalSelector}, RFC 7296 §2.7,
 * §3.3), and traffic selector narrowing ({@link io.ike4j.negotiator.proposal.TsNarrowing}, RFC 7296 §2.9).
 * Pure functions over immutable records: no state, no I/O.
 */
package io.ike4j.negotiator.proposal;
