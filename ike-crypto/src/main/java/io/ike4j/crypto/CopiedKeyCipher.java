package io.ike4j.crypto;

/** {@link Cipher#keyed}'s default: a key copy fed to the stateless {@link Cipher} calls. */
final class CopiedKeyCipher extends CopiedKey implements KeyedCipher {
    private final Cipher cipher;

    CopiedKeyCipher(Cipher cipher, SecretBytes keyMaterial) {
        super(keyMaterial);
        this.cipher = cipher;
    }

    @Override
    public byte[] encrypt(byte[] iv, byte[] plaintext, int offset, int length) {
        return cipher.encrypt(key(), iv, plaintext, offset, length);
    }

    @Override
    public byte[] decrypt(byte[] iv, byte[] ciphertext, int offset, int length) {
        return cipher.decrypt(key(), iv, ciphertext, offset, length);
    }
}
