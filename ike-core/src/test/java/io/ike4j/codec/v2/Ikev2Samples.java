package io.ike4j.codec.v2;

import io.ike4j.codec.Bytes;

import java.util.List;

/** Hand-built messages covering every payload type, shared by the ike-core IKEv2 tests. */
public final class Ikev2Samples {
    private Ikev2Samples() {
    }

    public static Bytes fill(int length, int value) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) (value + i);
        }
        return Bytes.wrap(b);
    }

    public static Ikev2Header header(int exchange, int flags, long messageId) {
        return new Ikev2Header(Bytes.fromHex("f074d8bbd5a59f0b"), Bytes.fromHex("f94020dd8cb4b9c4"), exchange, flags,
                messageId);
    }

    /** An IKE_SA_INIT request shaped like the seed's (SA, KE, Ni, V, V, N, N). */
    public static Ikev2Message saInit() {
        Ikev2Proposal p = new Ikev2Proposal(1, 1, Bytes.EMPTY, List.of(
                new Ikev2Transform(1, 3),
                new Ikev2Transform(1, 12, List.of(Ikev2TransformAttribute.keyLength(128))),
                new Ikev2Transform(2, 2),
                new Ikev2Transform(3, 2),
                new Ikev2Transform(4, 2)));
        return new Ikev2Message(new Ikev2Header(Bytes.fromHex("f074d8bbd5a59f0b"), Bytes.wrap(new byte[8]), 34, 0x08, 0),
                List.of(new Ikev2SaPayload(List.of(p)),
                        new Ikev2KePayload(2, fill(128, 1)),
                        new Ikev2NoncePayload(fill(20, 2)),
                        new Ikev2VendorIdPayload(fill(19, 3)),
                        new Ikev2VendorIdPayload(fill(17, 4)),
                        Ikev2NotifyPayload.of(16388, fill(20, 5)),
                        Ikev2NotifyPayload.of(16389, fill(20, 6))));
    }

    /** A plaintext IKE_AUTH-style chain with ID, CERT, CERTREQ, AUTH, CP, SA, TS, N, D, EAP, unknown. */
    public static List<Ikev2Payload> authChain() {
        Ikev2Proposal esp = new Ikev2Proposal(1, 3, fill(4, 9), List.of(
                new Ikev2Transform(1, 3), new Ikev2Transform(3, 2), new Ikev2Transform(5, 0)));
        Ikev2TrafficSelector any4 = new Ikev2AddressRangeSelector(7, 0, 0, 65535, Bytes.fromHex("00000000"),
                Bytes.fromHex("ffffffff"));
        Ikev2TrafficSelector v6 = new Ikev2AddressRangeSelector(8, 17, 500, 500, fill(16, 0x20), fill(16, 0x30));
        return List.of(
                new Ikev2IdPayload(true, 1, Bytes.fromHex("c0a80001")),
                new Ikev2CertPayload(4, fill(30, 7)),
                new Ikev2CertReqPayload(4, fill(20, 8)),
                new Ikev2AuthPayload(2, fill(20, 10)),
                new Ikev2CpPayload(1, List.of(new Ikev2CpAttribute(1, Bytes.EMPTY), new Ikev2CpAttribute(3, Bytes.EMPTY),
                        new Ikev2CpAttribute(7, Bytes.wrap("ike4j".getBytes(java.nio.charset.StandardCharsets.US_ASCII))))),
                new Ikev2SaPayload(List.of(esp)),
                new Ikev2TsPayload(true, List.of(any4, v6)),
                new Ikev2TsPayload(false, List.of(any4, new Ikev2RawTrafficSelector(9, 0, fill(20, 1)))),
                Ikev2NotifyPayload.of(16384, Bytes.EMPTY),
                new Ikev2NotifyPayload(3, fill(4, 1), 16393, Bytes.EMPTY),
                new Ikev2DeletePayload(3, 4, List.of(fill(4, 1), fill(4, 5))),
                new Ikev2DeletePayload(1, 0, List.of()),
                new Ikev2EapPayload(Bytes.fromHex("0201000a01616c696365")),
                new Ikev2UnknownPayload(200, fill(5, 1)),
                new Ikev2IdPayload(false, 2, Bytes.wrap("vpn.example".getBytes(java.nio.charset.StandardCharsets.US_ASCII))));
    }

    public static Ikev2Message authRequest() {
        return new Ikev2Message(header(35, 0x08, 1), List.of(new Ikev2SkPayload(35, fill(64, 1))));
    }

    public static Ikev2Message fragment(int n, int total) {
        return new Ikev2Message(header(35, 0x08, 1), List.of(new Ikev2SkfPayload(n == 1 ? 35 : 0, n, total, fill(48, n))));
    }
}
