package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.Ikev2SaPayload;
import io.ike4j.codec.v2.Ikev2UnknownPayload;
import io.ike4j.codec.v2.iana.Ikev2NotifyType;
import io.ike4j.crypto.Prf;

import java.util.List;
import java.util.Optional;

/**
 * Client puzzles in IKE_SA_INIT (RFC 8019 §4.4, §7.1; an option of the responder, {@code puzzles(difficulty,
 * legacyPercent)}). Where the responder would ask for a cookie, it asks for a cookie and a puzzle: N(PUZZLE) names a
 * PRF the initiator offered and the zero-bit count (ZBC); the initiator finds four different equal-sized keys K with
 * at least ZBC trailing zero bits in PRF(K, cookie) and returns them in a PS payload (type 54) behind the cookie. The
 * cookie says, integrity-protected, that a puzzle of that difficulty was given (§7.1.1.3); a request returning it
 * without a good solution is a legacy client, let in with probability {@code legacyPercent} and otherwise asked
 * again (§7.1.4, §7.1.5). Only HMAC PRFs are used (keys of any length; 4-octet keys here).
 */
final class Puzzles {
    static final int PUZZLE = Ikev2NotifyType.PUZZLE.number();
    /** RFC 8019 §8.2: the Puzzle Solution payload. */
    static final int PS = 54;
    static final int KEYS = 4;
    private static final int[] HMAC_PRFS = {5, 7, 6, 2}; // SHA2-256, -512, -384, SHA1, our preference

    private Puzzles() {
    }

    /** The PRF for a puzzle: an HMAC PRF the initiator offered and we compute (§7.1.1.2), or 0 for none. */
    static int prfFor(EngineCore core, List<Ikev2Payload> request) {
        Optional<Ikev2SaPayload> sa = Payloads.first(request, Ikev2SaPayload.class);
        if (sa.isEmpty()) {
            return 0;
        }
        for (int want : HMAC_PRFS) {
            boolean offered = sa.get().proposals().stream().flatMap(p -> p.transforms().stream())
                    .anyMatch(t -> t.transformType() == 2 && t.transformId() == want);
            if (offered && core.crypto.supports(io.ike4j.crypto.TransformKind.PRF, want)) {
                return want;
            }
        }
        return 0;
    }

    /** N(PUZZLE): PRF (2 octets) and difficulty (1 octet), no SPI (§8.1). */
    static Ikev2NotifyPayload notify(int prf, int difficulty) {
        return Ikev2NotifyPayload.of(PUZZLE, Bytes.wrap(new byte[] {(byte) (prf >> 8), (byte) prf, (byte) difficulty}));
    }

    /** Trailing zero bits of {@code out} (§4.4: "the zero-bit run at the end of the output"). */
    static int trailingZeros(byte[] out) {
        int n = 0;
        for (int i = out.length - 1; i >= 0; i--) {
            if (out[i] == 0) {
                n += 8;
                continue;
            }
            return n + Integer.numberOfTrailingZeros(out[i] & 0xFF);
        }
        return n;
    }

    /**
     * §7.1.4: the solution's four keys are different and of equal size and each gives at least {@code difficulty}
     * trailing zero bits (8 when the puzzle left the difficulty to the initiator, ZBC 0). All four are checked.
     */
    static boolean solves(Prf prf, byte[] cookie, Bytes solution, int difficulty) {
        int need = Math.max(difficulty, 8);
        if (solution == null || solution.length() == 0 || solution.length() % KEYS != 0 || solution.length() > 4 * 64) {
            return false;
        }
        int size = solution.length() / KEYS;
        Bytes[] keys = new Bytes[KEYS];
        for (int i = 0; i < KEYS; i++) {
            keys[i] = solution.slice(i * size, size);
            for (int j = 0; j < i; j++) {
                if (keys[j].equals(keys[i])) {
                    return false;
                }
            }
        }
        boolean ok = true;
        for (Bytes k : keys) {
            ok &= trailingZeros(prf.compute(k.toByteArray(), cookie)) >= need;
        }
        return ok;
    }

    /** The PS payload of a request, if any (after the cookie, §7.1.2: "HDR, N(COOKIE), [PS,] SA, ..."). */
    static Bytes solution(List<Ikev2Payload> request) {
        for (Ikev2Payload p : request) {
            if (p instanceof Ikev2UnknownPayload u && u.type() == PS) {
                return u.body();
            }
        }
        return null;
    }

    /**
     * The initiator's work (§7.1.3): four 4-octet keys, counting up, each with {@code difficulty} (at least 8)
     * trailing zero bits in PRF(K, cookie). Expected cost 4 · 2^difficulty PRF calls.
     */
    static Bytes solve(Prf prf, byte[] cookie, int difficulty) {
        int need = Math.max(difficulty, 8);
        byte[] out = new byte[KEYS * 4];
        int found = 0;
        byte[] k = new byte[4];
        for (long c = 0; found < KEYS && c <= 0xFFFFFFFFL; c++) {
            k[0] = (byte) (c >>> 24);
            k[1] = (byte) (c >>> 16);
            k[2] = (byte) (c >>> 8);
            k[3] = (byte) c;
            if (trailingZeros(prf.compute(k, cookie)) >= need) {
                System.arraycopy(k, 0, out, found * 4, 4);
                found++;
            }
        }
        return Bytes.wrap(out);
    }

    /** The PS payload carrying {@code solution}. */
    static Ikev2Payload payload(Bytes solution) {
        return new Ikev2UnknownPayload(PS, solution, 0);
    }
}
