package io.ike4j.crypto.vectors;

import io.ike4j.crypto.bc.BouncyCastleProvider;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The runner counts right, fails what must fail, and leaves unknown kinds unsupported. */
class WycheproofRunnerTest {
    private static final String HMAC = """
            {"algorithm": "HMACSHA256", "schema": "mac_test_schema_v1.json", "numberOfTests": 3,
             "testGroups": [{"keySize": 256, "tagSize": 128, "type": "MacTest", "tests": [
              {"tcId": 1, "comment": "ok", "key": "%s", "msg": "", "tag": "%s", "result": "valid"},
              {"tcId": 2, "comment": "flipped", "key": "%s", "msg": "", "tag": "%s", "result": "invalid"},
              {"tcId": 3, "comment": "wrongly valid", "key": "%s", "msg": "", "tag": "%s", "result": "valid"}
             ]}]}
            """;

    @Test
    void countsPassesAndFailures() {
        String key = "00".repeat(32);
        // HMAC-SHA-256(0^32, "") truncated to 128 bits
        String tag = java.util.HexFormat.of().formatHex(java.util.Arrays.copyOf(
                new BouncyCastleProvider().prf(5).compute(new byte[32], new byte[0]), 16));
        String bad = (tag.charAt(0) == '0' ? "1" : "0") + tag.substring(1);
        String json = HMAC.formatted(key, tag, key, bad, key, bad);
        WycheproofRunner.Result r = WycheproofRunner.run(json, new BouncyCastleProvider());
        assertEquals(2, r.passed());
        assertEquals(1, r.failed());
        assertEquals(0, r.unsupported());
        assertTrue(r.failures().get(0).startsWith("tcId 3"), r.failures().toString());
    }

    @Test
    void unknownSchemaIsUnsupported() {
        String json = """
                {"algorithm": "SEED", "schema": "seed_test_schema.json",
                 "testGroups": [{"tests": [{"tcId": 1, "result": "valid"}, {"tcId": 2, "result": "invalid"}]}]}""";
        WycheproofRunner.Result r = WycheproofRunner.run(json, new BouncyCastleProvider());
        assertEquals(new WycheproofRunner.Result(0, 0, 2, List.of()), r);
    }

    @Test
    void miniJson() {
        Object o = MiniJson.parse(" {\"a\": [1, -2.5e1, true, false, null, \"x\\u0041\\n\"], \"b\": {}} ");
        assertEquals(Map.of("a", java.util.Arrays.asList(1L, -25.0, true, false, null, "xA\n"), "b", Map.of()), o);
        for (String bad : new String[] {"", "{", "[1,]", "{\"a\" 1}", "\"abc", "01x", "[1] 2", "tru"}) {
            assertThrows(IllegalArgumentException.class, () -> MiniJson.parse(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> MiniJson.parse("[".repeat(300)));
    }
}
