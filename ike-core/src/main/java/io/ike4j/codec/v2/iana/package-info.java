/**
 * IANA IKEv2 registries (ikev2-parameters.xml) as enums carrying their numbers; the five transform-ID
 * registries live in {@code io.ike4j.crypto.iana}. Checked by {@code io.ike4j.vectors.iana.Ikev2RegistryTest}.
 */
package io.ike4j.codec.v2.iana;
