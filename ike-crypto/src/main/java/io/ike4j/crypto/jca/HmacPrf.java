package io.ike4j.crypto.jca;

import io.ike4j.crypto.KeyedPrf;
import io.ike4j.crypto.Prf;
import io.ike4j.crypto.SecretBytes;

/** PRF_HMAC_* (RFC 2104, RFC 4868 §2.1): output length = hash length = preferred key length. */
final class HmacPrf implements Prf {
    private final int transformId;
    private final Hmac hmac;

    HmacPrf(int transformId, Hmac hmac) {
        this.transformId = transformId;
        this.hmac = hmac;
    }

    @Override
    public int transformId() {
        return transformId;
    }

    @Override
    public int outputLength() {
        return hmac.outputLength();
    }

    @Override
    public int preferredKeyLength() {
        return hmac.outputLength();
    }

    @Override
    public byte[] compute(byte[] key, byte[]... data) {
        return hmac.compute(key, data, -1, 0);
    }

    /** One JCA Mac initialised once (see {@link KeyedHmac} for what its destroy can and cannot zero). */
    @Override
    public KeyedPrf keyed(SecretBytes key) {
        return new KeyedHmac(hmac, key.unsafeBytes());
    }

    @Override
    public String toString() {
        return "JcaPrf[" + transformId + "]";
    }
}
