package io.ike4j.codec.text;

import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2Samples;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON map keys, values and one-line form. */
class Ikev2JsonFormatterTest {

    @Test
    void headerKeysAndValues() {
        LinkedHashMap<String, Object> o = Ikev2JsonFormatter.toMap(Ikev2Samples.saInit(), 7);
        assertEquals(List.of("frame", "version", "ispi", "rspi", "next_payload", "exchange_type", "exchange", "flags",
                "flag_names", "message_id", "length", "payloads"), new ArrayList<>(o.keySet()));
        assertEquals(7, o.get("frame"));
        assertEquals("2.0", o.get("version"));
        assertEquals("f074d8bbd5a59f0b", o.get("ispi"));
        assertEquals("0000000000000000", o.get("rspi"));
        assertEquals(34, o.get("exchange_type"));
        assertEquals("IKE_SA_INIT", o.get("exchange"));
        assertEquals(8, o.get("flags"));
        assertEquals(List.of("INITIATOR"), o.get("flag_names"));
        assertEquals(0L, o.get("message_id"));
        assertEquals(344, o.get("length"));
        List<?> ps = (List<?>) o.get("payloads");
        assertEquals(7, ps.size());
        Map<?, ?> sa = (Map<?, ?>) ps.get(0);
        assertEquals(33, sa.get("type"));
        assertEquals("SA", sa.get("name"));
        assertEquals(56, sa.get("length"));
        assertEquals(false, sa.get("critical"));
        Map<?, ?> t2 = (Map<?, ?>) ((List<?>) ((Map<?, ?>) ((List<?>) sa.get("proposals")).get(0)).get("transforms")).get(1);
        assertEquals("ENCR_AES_CBC", t2.get("id_name"));
        Map<?, ?> natd = (Map<?, ?>) ps.get(5);
        assertEquals("NAT_DETECTION_SOURCE_IP", natd.get("notify"));
        assertEquals(16388, natd.get("notify_type"));
    }

    @Test
    void oneLineJsonForEveryPayloadType() {
        Ikev2Message m = new Ikev2Message(Ikev2Samples.header(35, 0x20, 1), Ikev2Samples.authChain());
        String json = Ikev2JsonFormatter.toJson(m, 3);
        assertFalse(json.contains("\n"));
        assertTrue(json.startsWith("{\"frame\":3,\"version\":\"2.0\",\"ispi\":\"f074d8bbd5a59f0b\""), json);
        assertTrue(json.contains("\"flag_names\":[\"RESPONSE\"]"), json);
        assertTrue(json.contains("\"id_type_name\":\"ID_IPV4_ADDR\",\"reserved\":0,\"data\":\"c0a80001\",\"id\":\"192.168.0.1\""), json);
        assertTrue(json.contains("\"start_address\":\"0.0.0.0\",\"end_address\":\"255.255.255.255\""), json);
        assertTrue(json.contains("\"start_address\":\"2021:2223:2425:2627:2829:2a2b:2c2d:2e2f\""), json);
        assertTrue(json.contains("\"name\":\"UNKNOWN(200)\""), json);
        assertTrue(json.contains("\"id\":\"vpn.example\""), json);
        assertTrue(json.contains("\"length\":" + Ikev2Codec.encode(m).length + ","), json);
        String sk = Ikev2JsonFormatter.toJson(Ikev2Samples.fragment(1, 2), 1);
        assertTrue(sk.contains("\"name\":\"SKF\",\"length\":56,\"critical\":false,\"flags\":0,\"inner_next_payload\":35,"
                + "\"inner_next_payload_name\":\"IDI\",\"fragment_number\":1,\"total_fragments\":2,\"body_length\":48"), sk);
    }
}
