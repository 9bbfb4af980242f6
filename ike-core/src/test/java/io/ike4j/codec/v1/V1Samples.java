package io.ike4j.codec.v1;

import io.ike4j.codec.Bytes;

import java.util.List;

/** IKEv1 messages shared by the codec, raw-encoder, formatter and property tests. */
public final class V1Samples {
    private V1Samples() {
    }

    /** strongSwan 5.9.8 Main Mode message 1 (capture v1-main-psk, frame 1): SA + 4 VIDs, 156 octets. */
    public static final String STRONGSWAN_MM1 = "949f22db7c71626f000000000000000001100200000000000000009c"
            + "0d00003800000001000000010000002c01010001000000240101000080010007800e0080800200028004000e"
            + "80030001800b0001800c3de00d00000c09002689dfd6b7120d000014afcad71368a1f1c96b8696fc7757010"
            + "00d0000144a131c81070358455c5728f20e95452f0000001490cb80913ebb696e086381b5ec427b1f";

    /** strongSwan Main Mode message 6 (frame 6): encrypted ID + HASH, 76 octets. */
    public static final String STRONGSWAN_MM6 = "949f22db7c71626f38bd534d1c06c91105100201000000000000004c"
            + "59ecdeda2c9320d815bbd1ae739de98530fdff914e4e039615f8744ea0868da9cb320653b1a0b1737aed6488e25057c6";

    public static Bytes hex(String s) {
        return Bytes.fromHex(s);
    }

    public static IsakmpHeader header(int exchange, int messageId) {
        return IsakmpHeader.of(0x1122334455667788L, 0x99aabbccddeeff00L, 0, exchange, 0, messageId);
    }

    /** The phase-1 transform of seed 004 (IOS MM1): DES, SHA, group 1, PSK, 86400 s as a 4-octet TLV. */
    public static Transform iosPhase1Transform() {
        return new Transform(1, 1, List.of(DataAttribute.tv(1, 1), DataAttribute.tv(2, 2), DataAttribute.tv(4, 1),
                DataAttribute.tv(3, 1), DataAttribute.tv(11, 1), DataAttribute.tlv(12, 86400, 4)));
    }

    /** Main Mode message 1 as the IOS initiator of seed 004 sends it. */
    public static IsakmpMessage iosMainMode1() {
        SaPayload sa = SaPayload.ipsec(1, List.of(new Proposal(1, 1, Bytes.EMPTY, List.of(iosPhase1Transform()))));
        return IsakmpMessage.plain(IsakmpHeader.of(0x4f76e0efe8ebe007L, 0, 0, 2, 0, 0),
                List.of(sa, new VendorIdPayload(hex("afcad71368a1f1c96b8696fc77570100"))));
    }

    /** The decrypted MM5 of seed 004: ID (IPv6 2001:DB8::2, UDP/500), HASH, N(INITIAL_CONTACT). */
    public static List<IsakmpPayload> iosMainMode5Body() {
        return List.of(new IdPayload(5, 17, 500, hex("20010db8000000000000000000000002")),
                new HashPayload(hex("00112233445566778899aabbccddeeff00112233")),
                new NotifyPayload(1, 1, 24578, hex("4f76e0efe8ebe0070011223344556677"), Bytes.EMPTY));
    }

    /** The decrypted QM1 of seed 004: HASH, SA (ESP_AES-128, HMAC-SHA, tunnel, 3600 s / 4608000 KB), Ni, IDci, IDcr. */
    public static List<IsakmpPayload> iosQuickMode1Body() {
        Transform t = new Transform(1, 12, List.of(DataAttribute.tv(4, 1), DataAttribute.tv(1, 1),
                DataAttribute.tv(2, 3600), DataAttribute.tv(1, 2), DataAttribute.tlv(2, 4608000, 4),
                DataAttribute.tv(5, 2), DataAttribute.tv(6, 128)));
        return List.of(new HashPayload(hex("0102030405060708090a0b0c0d0e0f1011121314")),
                SaPayload.ipsec(1, List.of(new Proposal(1, 3, hex("c0ffee01"), List.of(t)))),
                new NoncePayload(hex("a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4")),
                new IdPayload(6, 0, 0, hex("00000000000000000000000000000000" + "00000000000000000000000000000000")),
                new IdPayload(6, 0, 0, hex("00000000000000000000000000000000" + "00000000000000000000000000000000")));
    }

    /** One payload of every record type (plain chain), ending with trailing zero padding. */
    public static List<IsakmpPayload> everyPayload() {
        return List.of(iosMainMode1().payloads().get(0),
                new KePayload(hex("00112233")),
                new IdPayload(1, 17, 500, hex("c0a80001")),
                new CertPayload(4, hex("3082")),
                new CertReqPayload(4, Bytes.EMPTY),
                new HashPayload(hex("ab")),
                new SigPayload(hex("cd")),
                new NoncePayload(hex("0102")),
                new NotifyPayload(1, 3, 14, hex("01020304"), hex("ff")),
                new DeletePayload(1, 1, 16, List.of(hex("00112233445566778899aabbccddeeff"))),
                new VendorIdPayload(hex("09002689dfd6b712")),
                new AttributePayload(1, 7, List.of(DataAttribute.tlv(16521, Bytes.EMPTY), DataAttribute.tv(16520, 0))),
                NatDPayload.of(hex("1234")),
                new NatDPayload(130, hex("5678")),
                new NatOaPayload(21, 1, hex("0a000001")),
                new NatOaPayload(131, 5, hex("20010db8000000000000000000000001")),
                new FragmentPayload(1, 1, 1, hex("beef")),
                new UnknownPayload(15, hex("00")),
                new SaPayload(1, hex("0000000200000000"), List.of()),
                new SaPayload(2, hex("aa"), List.of()),
                new TrailingBytes(hex("000000")));
    }
}
