package io.ike4j.crypto;

/** {@link AeadCipher#keyed}'s default: a key copy fed to the stateless {@link AeadCipher} calls. */
final class CopiedKeyAeadCipher extends CopiedKey implements KeyedAeadCipher {
    private final AeadCipher aead;

    CopiedKeyAeadCipher(AeadCipher aead, SecretBytes keyMaterial) {
        super(keyMaterial);
        this.aead = aead;
    }

    @Override
    public byte[] seal(byte[] iv, byte[] aad, byte[] plaintext, int offset, int length) {
        return aead.seal(key(), iv, aad, plaintext, offset, length);
    }

    @Override
    public byte[] open(byte[] iv, byte[] aad, byte[] ciphertextAndIcv, int offset, int length)
            throws IcvMismatchException {
        return aead.open(key(), iv, aad, ciphertextAndIcv, offset, length);
    }
}
