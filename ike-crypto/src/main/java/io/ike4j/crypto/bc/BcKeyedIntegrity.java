package io.ike4j.crypto.bc;

import io.ike4j.crypto.KeyedIntegrity;

import java.util.Arrays;

/** An INTEG transform keyed once: the full MAC truncated to the ICV (RFC 4868 §2.3, RFC 3566 §4.1, RFC 4494 §4). */
final class BcKeyedIntegrity implements KeyedIntegrity {
    private final BcKeyedMac mac;
    private final int icvLen;
    private boolean destroyed;

    BcKeyedIntegrity(BcKeyedMac mac, int icvLen) {
        this.mac = mac;
        this.icvLen = icvLen;
    }

    @Override
    public int icvLength() {
        return icvLen;
    }

    @Override
    public byte[] compute(byte[] data, int offset, int length) {
        if (offset < 0 || length < 0 || offset > data.length - length) {
            throw new IllegalArgumentException("range outside data");
        }
        byte[] full = mac.mac(data, offset, length);
        if (full.length == icvLen) {
            return full;
        }
        byte[] icv = Arrays.copyOf(full, icvLen);
        Arrays.fill(full, (byte) 0);
        return icv;
    }

    @Override
    public void destroy() {
        destroyed = true;
        mac.destroy();
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }
}
