/**
 * Immutable, builder-made, validated configuration shaped like Cisco IOS's IKEv2/IPsec configuration
 * (proposal, policy, keyring, profile, transform-set, ipsec profile), plus a parser for strongSwan's
 * proposal syntax ({@link io.ike4j.config.StrongSwanProposals}). Algorithms are kept as raw IANA
 * transform IDs (RFC 7296 §3.3.2) so values without an enum constant still work; builders validate
 * and throw {@link io.ike4j.config.ConfigException} with a message naming the bad value.
 */
package io.ike4j.config;
