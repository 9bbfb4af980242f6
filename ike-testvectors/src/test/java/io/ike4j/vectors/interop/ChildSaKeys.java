package io.ike4j.vectors.interop;

import io.ike4j.codec.Bytes;

/**
 * The CHILD_SA keys charon logs at level 4 of group {@code chd} (RFC 7296 §2.17 KEYMAT order):
 * {@code seed} ({@code [g^ir (new)] | Ni | Nr}), {@code encryption initiator key}, {@code encryption responder key},
 * {@code integrity initiator key}, {@code integrity responder key} (absent for AEAD, then {@link Bytes#EMPTY}).
 * {@code childName}, {@code spiIn}/{@code spiOut} (hex, as charon prints them) come from the following
 * {@code CHILD_SA name{n} established with SPIs X_i Y_o} line; empty if it never came.
 */
public record ChildSaKeys(String context, String childName, Bytes seed, Bytes encrI, Bytes encrR,
                          Bytes integI, Bytes integR, String spiIn, String spiOut) {
}
