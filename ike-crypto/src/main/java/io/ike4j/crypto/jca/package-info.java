/**
 * The {@code jca} {@link io.ike4j.crypto.CryptoProvider}: IKE algorithms on whatever {@code java.security}
 * providers are installed, or on one given provider (a FIPS module). Entry point:
 * {@link io.ike4j.crypto.jca.JcaProvider}; everything else is package-private.
 *
 * <p>What the JCA offers is probed once per {@code JcaProvider} (tens of milliseconds); what it lacks is
 * reported by {@code supported}/{@code unsupported} rather than failing mid-handshake. Where the JDK has
 * the building block but not the IKE construction, the construction is made here from the block:
 * AES-XCBC/CMAC and AES-CCM from AES/ECB (+ AES/CTR), GCM with 8-octet ICVs by tag truncation, the RFC
 * 3686 counter block for AES-CTR, MODP in BigInteger when no DH KeyAgreement exists, RFC 5903 / RFC 7748
 * value encodings, RFC 4754 raw ECDSA. Peer values are validated before the provider sees them.
 */
package io.ike4j.crypto.jca;
