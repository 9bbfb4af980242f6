package io.ike4j.crypto.kdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Wireshark's algorithm names map to IKEv2 transform IDs; malformed lines are rejected with the line number. */
class WiresharkKeyTableTest {
    @Test
    void namesMapToTransformIds() {
        assertEquals(List.of(13, 128), List.of(WiresharkKeyTable.encr("AES-CTR-128 [RFC5930]", 1)[0],
                WiresharkKeyTable.encr("AES-CTR-128 [RFC5930]", 1)[1]));
        assertEquals(20, WiresharkKeyTable.encr("AES-GCM-256 with 16 octet ICV [RFC5282]", 1)[0]);
        assertEquals(256, WiresharkKeyTable.encr("AES-GCM-256 with 16 octet ICV [RFC5282]", 1)[1]);
        assertEquals(18, WiresharkKeyTable.encr("AES-GCM-128 with 8 octet ICV [RFC5282]", 1)[0]);
        assertEquals(15, WiresharkKeyTable.encr("AES-CCM-128 with 12 octet ICV [RFC5282]", 1)[0]);
        assertEquals(3, WiresharkKeyTable.encr("3DES [RFC2451]", 1)[0]);
        assertEquals(12, WiresharkKeyTable.encr("AES-CBC-192 [RFC3602]", 1)[0]);
        assertEquals(11, WiresharkKeyTable.encr("NULL [RFC2410]", 1)[0]);
        assertEquals(WiresharkKeyTable.INTEG_UNCHECKED, WiresharkKeyTable.integ("ANY 96-bits of Authentication [No Checking]", 1)[0]);
        assertEquals(12, WiresharkKeyTable.integ("ANY 96-bits of Authentication [No Checking]", 1)[1]);
        assertEquals(WiresharkKeyTable.INTEG_NONE, WiresharkKeyTable.integ("NONE [RFC4306]", 1)[0]);
        assertEquals(7, WiresharkKeyTable.integ("HMAC_SHA1_160 [RFC4595]", 1)[0]);
        assertEquals(14, WiresharkKeyTable.integ("HMAC_SHA2_512_256 [RFC4868]", 1)[0]);
        assertThrows(IllegalArgumentException.class, () -> WiresharkKeyTable.encr("ROT13 [April 1]", 1));
    }

    @Test
    void parsesBothTablesAndRejectsBadLines() {
        var v2 = WiresharkKeyTable.parseIkev2(List.of("# comment",
                "81F24C0ACD8FA55C,192383172724c706,aa,bb,\"AES-CTR-192 [RFC5930]\",cc,dd,\"HMAC_SHA2_512_256 [RFC4868]\""));
        assertEquals(1, v2.size());
        assertEquals("81f24c0acd8fa55c", v2.get(0).spiI());
        assertEquals(192, v2.get(0).encrKeyBits());
        assertTrue(WiresharkKeyTable.find(v2, "81f24c0acd8fa55c", "192383172724C706").isPresent());
        assertEquals(1, WiresharkKeyTable.parseIkev1(List.of("fafaeb49382a763c,735be0cb")).size());
        var e = assertThrows(IllegalArgumentException.class, () -> WiresharkKeyTable.parseIkev2(List.of("", "a,b")));
        assertTrue(e.getMessage().startsWith("line 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> WiresharkKeyTable.parseIkev1(List.of("xyz,00")));
        assertThrows(IllegalArgumentException.class, () -> WiresharkKeyTable.parseIkev1(List.of("fafaeb49382a763c,0g")));
    }
}
