/**
 * The IKEv1 engine (ISAKMP, RFC 2407/2408/2409 with RFC 3706 DPD): {@link io.ike4j.negotiator.v1.Ikev1Engine}, its
 * listener and exported keys. Its rows run on the version-neutral core of {@code io.ike4j.sm} with the ISAKMP states
 * and inputs of {@code io.ike4j.sm.v1}, as IOS prints them.
 */
package io.ike4j.negotiator.v1;
