package io.ike4j.crypto;

import java.security.MessageDigest;
import java.util.Arrays;

/** The constant-time ICV comparison both {@link Integrity#verify} forms share. */
final class Icvs {
    private Icvs() {
    }

    /** True when {@code icv[icvOffset, icvOffset + expected.length)} equals {@code expected}. */
    static boolean matches(byte[] expected, byte[] icv, int icvOffset) {
        if (icvOffset < 0 || icv.length - icvOffset < expected.length) {
            return false;
        }
        byte[] received = Arrays.copyOfRange(icv, icvOffset, icvOffset + expected.length);
        return MessageDigest.isEqual(expected, received);
    }
}
