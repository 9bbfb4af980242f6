package io.ike4j.codec.text;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v1.IsakmpCodec;
import io.ike4j.codec.v1.IsakmpMessage;
import io.ike4j.codec.v1.V1Samples;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Ikev1JsonFormatterTest {
    @Test
    void headerAndPayloadKeys() {
        IsakmpMessage mm1 = IsakmpCodec.decode(Bytes.fromHex(V1Samples.STRONGSWAN_MM1));
        Map<String, Object> m = Ikev1JsonFormatter.toMap(mm1, 1);
        assertEquals(1, m.get("frame"));
        assertEquals("1.0", m.get("version"));
        assertEquals("949f22db7c71626f", m.get("ispi"));
        assertEquals("0000000000000000", m.get("rspi"));
        assertEquals(2, m.get("exchange_type"));
        assertEquals("IDENTITY_PROTECTION", m.get("exchange"));
        assertEquals(0, m.get("flags"));
        assertEquals(List.of(), m.get("flag_names"));
        assertEquals(0L, m.get("message_id"));
        assertEquals(156, m.get("length"));
        List<?> payloads = (List<?>) m.get("payloads");
        assertEquals(5, payloads.size());
        Map<?, ?> sa = (Map<?, ?>) payloads.get(0);
        assertEquals(1, sa.get("type"));
        assertEquals("SA", sa.get("name"));
        assertEquals(56, sa.get("length"));
        String json = Ikev1JsonFormatter.toJson(mm1, 1);
        assertFalse(json.contains("\n"));
        assertTrue(json.startsWith("{\"frame\":1,\"version\":\"1.0\",\"ispi\":\"949f22db7c71626f\""), json);
        assertTrue(json.contains("{\"type\":1,\"name\":\"ENCRYPTION_ALGORITHM\",\"format\":\"TV\",\"value\":7,\"value_hex\":\"0007\"}"), json);
        assertTrue(json.contains("{\"type\":13,\"name\":\"VID\",\"length\":12,\"data\":\"09002689dfd6b712\"}"), json);
    }

    @Test
    void encryptedBodyIsOneEntry() {
        IsakmpMessage mm6 = IsakmpCodec.decode(Bytes.fromHex(V1Samples.STRONGSWAN_MM6));
        Map<String, Object> m = Ikev1JsonFormatter.toMap(mm6, 6);
        assertEquals(List.of("ENCRYPTION"), m.get("flag_names"));
        assertEquals(76, m.get("length"));
        assertEquals("{\"type\":-1,\"name\":\"ENCRYPTED\",\"length\":48,\"first_payload\":5,\"first_payload_name\":\"ID\"}",
                Json.write(((List<?>) m.get("payloads")).get(0)));
    }

    @Test
    void everyPayloadTypeIsDescribed() {
        IsakmpMessage all = IsakmpMessage.plain(V1Samples.header(6, 1), V1Samples.everyPayload());
        Map<String, Object> m = Ikev1JsonFormatter.toMap(all, 9);
        assertEquals(IsakmpCodec.encode(all).length, m.get("length"));
        List<?> payloads = (List<?>) m.get("payloads");
        assertEquals(V1Samples.everyPayload().size(), payloads.size());
        for (Object p : payloads) {
            assertTrue(((Map<?, ?>) p).size() > 3, p.toString());
        }
        assertTrue(Ikev1JsonFormatter.toJson(all, 9).contains("\"name\":\"XAUTH_USER_NAME\""));
    }
}
