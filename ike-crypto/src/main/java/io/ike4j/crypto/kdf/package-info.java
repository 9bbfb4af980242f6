/**
 * Key derivation and the keyed computations of IKE: {@link io.ike4j.crypto.kdf.Ikev2Kdf} (RFC 7296 §2.13-2.18,
 * §2.15, §2.23, §2.6; RFC 9370) and {@link io.ike4j.crypto.kdf.Ikev1Kdf} (RFC 2409 §5, App. B; RFC 3947).
 * Both are written against the {@link io.ike4j.crypto.Prf} SPI only, so they run on every provider.
 */
package io.ike4j.crypto.kdf;
