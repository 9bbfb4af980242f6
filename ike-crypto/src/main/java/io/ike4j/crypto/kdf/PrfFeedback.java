package io.ike4j.crypto.kdf;

import io.ike4j.crypto.KeyedPrf;
import io.ike4j.crypto.Prf;
import io.ike4j.crypto.SecretBytes;

import java.util.Arrays;

/**
 * IKE's feedback expansions: the first {@code length} octets of T1 | T2 | …, Tn = prf(K, Tn-1 | tail [| n]).
 * prf+ (RFC 7296 §2.13) appends the one-octet counter; IKEv1's cipher key and KEYMAT (RFC 2409 App. B, §5.5) do
 * not. K is keyed once for all the blocks and destroyed after.
 */
final class PrfFeedback {
    private PrfFeedback() {
    }

    /** {@code key} stays the caller's; {@code t0} (zeroed with the other blocks) is T0. */
    static SecretBytes expand(Prf prf, SecretBytes key, int length, byte[] t0, byte[] tail, boolean counter) {
        byte[] out = new byte[length];
        byte[] t = t0;
        byte[] n1 = new byte[1];
        byte[][] parts = counter ? new byte[][] {t0, tail, n1} : new byte[][] {t0, tail}; // reused for every block
        KeyedPrf k = prf.keyed(key);
        try {
            for (int n = 1, o = 0; o < length; n++) {
                byte[] prev = t;
                parts[0] = prev;
                n1[0] = (byte) n;
                t = k.compute(parts);
                Arrays.fill(prev, (byte) 0);
                int take = Math.min(t.length, length - o);
                System.arraycopy(t, 0, out, o, take);
                o += take;
            }
        } finally {
            k.destroy();
            Arrays.fill(t, (byte) 0);
        }
        return SecretBytes.owning(out);
    }
}
