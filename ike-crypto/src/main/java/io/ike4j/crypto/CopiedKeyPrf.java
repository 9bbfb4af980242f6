package io.ike4j.crypto;

/** {@link Prf#keyed}'s default: a key copy fed to the stateless {@link Prf#compute}. */
final class CopiedKeyPrf extends CopiedKey implements KeyedPrf {
    private final Prf prf;

    CopiedKeyPrf(Prf prf, SecretBytes key) {
        super(key);
        this.prf = prf;
    }

    @Override
    public int outputLength() {
        return prf.outputLength();
    }

    @Override
    public byte[] compute(byte[]... data) {
        return prf.compute(key(), data);
    }
}
