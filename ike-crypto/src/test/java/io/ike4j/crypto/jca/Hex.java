package io.ike4j.crypto.jca;

import java.util.HexFormat;

final class Hex {
    private Hex() {
    }

    static byte[] b(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }

    static String s(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
