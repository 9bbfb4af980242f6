package io.ike4j.vectors.v2;

import io.ike4j.crypto.vectors.MiniJson;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2AddressRangeSelector;
import io.ike4j.codec.v2.Ikev2AuthPayload;
import io.ike4j.codec.v2.Ikev2CertPayload;
import io.ike4j.codec.v2.Ikev2CertReqPayload;
import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2CpPayload;
import io.ike4j.codec.v2.Ikev2DeletePayload;
import io.ike4j.codec.v2.Ikev2EapPayload;
import io.ike4j.codec.v2.Ikev2EncryptedParts;
import io.ike4j.codec.v2.Ikev2IdPayload;
import io.ike4j.codec.v2.Ikev2KePayload;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2NoncePayload;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.Ikev2Proposal;
import io.ike4j.codec.v2.Ikev2SaPayload;
import io.ike4j.codec.v2.Ikev2SkPayload;
import io.ike4j.codec.v2.Ikev2SkfPayload;
import io.ike4j.codec.v2.Ikev2Transform;
import io.ike4j.codec.v2.Ikev2TsPayload;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Android's IKEv2 unit-test data (vectors/aosp-ipsec-tests/*.constants.json): the hex messages and payloads
 * decode to the values the neighbouring constants of the same Android test state.
 */
