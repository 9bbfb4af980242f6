/**
 * ISAKMP / IKEv1 wire codec (RFC 2408 §3, RFC 2407 §4, RFC 2409, RFC 3947): immutable records for the
 * header and one record per payload type, {@link io.ike4j.codec.v1.IsakmpCodec} to decode and encode,
 * {@link io.ike4j.codec.v1.IsakmpRawEncoder} to write deliberately wrong messages, and the ISAKMP/IPsec
 * DOI registries as enums carrying their numbers. Records keep raw wire numbers so unknown values
 * round-trip; decoded messages re-encode byte for byte.
 */
package io.ike4j.codec.v1;
