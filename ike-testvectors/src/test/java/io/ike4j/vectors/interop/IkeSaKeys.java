package io.ike4j.vectors.interop;

import io.ike4j.codec.Bytes;

/**
 * The IKEv2 IKE SA secrets charon logs at level 4 of group {@code ike} (RFC 7296 §2.14):
 * {@code shared Diffie Hellman secret}, {@code SKEYSEED}, {@code Sk_d secret} … {@code Sk_pr secret}.
 * {@code context} is the log's {@code <conn|unique-id>} tag. Absent values are {@link Bytes#EMPTY}.
 */
public record IkeSaKeys(String context, Bytes dhSecret, Bytes skeyseed, Bytes skD, Bytes skAi, Bytes skAr,
                        Bytes skEi, Bytes skEr, Bytes skPi, Bytes skPr) {
}
