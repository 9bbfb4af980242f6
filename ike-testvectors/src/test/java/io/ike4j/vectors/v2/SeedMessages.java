package io.ike4j.vectors.v2;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2AddressRangeSelector;
import io.ike4j.codec.v2.Ikev2AuthPayload;
import io.ike4j.codec.v2.Ikev2CertReqPayload;
import io.ike4j.codec.v2.Ikev2CpAttribute;
import io.ike4j.codec.v2.Ikev2CpPayload;
import io.ike4j.codec.v2.Ikev2Header;
import io.ike4j.codec.v2.Ikev2IdPayload;
import io.ike4j.codec.v2.Ikev2KePayload;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2NoncePayload;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.Ikev2Proposal;
import io.ike4j.codec.v2.Ikev2SaPayload;
import io.ike4j.codec.v2.Ikev2SkPayload;
import io.ike4j.codec.v2.Ikev2TrafficSelector;
import io.ike4j.codec.v2.Ikev2Transform;
import io.ike4j.codec.v2.Ikev2TransformAttribute;
import io.ike4j.codec.v2.Ikev2TsPayload;
import io.ike4j.codec.v2.Ikev2VendorIdPayload;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The messages of seed 002 (Cisco IOS PSK run, ios-reference.md §2) built with the codec API. Where the
 * seed gives no contents (key data, nonces, hashes, vendor IDs other than the named ones) the bytes are a
 * fixed counting pattern of the stated length.
 */
final class SeedMessages {
    static final Bytes ISPI = Bytes.fromHex("F074D8BBD5A59F0B");
    static final Bytes RSPI = Bytes.fromHex("F94020DD8CB4B9C4");

    private SeedMessages() {
    }

