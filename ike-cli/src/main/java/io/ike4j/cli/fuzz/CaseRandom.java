package io.ike4j.cli.fuzz;

import java.util.SplittableRandom;

/**
 * The randomness of one case, a function of (seed, case number) only: a case can be regenerated alone, in any
 * order and on any thread, which is what makes {@code --replay} and parallel campaigns reproducible.
 */
public final class CaseRandom {
    private CaseRandom() {
    }

    /** SplitMix64's finaliser: spreads neighbouring inputs over the whole 64-bit space. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** The 64-bit seed of case {@code caseNo} of campaign {@code seed}. */
    public static long caseSeed(long seed, long caseNo) {
        return mix(mix(seed) + 0x9e3779b97f4a7c15L * (caseNo + 1));
    }

    /** A generator for case {@code caseNo} of campaign {@code seed}; {@code stream} separates independent uses. */
    public static SplittableRandom of(long seed, long caseNo, int stream) {
        return new SplittableRandom(mix(caseSeed(seed, caseNo) ^ (0x632be59bd9b4e019L * (stream + 1))));
    }
}
