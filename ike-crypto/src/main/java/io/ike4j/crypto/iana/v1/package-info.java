/**
 * IKEv1 / IPsec DOI algorithm registries (RFC 2409 App. A, RFC 2407 §4.4–4.5) as enums carrying their
 * IANA numbers; checked against the IANA XML by {@code io.ike4j.vectors.iana.Ikev1RegistryTest}.
 */
package io.ike4j.crypto.iana.v1;