    static Bytes filler(int length, int seed) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) (seed * 31 + i);
        }
        return Bytes.wrap(b);
    }

    static Bytes ascii(String s) {
        return Bytes.wrap(s.getBytes(StandardCharsets.US_ASCII));
    }

    private static Ikev2Transform t(int type, int id) {
        return new Ikev2Transform(type, id);
    }

    private static Ikev2Transform aes(int bits) {
        return new Ikev2Transform(1, 12, List.of(Ikev2TransformAttribute.keyLength(bits)));
    }

    /** NAT-D notifies as IOS sends them: protocol IKE, no SPI, 20-octet SHA-1 hash. */
    private static Ikev2NotifyPayload natd(int type, int seed) {
        return new Ikev2NotifyPayload(1, Bytes.EMPTY, type, filler(20, seed));
    }

    /** Initiator IKE_SA_INIT, 344 octets. */
    static Ikev2Message initiatorSaInit() {
        Ikev2Proposal p = new Ikev2Proposal(1, 1, Bytes.EMPTY,
                List.of(t(1, 3), aes(128), t(2, 2), t(3, 2), t(4, 2)));
        return new Ikev2Message(new Ikev2Header(ISPI, Bytes.wrap(new byte[8]), 34, Ikev2Header.FLAG_INITIATOR, 0),
                List.of(new Ikev2SaPayload(List.of(p)),
                        new Ikev2KePayload(2, filler(128, 1)),
                        new Ikev2NoncePayload(filler(20, 2)),
                        new Ikev2VendorIdPayload(ascii("CISCO-DELETE-REASON")),
                        new Ikev2VendorIdPayload(ascii("FLEXVPN-SUPPORTED")),
                        natd(16388, 3),
                        natd(16389, 4)));
    }

    /** Responder IKE_SA_INIT response, 449 octets. */
    static Ikev2Message responderSaInit() {
        Ikev2Proposal p = new Ikev2Proposal(1, 1, Bytes.EMPTY, List.of(aes(128), t(2, 2), t(3, 2), t(4, 2)));
        return new Ikev2Message(new Ikev2Header(ISPI, RSPI, 34, Ikev2Header.FLAG_RESPONSE, 0),
                List.of(new Ikev2SaPayload(List.of(p)),
                        new Ikev2KePayload(2, filler(128, 5)),
                        new Ikev2NoncePayload(filler(20, 6)),
                        new Ikev2VendorIdPayload(ascii("CISCO-DELETE-REASON")),
                        new Ikev2VendorIdPayload(ascii("FLEXVPN-SUPPORTED")),
                        natd(16388, 7),
                        natd(16389, 8),
                        new Ikev2CertReqPayload(12, filler(100, 9)),
                        new Ikev2NotifyPayload(1, Bytes.EMPTY, 16392, Bytes.EMPTY)));
    }

    /** The plaintext inner payloads of the initiator's IKE_AUTH (493 octets). */
    static List<Ikev2Payload> initiatorAuthInner() {
        Ikev2TrafficSelector any = new Ikev2AddressRangeSelector(7, 0, 0, 65535, Bytes.fromHex("00000000"),
                Bytes.fromHex("ffffffff"));
        List<Ikev2CpAttribute> cp = new ArrayList<>();
        for (int type : new int[] {1, 2, 3, 4}) {
            cp.add(new Ikev2CpAttribute(type, Bytes.EMPTY));
        }
        cp.add(new Ikev2CpAttribute(7, ascii("Cisco IOS Software ".repeat(15).substring(0, 281))));
        return List.of(
                new Ikev2VendorIdPayload(filler(16, 10)),
                new Ikev2IdPayload(true, 1, Bytes.fromHex("0a000001")),
                new Ikev2AuthPayload(2, filler(20, 11)),
                new Ikev2CpPayload(1, cp),
                new Ikev2SaPayload(List.of(new Ikev2Proposal(1, 3, filler(4, 12), List.of(t(1, 3), t(3, 2), t(5, 0))))),
                new Ikev2TsPayload(true, List.of(any)),
                new Ikev2TsPayload(false, List.of(any)),
                new Ikev2NotifyPayload(1, Bytes.EMPTY, 16384, Bytes.EMPTY),
                new Ikev2NotifyPayload(1, Bytes.EMPTY, 16385, Bytes.fromHex("00000005")),
                new Ikev2NotifyPayload(1, Bytes.EMPTY, 16394, Bytes.EMPTY),
                new Ikev2NotifyPayload(1, Bytes.EMPTY, 16395, Bytes.EMPTY));
    }

    /** The initiator's IKE_AUTH as sent: 556 octets, SK of 528 (IV 16, 496 ciphertext, ICV 12). */
    static Ikev2Message initiatorAuth() {
        return new Ikev2Message(new Ikev2Header(ISPI, RSPI, 35, Ikev2Header.FLAG_INITIATOR, 1),
                List.of(new Ikev2SkPayload(43, filler(16 + 496 + 12, 13))));
    }

    /** CREATE_CHILD_SA rekeying the IKE SA: the request's inner payloads (SA 152, Ni 24, KE 136, N 12). */
    static List<Ikev2Payload> rekeyRequestInner() {
        List<Ikev2Transform> ts = List.of(aes(128), aes(192), aes(256),
                t(2, 7), t(2, 6), t(2, 5), t(2, 2), t(2, 1),
                t(3, 14), t(3, 13), t(3, 12), t(3, 2), t(3, 1),
                t(4, 5), t(4, 2));
        return List.of(new Ikev2SaPayload(List.of(new Ikev2Proposal(1, 1, filler(8, 14), ts))),
                new Ikev2NoncePayload(filler(20, 15)),
                new Ikev2KePayload(2, filler(128, 16)),
                new Ikev2NotifyPayload(1, Bytes.EMPTY, 16385, Bytes.fromHex("00000005")));
    }

    /** The response's inner payloads (SA 56, Nr 24, KE 136, N 12 = 228). */
    static List<Ikev2Payload> rekeyResponseInner() {
        return List.of(new Ikev2SaPayload(List.of(new Ikev2Proposal(1, 1, filler(8, 17),
                        List.of(aes(128), t(2, 2), t(3, 2), t(4, 2))))),
                new Ikev2NoncePayload(filler(20, 18)),
                new Ikev2KePayload(2, filler(128, 19)),
                new Ikev2NotifyPayload(1, Bytes.EMPTY, 16385, Bytes.fromHex("00000005")));
    }
}
