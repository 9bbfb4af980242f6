/**
 * The impairment catalogue: ready-made {@link io.ike4j.negotiator.Impairments} (IKEv2) and
 * {@link io.ike4j.negotiator.v1.Ikev1Impairments} (IKEv1) that make an ike4j engine a deliberately broken peer for
 * conformance tests, one class per kind of misbehaviour, each covering one class of libreswan's {@code impair} list:
 * <ul>
 *   <li>{@link io.ike4j.negotiator.impair.Flow} — drop / duplicate / delay / reorder / replay outgoing and incoming
 *       messages, every message twice, stop after a message (libreswan: drop-, duplicate-, replay-, block-inbound/
 *       outbound, suppress-retransmits); IKEv2 and IKEv1;</li>
 *   <li>{@link io.ike4j.negotiator.impair.Corrupt} — a length, a reserved bit, the next-payload chain, the ICV, the
 *       ciphertext of the finished datagram (corrupt-encrypted, bogus-payload-flag); IKEv2 and IKEv1;</li>
 *   <li>{@link io.ike4j.negotiator.impair.Header} — wrong SPI, wrong message ID, version, flags, exchange type
 *       (major/minor-version-bump, bogus-isakmp-flag, bad-ikev2-auth-xchg);</li>
 *   <li>{@link io.ike4j.negotiator.impair.Structure} — omit, duplicate, reorder payloads, unknown and critical
 *       payloads, extra notifications (omit-/add-v2-notification, add-unknown-v2-payload-to,
 *       unknown-v2-payload-critical);</li>
 *   <li>{@link io.ike4j.negotiator.impair.Values} — KE of another group, zero-length or oversized nonce, unknown
 *       transforms, duplicated proposal numbers, forced proposal and traffic selectors, a chosen notify as the
 *       answer, a corrupted AUTH (ke-payload, v2-proposal-dh, ikev2-add-ike-transform, force-proposal,
 *       number-of-TSi-selectors, bust-mi2);</li>
 *   <li>{@link io.ike4j.negotiator.impair.Ignore} — incoming notifications or payloads the engine acts as if it had
 *       not seen (ignore-v2-notification);</li>
 *   <li>{@link io.ike4j.negotiator.impair.Isakmp} — IKEv1 payloads: omitted, corrupted HASH, extra notify
 *       (v1-hash-check, v1-hash-payload).</li>
 * </ul>
 * Impairments compose with {@link io.ike4j.negotiator.Impairments#andThen} and
 * {@link io.ike4j.negotiator.v1.Ikev1Impairments#all}; selections ({@link io.ike4j.negotiator.impair.Select}) pick
 * an exchange, requests or responses, and every or the n-th match. Everything is deterministic: fixed filler, counts
 * in the engine's order, no clock.
 */
package io.ike4j.negotiator.impair;
