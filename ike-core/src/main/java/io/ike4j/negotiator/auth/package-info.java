/**
 * Identities, X.509 certificates and signature authentication for IKEv2 IKE_AUTH: ID payload
 * conversion (RFC 7296 §3.5), CERT/CERTREQ (§3.6, §3.7), trust-anchor validation with the JDK's PKIX
 * CertPathValidator, and AUTH methods 1, 9-11 (RFC 4754) and 14 (RFC 7427). JDK only: PKCS#1 and SEC1
 * private keys are read with a small DER reader ({@code Der}) and handed to KeyFactory as PKCS#8.
 */
package io.ike4j.negotiator.auth;
