package io.ike4j.crypto.bc;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.MD5Digest;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA224Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The hashes under IKE's HMACs (MD5, SHA-1, SHA-2; SHA-224 for NIST CAVP's IKE KDF tests), made fresh or
 * restored from a state that {@code EncodableDigest.getEncodedState()} encoded ({@link BcHmac} keeps only those).
 */
enum BcHash {
    MD5(16, 64, MD5Digest::new, MD5Digest::new),
    SHA1(20, 64, SHA1Digest::new, SHA1Digest::new),
    SHA224(28, 64, SHA224Digest::new, SHA224Digest::new),
    SHA256(32, 64, SHA256Digest::new, SHA256Digest::new),
    SHA384(48, 128, SHA384Digest::new, SHA384Digest::new),
    SHA512(64, 128, SHA512Digest::new, SHA512Digest::new);

    final int size;
    final int block;
    private final Supplier<Digest> fresh;
    private final Function<byte[], Digest> restore;

    BcHash(int size, int block, Supplier<Digest> fresh, Function<byte[], Digest> restore) {
        this.size = size;
        this.block = block;
        this.fresh = fresh;
        this.restore = restore;
    }

    Digest fresh() {
        return fresh.get();
    }

    /** A new digest in the state {@code encoded} holds. */
    Digest restore(byte[] encoded) {
        return restore.apply(encoded);
    }
}
