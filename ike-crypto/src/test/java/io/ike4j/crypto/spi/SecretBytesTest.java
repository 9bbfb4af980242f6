package io.ike4j.crypto.spi;

import io.ike4j.crypto.SecretBytes;
import org.junit.jupiter.api.Test;

import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SecretBytes: ownership, copies, slices, constant-time equality, zeroing on destroy, no secret in toString. */
class SecretBytesTest {
    private static byte[] secret() {
        return HexFormat.of().parseHex("00112233445566778899aabbccddeeff");
    }

    @Test
    void owningDoesNotCopyAndDestroyZeroesTheArray() {
        byte[] raw = secret();
        SecretBytes s = SecretBytes.owning(raw);
        assertSame(raw, s.unsafeBytes());
        assertFalse(s.isDestroyed());
        s.destroy();
        assertTrue(s.isDestroyed());
        assertArrayEquals(new byte[16], raw);
        assertThrows(IllegalStateException.class, s::unsafeBytes);
        assertThrows(IllegalStateException.class, s::copy);
        assertThrows(IllegalStateException.class, () -> s.slice(0, 1));
        assertThrows(IllegalStateException.class, () -> s.contentEquals(new byte[16]));
        assertEquals("SecretBytes[destroyed]", s.toString());
        s.destroy(); // idempotent
    }

    @Test
    void copiesAreIndependent() {
        byte[] raw = secret();
        SecretBytes s = SecretBytes.copyOf(raw);
        assertNotSame(raw, s.unsafeBytes());
        raw[0] = 9;
        assertEquals(0, s.unsafeBytes()[0]);
        byte[] c = s.copy();
        c[1] = 0;
        assertEquals(0x11, s.unsafeBytes()[1]);
        SecretBytes part = SecretBytes.copyOf(secret(), 4, 8);
        assertEquals(8, part.length());
        assertArrayEquals(HexFormat.of().parseHex("445566778899aabb"), part.copy());
        SecretBytes slice = s.slice(14, 2);
        s.destroy();
        assertFalse(slice.isDestroyed());
        assertArrayEquals(HexFormat.of().parseHex("eeff"), slice.copy());
    }

    @Test
    void contentEqualsComparesWholeValue() {
        SecretBytes s = SecretBytes.copyOf(secret());
        assertTrue(s.contentEquals(secret()));
        byte[] other = secret();
        other[15] ^= 1;
        assertFalse(s.contentEquals(other));
        assertFalse(s.contentEquals(new byte[15]));
    }

    @Test
    void toStringRevealsOnlyTheLength() {
        SecretBytes s = SecretBytes.copyOf(secret());
        String text = s.toString();
        assertEquals("SecretBytes[16 octets]", text);
        String hex = HexFormat.of().formatHex(secret());
        for (int i = 0; i + 4 <= hex.length(); i += 2) {
            assertFalse(text.toLowerCase().contains(hex.substring(i, i + 4)), text);
        }
    }
}
