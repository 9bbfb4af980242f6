package io.ike4j.crypto;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;

/** HMAC-SHA-256(seed, counter) blocks: reproducible, for tests only. */
final class DeterministicRandomSource implements RandomSource {
    private final Mac mac;
    private long counter;
    private final byte[] block = new byte[32];
    private final byte[] counterOctets = new byte[8];
    private int used = block.length;

    DeterministicRandomSource(long seed) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(ByteBuffer.allocate(8).putLong(seed).array(), "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }

    @Override
    public synchronized void nextBytes(byte[] out) {
        for (int i = 0; i < out.length; i++) {
            if (used == block.length) {
                long c = counter++;
                for (int k = 0; k < 8; k++) {
                    counterOctets[k] = (byte) (c >>> (56 - 8 * k)); // big-endian, as ByteBuffer.putLong wrote it
                }
                mac.update(counterOctets);
                try {
                    mac.doFinal(block, 0);
                } catch (javax.crypto.ShortBufferException e) {
                    throw new IllegalStateException(e);
                }
                used = 0;
            }
            out[i] = block[used++];
        }
    }
}
