/**
 * The BouncyCastle crypto provider ({@link io.ike4j.crypto.bc.BouncyCastleProvider}, name {@code bc}),
 * built on BouncyCastle's lightweight API only: nothing is registered with {@code java.security.Security}.
 *
 * <ul>
 * <li>PRF 1, 2, 4 (AES128-XCBC with the RFC 4434 key rules; XCBC itself is written here from RFC 3566),
 *     5, 6, 7, 8 (AES128-CMAC with the RFC 4615 key rules).</li>
 * <li>INTEG 1, 2, 5, 8, 12, 13, 14 and the private-use legacy HMAC-SHA2-256-96
 *     ({@link io.ike4j.crypto.IntegrityIds#LEGACY_HMAC_SHA2_256_96}): listed as supported so a
 *     configuration can name it, but never to be offered or accepted unless the configuration opts in.</li>
 * <li>ENCR 3, 12, 13 (RFC 5930: key ‖ 4-octet nonce, counter block nonce ‖ IV ‖ 1), 11 (NULL: ESP only),
 *     AEAD 14-16 (CCM, 3-octet salt), 18-20 (GCM, 4-octet salt), 28 (ChaCha20-Poly1305, RFC 7634).</li>
 * <li>Key exchange 1, 2, 5, 14-18 (private exponents of 160-400 bits: twice the group's strength, not
 *     full length), 22-24 (exponent in [1, q-1], peer values checked for y^q = 1), ECP 19-21, 25-26,
 *     brainpool 27-30 (x ‖ y, x-only secret, points validated), 31/32 (X25519/X448, all-zero results
 *     rejected), ML-KEM 35-37 (FIPS 203 encapsulation-key and ciphertext-length checks).</li>
 * <li>Every {@link io.ike4j.crypto.SignatureScheme}, keys given as {@code java.security} keys.</li>
 * </ul>
 *
 * <p>The {@code keyed(...)} forms keep little per SA: HMAC its key K0, the AES CBC-MACs their keys and subkeys,
 * the ciphers and AEADs only the key; a message's key schedules are made for it, and its hash state lives in a
 * per-thread JDK digest (HotSpot runs it on the CPU's SHA instructions), all wiped before the call returns, and
 * {@code destroy()} zeroes what is kept (the figures behind that choice are in the classes' javadoc). BouncyCastle has no wipe API, so {@code BcWipe} zeroes a
 * listed set of private fields. The stateless calls key such an instance, use it and destroy it.
 */
package io.ike4j.crypto.bc;
