package io.ike4j.crypto;

/** {@link Integrity#keyed}'s default: a key copy fed to the stateless {@link Integrity#compute}. */
final class CopiedKeyIntegrity extends CopiedKey implements KeyedIntegrity {
    private final Integrity integrity;

    CopiedKeyIntegrity(Integrity integrity, SecretBytes key) {
        super(key);
        this.integrity = integrity;
    }

    @Override
    public int icvLength() {
        return integrity.icvLength();
    }

    @Override
    public byte[] compute(byte[] data, int offset, int length) {
        return integrity.compute(key(), data, offset, length);
    }
}
