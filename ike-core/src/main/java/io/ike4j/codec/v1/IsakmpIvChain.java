package io.ike4j.codec.v1;

import io.ike4j.crypto.kdf.HashFunction;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The CBC IV chain of one IKEv1 SA (RFC 2409 App. B): phase 1 starts with hash(g^xi | g^xr) and each
 * message's IV is the previous phase-1 message's last ciphertext block; each phase-2/informational exchange
 * (a message ID) starts with hash(last phase-1 ciphertext block | M-ID) and then chains within its M-ID.
 * Not thread-safe: one per SA, driven in message order.
 */
public final class IsakmpIvChain {
    private final HashFunction hash;
    private final int blockSize;
    private byte[] phase1;
    private final Map<Integer, byte[]> phase2 = new HashMap<>();

    /**
     * The IV chain of one IKEv1 SA (RFC 2409 App. B).
     *
     * @param hash the negotiated hash, for phase-2 IVs
     * @param blockSize the cipher's block size
     * @param phase1Iv hash(g^xi | g^xr) truncated to the block size ({@code Ikev1Kdf.phase1Iv})
     */
    public IsakmpIvChain(HashFunction hash, int blockSize, byte[] phase1Iv) {
        if (phase1Iv.length != blockSize) {
            throw new IllegalArgumentException("phase-1 IV must be one block");
        }
        this.hash = hash;
        this.blockSize = blockSize;
        this.phase1 = phase1Iv.clone();
    }

    /** {@return the cipher's block size} */
    public int blockSize() {
        return blockSize;
    }

    /**
     * The IV for the next message with {@code messageId} (0: phase 1).
     *
     * @param messageId the message ID
     * @return the IV
     */
    public byte[] ivFor(int messageId) {
        if (messageId == 0) {
            return phase1.clone();
        }
        byte[] iv = phase2.get(messageId);
        if (iv == null) {
            byte[] mid = ByteBuffer.allocate(4).putInt(messageId).array();
            iv = Arrays.copyOf(hash.hash(phase1, mid), blockSize);
            phase2.put(messageId, iv);
        }
        return iv.clone();
    }

    /**
     * Records the last ciphertext block of a message with {@code messageId} (sent or received and valid).
     *
     * @param messageId the message ID
     * @param lastCiphertextBlock its last ciphertext block
     */
    public void update(int messageId, byte[] lastCiphertextBlock) {
        if (lastCiphertextBlock.length != blockSize) {
            throw new IllegalArgumentException("not one block");
        }
        if (messageId == 0) {
            phase1 = lastCiphertextBlock.clone();
        } else {
            phase2.put(messageId, lastCiphertextBlock.clone());
        }
    }

    /**
     * Forgets a finished phase-2/informational exchange.
     *
     * @param messageId its message ID
     */
    public void forget(int messageId) {
        phase2.remove(messageId);
    }
}
