package io.ike4j.crypto.bc;

import java.util.function.Supplier;

/**
 * The hashes under IKE's HMACs (MD5, SHA-1, SHA-2; SHA-224 for NIST CAVP's IKE KDF tests), each with one
 * {@link HashCore} per thread: a MAC loads its stored chaining value into it and allocates nothing but its result.
 */
enum BcHash {
    MD5(Md5Core::new),
    SHA1(Sha1Core::new),
    SHA224(Sha256Core::sha224),
    SHA256(Sha256Core::sha256),
    SHA384(Sha512Core::sha384),
    SHA512(Sha512Core::sha512);

    final int size;
    final int block;
    private final ThreadLocal<HashCore> cores;

    BcHash(Supplier<HashCore> core) {
        HashCore probe = core.get();
        this.size = probe.digestLength;
        this.block = probe.blockLength;
        this.cores = ThreadLocal.withInitial(core);
    }

    /** This thread's core, wiped (every use ends in {@link HashCore#finish} or {@link HashCore#wipe}). */
    HashCore core() {
        return cores.get();
    }
}
