/**
 * IKEv2 wire codec (RFC 7296 §3, RFC 7383 fragments).
 *
 * <p>Entry points: {@link io.ike4j.codec.v2.Ikev2Codec} (decode/encode, plaintext payload chains),
 * {@link io.ike4j.codec.v2.Ikev2RawEncoder} (deliberately broken encodings for the fuzzer). Messages are
 * immutable records ({@link io.ike4j.codec.v2.Ikev2Message}, {@link io.ike4j.codec.v2.Ikev2Header}, one
 * record per payload type under the sealed {@link io.ike4j.codec.v2.Ikev2Payload}); opaque fields are
 * {@link io.ike4j.codec.Bytes} views into the decoded datagram. Registries are enums in
 * {@code io.ike4j.codec.v2.iana} and, for transform IDs, {@code io.ike4j.crypto.iana}.
 */
package io.ike4j.codec.v2;
