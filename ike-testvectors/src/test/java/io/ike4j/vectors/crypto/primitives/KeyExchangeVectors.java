package io.ike4j.vectors.crypto.primitives;

import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.KeyExchange;
import io.ike4j.crypto.KeyExchangeParty;
import io.ike4j.crypto.SecretBytes;
import io.ike4j.crypto.TransformKind;

import java.util.Arrays;

/** Shared checks for Diffie-Hellman vectors given private keys, public values and the shared secret. */
final class KeyExchangeVectors {
    private KeyExchangeVectors() {
    }

    /**
     * Checks that the private key {@code priv} gives public value {@code pub} (when not null) and, with the
     * peer's value, the shared secret {@code shared}. Values are left-padded to the group's length.
     */
    static void check(CryptoProvider p, Tally t, String name, int group, byte[] priv, byte[] pub, byte[] peer, byte[] shared) {
        if (!p.supports(TransformKind.KE, group)) {
            t.unsupported(true, name);
            return;
        }
        t.run(name, () -> {
            KeyExchange ke = p.keyExchange(group);
            int len = ke.publicValueLength(false);
            KeyExchangeParty party = ke.withPrivateKey(priv);
            try {
                boolean pubOk = pub == null || Arrays.equals(party.publicValue(), pad(pub, len));
                SecretBytes z = party.sharedSecret(pad(peer, len));
                int zlen = group >= 19 && group <= 30 ? len / 2 : len;
                boolean zOk = z.contentEquals(pad(shared, zlen));
                z.destroy();
                return pubOk && zOk;
            } finally {
                party.destroy();
            }
        });
    }

    /** Left-pads (or strips leading zero octets of) a big-endian value to {@code len} octets. */
    static byte[] pad(byte[] v, int len) {
        if (v.length == len) {
            return v;
        }
        if (v.length > len) {
            for (int i = 0; i < v.length - len; i++) {
                if (v[i] != 0) {
                    return v; // genuinely too long: let the provider reject it
                }
            }
            return Arrays.copyOfRange(v, v.length - len, v.length);
        }
        byte[] out = new byte[len];
        System.arraycopy(v, 0, out, len - v.length, v.length);
        return out;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