class Ikev2AndroidVectorsTest {
    private static final Map<String, Map<String, Map<String, Object>>> CACHE = new HashMap<>();

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> constants(String testClass) {
        return CACHE.computeIfAbsent(testClass, k -> {
            try (InputStream in = Ikev2AndroidVectorsTest.class.getResourceAsStream(
                    "/vectors/aosp-ipsec-tests/" + k + ".constants.json")) {
                assertNotNull(in, k);
                Map<String, Object> root = (Map<String, Object>) MiniJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                Map<String, Map<String, Object>> out = new HashMap<>();
                for (Object o : (List<Object>) root.get("constants")) {
                    Map<String, Object> c = (Map<String, Object>) o;
                    out.put((String) c.get("name"), c);
                }
                return out;
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    static Bytes hex(String testClass, String name) {
        Map<String, Object> c = constants(testClass).get(name);
        assertNotNull(c, testClass + "." + name);
        Object v = c.get("value");
        if (v instanceof String s) {
            return Bytes.fromHex(s);
        }
        // byte[] constants: hexStringToByteArray("...") literal(s) in the initializer.
        Matcher m = Pattern.compile("\"([0-9a-fA-F]*)\"").matcher((String) c.get("expr"));
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            sb.append(m.group(1));
        }
        return Bytes.fromHex(sb.toString());
    }

    static int number(String testClass, String name) {
        return Integer.parseInt(((String) constants(testClass).get(name).get("expr")).trim());
    }

    static Bytes address(String testClass, String name) throws IOException {
        Matcher m = Pattern.compile("\"([0-9a-fA-F.:]+)\"").matcher((String) constants(testClass).get(name).get("expr"));
        assertTrue(m.find(), name);
        return Bytes.wrap(InetAddress.getByName(m.group(1)).getAddress());
    }

    /** Wraps a payload body in a generic header and decodes it as a one-payload chain. */
    static Ikev2Payload body(int type, Bytes body) {
        byte[] b = new byte[4 + body.length()];
        b[2] = (byte) (b.length >> 8);
        b[3] = (byte) b.length;
        body.copyTo(b, 4);
        List<Ikev2Payload> chain = Ikev2Codec.decodePayloadChain(type, Bytes.wrap(b));
        assertEquals(1, chain.size());
        assertArrayEquals(b, Ikev2Codec.encodePayloadChain(chain));
        return chain.get(0);
    }

    /** A payload given with its generic header (next payload field ignored: it becomes 0). */
    static Ikev2Payload whole(int type, Bytes withHeader) {
        byte[] b = withHeader.toByteArray();
        int next = b[0];
        b[0] = 0;
        Ikev2Payload p = Ikev2Codec.decodePayloadChain(type, Bytes.wrap(b)).get(0);
        byte[] again = Ikev2Codec.encodePayloadChain(List.of(p));
        again[0] = (byte) next;
        assertArrayEquals(withHeader.toByteArray(), again);
        return p;
    }

    static List<Integer> types(List<Ikev2Payload> ps) {
        List<Integer> out = new ArrayList<>();
        for (Ikev2Payload p : ps) {
            out.add(p.type());
        }
        return out;
    }

    @Test
    void headerTest() {
        String t = "IkeHeaderTest";
        Ikev2Message m = Ikev2Codec.decode(hex(t, "IKE_SA_INIT_RAW_PACKET").toByteArray());
        assertEquals(hex(t, "IKE_INITIATOR_SPI"), m.header().initiatorSpi());
        assertEquals(hex(t, "IKE_RESPODNER_SPI"), m.header().responderSpi());
        assertEquals(33, m.firstPayloadType());
        assertEquals(number(t, "IKE_MAJOR_VERSION"), m.header().majorVersion());
        assertEquals(number(t, "IKE_MINOR_VERSION"), m.header().minorVersion());
        assertEquals(34, m.header().exchangeType());
        assertEquals(number(t, "IKE_MSG_ID"), m.header().messageId());
        assertEquals(number(t, "IKE_MSG_LENGTH"), Ikev2Codec.encode(m).length);
        assertEquals(hex(t, "IKE_HEADER_HEX_STRING"), Bytes.wrap(Ikev2Codec.encode(m)).slice(0, 28));
    }

    @Test
    void messageTest() {
        String t = "IkeMessageTest";
        Bytes init = Bytes.fromHex(hex(t, "IKE_SA_INIT_HEADER_RAW_PACKET").toHex() + hex(t, "IKE_SA_INIT_BODY_RAW_PACKET").toHex());
        Ikev2Message m = Ikev2Codec.decode(init.toByteArray());
        // EXPECTED_IKE_INIT_PAYLOAD_LIST: SA, KE, NONCE, NOTIFY, NOTIFY, VENDOR
        assertEquals(List.of(33, 34, 40, 41, 41, 43), types(m.payloads()));

        Bytes auth = Bytes.fromHex(hex(t, "IKE_AUTH_HEADER_HEX_STRING").toHex() + hex(t, "IKE_AUTH_BODY_HEX_STRING").toHex());
        Ikev2Message a = Ikev2Codec.decode(auth.toByteArray());
        Ikev2SkPayload sk = assertInstanceOf(Ikev2SkPayload.class, a.payloads().get(0));
        assertEquals(35, sk.innerNextPayload());
        assertEquals(number(t, "IKE_AUTH_EXPECTED_MESSAGE_ID"), a.header().messageId());
        Ikev2EncryptedParts parts = sk.split(number(t, "IKE_AUTH_CIPHER_IV_SIZE"), 12);
        assertEquals(hex(t, "IKE_AUTH_EXPECTED_CHECKSUM_HEX_STRING"), parts.icv());
        Bytes padded = hex(t, "IKE_AUTH_UNENCRYPTED_PADDED_DATA_HEX_STRING");
        assertEquals(padded.length(), parts.ciphertext().length());
        int padLength = padded.get(padded.length() - 1);
        List<Ikev2Payload> inner = Ikev2Codec.decodePayloadChain(35, padded.slice(0, padded.length() - 1 - padLength));
        assertEquals(whole(35, hex(t, "ID_INIT_PAYLOAD_HEX_STRING")), inner.get(0));
        assertEquals(whole(36, hex(t, "ID_RESP_PAYLOAD_HEX_STRING")), inner.get(1));

        Ikev2Message info = Ikev2Codec.decode(hex(t, "IKE_EMPTY_INFO_MSG_HEX_STRING").toByteArray());
        assertEquals(37, info.header().exchangeType());
        Ikev2SkPayload e = (Ikev2SkPayload) info.payloads().get(0);
        assertEquals(0, e.innerNextPayload());
        Ikev2EncryptedParts ep = e.split(16, 12);
        assertEquals(hex(t, "IKE_EMPTY_INFO_MSG_IV_HEX_STRING"), ep.iv());
        assertEquals(hex(t, "IKE_EMPTY_INFO_MSG_ENCRYPTED_DATA_HEX_STRING"), ep.ciphertext());
        assertEquals(hex(t, "IKE_EMPTY_INFO_MSG_CHECKSUM_HEX_STRING"), ep.icv());

        Ikev2Message frag = Ikev2Codec.decode(hex(t, "IKE_FRAG_HEX_STRING").toByteArray());
        Ikev2SkfPayload f = (Ikev2SkfPayload) frag.payloads().get(0);
        assertEquals(number(t, "TOTAL_FRAGMENTS"), f.totalFragments());
        assertEquals(number(t, "FRAGMENT_NUM_TWO"), f.fragmentNumber());
        assertEquals(number(t, "IKE_FRAG_EXPECTED_MESSAGE_ID"), frag.header().messageId());
    }

    @Test
    void skAndSkfPayloadTests() {
        Ikev2Message m = Ikev2Codec.decode(hex("IkeSkPayloadTest", "IKE_AUTH_INIT_REQUEST_HEX_STRING").toByteArray());
        Ikev2SkPayload sk = (Ikev2SkPayload) m.payloads().get(0);
        Bytes body = hex("IkeSkPayloadTest", "IKE_AUTH_INIT_REQUEST_DECRYPTED_BODY_HEX_STRING");
        List<Ikev2Payload> inner = Ikev2Codec.decodePayloadChain(sk.innerNextPayload(), body);
        assertEquals(List.of(35, 36, 39, 33, 44, 45), types(inner).subList(0, 6));
        assertEquals(Bytes.fromHex("df7c038aefaaa32d3f44b228b52a332744dfb2c1"), ((Ikev2AuthPayload) inner.get(2)).data());

        String t = "IkeSkfPayloadTest";
        Ikev2Message fm = Ikev2Codec.decode(hex(t, "IKE_FRAG_MSG_HEX_STRING").toByteArray());
        Ikev2SkfPayload f = (Ikev2SkfPayload) fm.payloads().get(0);
        assertEquals(number(t, "FRAGMENT_NUM"), f.fragmentNumber());
        assertEquals(number(t, "TOTAL_FRAGMENTS"), f.totalFragments());
        Bytes checksum = hex(t, "IKE_FRAG_MSG_CHECKSUM");
        Ikev2EncryptedParts parts = f.split(16, checksum.length());
        assertEquals(checksum, parts.icv());
        Bytes padding = hex(t, "IKE_FRAG_MSG_PADDING");
        // IKE_FRAG_MSG_PADDING ends with the pad-length octet (0x08 after 8 padding octets).
        assertEquals(padding.length() - 1, padding.get(padding.length() - 1));
        assertEquals(hex(t, "IKE_FRAG_MSG_DECRYPTED_BODY_HEX_STRING").length() + padding.length(),
                parts.ciphertext().length());
    }

    @Test
    void saPayloadTest() {
        String t = "IkeSaPayloadTest";
        Ikev2SaPayload one = (Ikev2SaPayload) body(33, hex(t, "INBOUND_PROPOSAL_RAW_PACKET"));
        Ikev2Proposal p = one.proposals().get(0);
        assertEquals(1, p.proposalNumber());
        assertEquals(1, p.protocolId());
        assertEquals(4, p.transforms().size());
        assertEquals(128, p.transforms().get(0).keyLength());
        assertEquals(hex(t, "OUTBOUND_PROPOSAL_RAW_PACKET"), hex(t, "INBOUND_PROPOSAL_RAW_PACKET"));
        Ikev2SaPayload two = (Ikev2SaPayload) body(33, hex(t, "INBOUND_TWO_PROPOSAL_RAW_PACKET"));
        assertEquals(2, two.proposals().size());
        Ikev2SaPayload child = (Ikev2SaPayload) body(33, hex(t, "INBOUND_CHILD_PROPOSAL_RAW_PACKET"));
        Ikev2Proposal cp = child.proposals().get(0);
        assertEquals(3, cp.protocolId());
        assertEquals(Bytes.fromHex("cae7019f"), cp.spi());
        assertEquals(List.of(1, 3, 5), cp.transforms().stream().map(Ikev2Transform::transformType).toList());
        Ikev2SaPayload child2 = (Ikev2SaPayload) body(33, hex(t, "INBOUND_CHILD_TWO_PROPOSAL_RAW_PACKET"));
        assertEquals(2, child2.proposals().size());
        // Single transforms with their substructure header, as a one-transform proposal.
        String[] ts = {"ENCR_TRANSFORM_RAW_PACKET", "PRF_TRANSFORM_RAW_PACKET", "INTEG_TRANSFORM_RAW_PACKET",
                "DH_GROUP_TRANSFORM_RAW_PACKET", "ESN_TRANSFORM_RAW_PACKET"};
        int[][] expected = {{1, 12}, {2, 2}, {3, 2}, {4, 2}, {5, 0}};
        for (int i = 0; i < ts.length; i++) {
            byte[] tr = hex(t, ts[i]).toByteArray();
            tr[0] = 0; // last transform of its one-transform proposal
            Bytes prop = Bytes.fromHex("00000000" + "01010001").slice(0, 8);
            byte[] pb = new byte[8 + tr.length];
            prop.copyTo(pb, 0);
            pb[3] = (byte) pb.length;
            System.arraycopy(tr, 0, pb, 8, tr.length);
            Ikev2Transform x = ((Ikev2SaPayload) body(33, Bytes.wrap(pb))).proposals().get(0).transforms().get(0);
            assertEquals(expected[i][0], x.transformType(), ts[i]);
            assertEquals(expected[i][1], x.transformId(), ts[i]);
        }
    }

    @Test
    void kePayloadTest() {
        String t = "IkeKePayloadTest";
        Ikev2KePayload ke = (Ikev2KePayload) whole(34,
                Bytes.fromHex(hex(t, "KE_PAYLOAD_GENERIC_HEADER").toHex() + hex(t, "KE_PAYLOAD_RAW_PACKET").toHex()));
        assertEquals(2, ke.group()); // SaProposal.DH_GROUP_1024_BIT_MODP
        assertEquals(number(t, "EXPECTED_KE_DATA_LEN"), ke.keyData().length());
        assertEquals(hex(t, "KEY_EXCHANGE_DATA_RAW_PACKET"), ke.keyData());
        assertEquals(false, ke.critical());
    }

    @Test
    void nonceNotifyIdAuthPayloadTests() throws IOException {
        Ikev2NoncePayload n = (Ikev2NoncePayload) whole(40, hex("IkeNoncePayloadTest", "NONCE_PAYLOAD_RAW_HEX_STRING"));
        assertEquals(hex("IkeNoncePayloadTest", "NONCE_DATA_RAW_HEX_STRING"), n.nonce());

        String t = "IkeNotifyPayloadTest";
        Ikev2NotifyPayload natd = (Ikev2NotifyPayload) whole(41, hex(t, "NOTIFY_NAT_DETECTION_PAYLOAD_HEX_STRING"));
        assertEquals(16388, natd.notifyType());
        assertEquals(hex(t, "NAT_DETECTION_DATA_HEX_STRING"), natd.data());
        Ikev2NotifyPayload rekey = (Ikev2NotifyPayload) body(41, hex(t, "NOTIFY_REKEY_PAYLOAD_BODY_HEX_STRING"));
        assertEquals(3, rekey.protocolId());
        assertEquals(16393, rekey.notifyType());
        assertEquals(Bytes.fromHex("2ad4c0a2"), rekey.spi());

        t = "IkeIdPayloadTest";
        Ikev2IdPayload v4 = (Ikev2IdPayload) whole(36, hex(t, "IPV4_ADDR_ID_PAYLOAD_RESPONDER_HEX_STRING"));
        assertEquals(1, v4.idType());
        assertEquals(Bytes.wrap(InetAddress.getByName(str(t, "IPV4_ADDR_STRING")).getAddress()), v4.data());
        Ikev2IdPayload v6 = (Ikev2IdPayload) whole(36, hex(t, "IPV6_ADDR_ID_PAYLOAD_RESPONDER_HEX_STRING"));
        assertEquals(5, v6.idType());
        assertEquals(Bytes.wrap(InetAddress.getByName(str(t, "IPV6_ADDR_STRING")).getAddress()), v6.data());
        Ikev2IdPayload fqdn = (Ikev2IdPayload) whole(35, hex(t, "FQDN_ID_PAYLOAD_HEX_STRING"));
        assertEquals(2, fqdn.idType());
        assertEquals(str(t, "FQDN"), new String(fqdn.data().toByteArray(), StandardCharsets.US_ASCII));
        Ikev2IdPayload mail = (Ikev2IdPayload) whole(35, hex(t, "RFC822_ADDR_ID_PAYLOAD_HEX_STRING"));
        assertEquals(3, mail.idType());
        assertEquals(str(t, "RFC822_NAME"), new String(mail.data().toByteArray(), StandardCharsets.US_ASCII));
        Ikev2IdPayload keyId = (Ikev2IdPayload) whole(35, hex(t, "KEY_ID_PAYLOAD_HEX_STRING"));
        assertEquals(11, keyId.idType());
        Ikev2IdPayload dn = (Ikev2IdPayload) whole(35, hex(t, "ASN1_DN_PAYLOAD_HEX_STRING"));
        assertEquals(9, dn.idType());
        assertEquals(0x30, dn.data().get(0)); // DER SEQUENCE

        Ikev2AuthPayload auth = (Ikev2AuthPayload) body(39, hex("IkeAuthPayloadTest", "PSK_AUTH_PAYLOAD_HEX_STRING"));
        assertEquals(2, auth.method());
        assertEquals(hex("IkeAuthPayloadTest", "PSK_AUTH_PAYLOAD_SIGNATURE_HEX_STRING"), auth.data());
    }

    private static String str(String t, String name) {
        return (String) constants(t).get(name).get("value");
    }

    @Test
    void certCertReqCpDeleteTsEapPayloadTests() throws IOException {
        String t = "IkeCertX509CertPayloadTest";
        Ikev2CertPayload cert = (Ikev2CertPayload) whole(37,
                Bytes.fromHex(hex(t, "CERT_PAYLOAD_HEADER_HEX_STRING").toHex() + hex(t, "CERT_PAYLOAD_BODY_HEX_STRING").toHex()));
        assertEquals(4, cert.encoding());
        assertEquals(Bytes.wrap(java.util.Base64.getDecoder().decode(str(t, "CLIENT_END_CERTIFICATE"))), cert.data());

        t = "IkeCertReqPayloadTest";
        Ikev2CertReqPayload req = (Ikev2CertReqPayload) whole(38, hex(t, "CERT_REQ_PAYLOAD"));
        assertEquals(4, req.encoding());
        assertEquals(hex(t, "CA_SUBJECT_PUBLIC_KEY_INFO_HASH"), req.authority());

        t = "IkeConfigPayloadTest";
        Ikev2CpPayload bad = (Ikev2CpPayload) whole(47, hex(t, "CONFIG_RESP_PAYLOAD_INVALID_TWO_HEX"));
        assertEquals(2, bad.cfgType());
        assertEquals(1, bad.attributes().size());
        assertEquals(2, bad.attributes().get(0).attributeType());
        assertEquals(Bytes.fromHex("fffffffe"), bad.attributes().get(0).value());

        t = "IkeDeletePayloadTest";
        Ikev2DeletePayload ike = (Ikev2DeletePayload) whole(42, hex(t, "DELETE_IKE_PAYLOAD_HEX_STRING"));
        assertEquals(1, ike.protocolId());
        assertEquals(0, ike.spis().size());
        Ikev2DeletePayload child = (Ikev2DeletePayload) whole(42, hex(t, "DELETE_CHILD_PAYLOAD_HEX_STRING"));
        assertEquals(List.of(hex(t, "CHILD_SPI")), child.spis());
        assertEquals(number(t, "NUM_CHILD_SPI"), child.spis().size());
        Ikev2DeletePayload multi = (Ikev2DeletePayload) whole(42, hex(t, "DELETE_MULTIPLE_CHILD_PAYLOAD_HEX_STRING"));
        // MULTIPLE_CHILD_SPIS = {"abcdef01", "20fedcba"}
        Matcher spis = Pattern.compile("\"([0-9a-f]{8})\"").matcher((String) constants(t).get("MULTIPLE_CHILD_SPIS").get("expr"));
        List<Bytes> expectedSpis = new ArrayList<>();
        while (spis.find()) {
            expectedSpis.add(Bytes.fromHex(spis.group(1)));
        }
        assertEquals(2, expectedSpis.size());
        assertEquals(expectedSpis, multi.spis());

        t = "IkeTsPayloadTest";
        Ikev2TsPayload ts = (Ikev2TsPayload) whole(44, hex(t, "TS_INITIATOR_PAYLOAD_HEX_STRING"));
        assertEquals(number(t, "NUMBER_OF_TS"), ts.selectors().size());
        Ikev2AddressRangeSelector one = (Ikev2AddressRangeSelector) ts.selectors().get(0);
        assertEquals(number(t, "TS_ONE_START_PORT"), one.startPort());
        assertEquals(number(t, "TS_ONE_END_PORT"), one.endPort());
        assertEquals(address(t, "TS_ONE_START_ADDRESS"), one.startAddress());
        assertEquals(address(t, "TS_ONE_END_ADDRESS"), one.endAddress());
        Ikev2AddressRangeSelector two = (Ikev2AddressRangeSelector) ts.selectors().get(1);
        assertEquals(number(t, "TS_TWO_START_PORT"), two.startPort());
        assertEquals(number(t, "TS_TWO_END_PORT"), two.endPort());
        assertEquals(address(t, "TS_TWO_START_ADDRESS"), two.startAddress());
        assertEquals(address(t, "TS_TWO_END_ADDRESS"), two.endAddress());

        // IKE_EAP_PAYLOAD = hexStringToByteArray("00000008" + EAP_SUCCESS_STRING)
        Ikev2EapPayload eap = (Ikev2EapPayload) whole(48,
                Bytes.fromHex("00000008" + hex("IkeEapPayloadTest", "EAP_SUCCESS_STRING").toHex()));
        assertEquals(3, eap.code()); // EAP Success
        assertEquals(hex("IkeEapPayloadTest", "EAP_SUCCESS_STRING"), eap.message());
    }

    @Test
    void everyWholeIkev2MessageConstantDecodesAndReEncodes() throws IOException {
        String[] classes = {"IkeAuthDigitalSignPayloadTest", "IkeAuthPayloadTest", "IkeAuthPskPayloadTest",
                "IkeEncryptedPayloadBodyTest", "IkeHeaderTest", "IkeMessageTest", "IkeSessionDigitalSignatureTest",
                "IkeSessionMobikeTest", "IkeSessionMschapV2Test", "IkeSessionPskTest", "IkeSessionStateMachineTest",
                "IkeSkPayloadTest", "IkeSkfPayloadTest", "IkeSessionLivenessCheckTest", "IkeSessionRekeyTest",
                "ChildSessionStateMachineTest"};
        int count = 0;
        for (String c : classes) {
            for (Map<String, Object> k : constants(c).values()) {
                if (!(k.get("value") instanceof String v) || !"hex".equals(k.get("kind")) || v.length() < 56) {
                    continue;
                }
                byte[] b = Bytes.fromHex(v).toByteArray();
                long len = (b[24] & 0xffL) << 24 | (b[25] & 0xff) << 16 | (b[26] & 0xff) << 8 | b[27] & 0xff;
                if ((b[17] & 0xff) != 0x20 || len != b.length) {
                    continue; // not a whole IKEv2 message
                }
                Ikev2Message m = Ikev2Codec.decode(b);
                assertArrayEquals(b, Ikev2Codec.encode(m), c + "." + k.get("name"));
                count++;
            }
        }
        System.out.println("Ikev2AndroidVectorsTest: " + count + " whole IKEv2 messages checked, 0 failed");
        assertEquals(36, count);
    }
}
