package io.ike4j.crypto.bc;

import java.util.Arrays;

/** The hashes on 32-bit words (MD5, SHA-1, SHA-224/256): the chaining value {@code h} and schedule {@code w}. */
abstract class Int32Core extends HashCore {
    final int[] h;
    final int[] w;

    Int32Core(int blockLength, int digestLength, int words, int schedule) {
        super(blockLength, digestLength, 8);
        this.h = new int[words];
        this.w = new int[schedule];
    }

    @Override
    final void load(int[] chain) {
        System.arraycopy(chain, 0, h, 0, h.length);
    }

    @Override
    final int[] store() {
        return h.clone();
    }

    @Override
    final void clearWork() {
        Arrays.fill(h, 0);
        Arrays.fill(w, 0);
    }
}
