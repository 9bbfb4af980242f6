package io.ike4j.crypto.jca;

import io.ike4j.crypto.KeyedPrf;

import javax.crypto.Mac;
import java.security.GeneralSecurityException;

/**
 * HMAC as a {@link KeyedPrf}: one JCA {@link Mac} initialised once; {@code doFinal} returns it to the keyed
 * state for the next block. {@link #destroy()} re-initialises it with a zero key, which overwrites the pads
 * in place in the JDK's HmacCore, and drops it; the key copy inside the JCA's SecretKeySpec stays until
 * garbage-collected (the limit JcaProvider describes).
 */
final class KeyedHmac implements KeyedPrf {
    private final Hmac hmac;
    private Mac mac;

    KeyedHmac(Hmac hmac, byte[] key) {
        this.hmac = hmac;
        this.mac = hmac.keyedMac(key);
    }

    @Override
    public int outputLength() {
        return hmac.outputLength();
    }

    @Override
    public byte[] compute(byte[]... data) {
        if (mac == null) {
            throw new IllegalStateException("HMAC key destroyed");
        }
        for (byte[] d : data) {
            mac.update(d);
        }
        return mac.doFinal();
    }

    @Override
    public void destroy() {
        if (mac == null) {
            return;
        }
        try {
            hmac.init(mac, new byte[1]);
        } catch (GeneralSecurityException e) {
            // best effort: the Mac is dropped either way
        }
        mac = null;
    }

    @Override
    public boolean isDestroyed() {
        return mac == null;
    }
}
