/**
 * The crypto SPI ike-core talks to, the IANA transform registries (package {@code iana}), and key
 * derivation. Implementations: {@code io.ike4j.crypto.bc} (BouncyCastle lightweight API) and
 * {@code io.ike4j.crypto.jca} (installed {@code java.security} providers).
 */
package io.ike4j.crypto;
