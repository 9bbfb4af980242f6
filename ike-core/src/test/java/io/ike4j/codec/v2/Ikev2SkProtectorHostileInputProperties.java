package io.ike4j.codec.v2;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.IkeDecodeException;
import io.ike4j.crypto.IcvMismatchException;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;

/**
 * Hostile input to {@link Ikev2SkProtector#unprotect}: mutations (bit flips, truncations, appended octets,
 * length-field edits) of protected messages, and random bodies behind a valid header and SK header. Decoding
 * plus unprotecting must give a plaintext, {@link IcvMismatchException}, or an IkeDecodeException with an
 * allowed notify and an offset within the message; nothing else may escape. Tries: jqwik.tries.default
 * (100,000 in every build).
 */
class Ikev2SkProtectorHostileInputProperties {
    static final Set<String> ALLOWED = Set.of("INVALID_SYNTAX", "UNSUPPORTED_CRITICAL_PAYLOAD", "INVALID_MAJOR_VERSION");
    static final byte[] CBC_MSG = Ikev2SkProtectorTest.cbc().protect(
            Ikev2SkProtectorTest.header(Ikev2Header.FLAG_INITIATOR), List.of(), Ikev2SkProtectorTest.INNER,
            Ikev2SkProtectorTest.KEYS, Ikev2SkProtectorTest.seq(16, 1), 0);
    static final byte[] GCM_MSG = Ikev2SkProtectorTest.gcm().protect(
            Ikev2SkProtectorTest.header(0), List.of(), Ikev2SkProtectorTest.INNER,
            Ikev2SkProtectorTest.GCM_KEYS, Ikev2SkProtectorTest.seq(8, 1), 0);

    static void check(byte[] bytes, boolean aead) {
        Ikev2Message m;
        try {
            m = Ikev2Codec.decode(bytes);
        } catch (IkeDecodeException e) {
            return; // the codec's own properties cover this
        }
        if (!Decision.hasSk(m)) {
            return;
        }
        try {
            Ikev2SkPlaintext pt = aead ? Ikev2SkProtectorTest.gcm().unprotect(Bytes.wrap(bytes), m,
                    Ikev2SkProtectorTest.GCM_KEYS) : Ikev2SkProtectorTest.cbc().unprotect(Bytes.wrap(bytes), m,
                    Ikev2SkProtectorTest.KEYS);
            assertTrue(pt.icvVerified());
        } catch (IcvMismatchException e) {
            // rejected by integrity: fine
        } catch (IkeDecodeException e) {
            assertTrue(ALLOWED.contains(e.notifyName()), e.notifyName());
            assertTrue(e.offset() >= 0 && e.offset() <= bytes.length, "offset " + e.offset());
        }
    }

    static final class Decision {
        static boolean hasSk(Ikev2Message m) {
            List<Ikev2Payload> ps = m.payloads();
            return !ps.isEmpty() && (ps.get(ps.size() - 1) instanceof Ikev2SkPayload
                    || ps.get(ps.size() - 1) instanceof Ikev2SkfPayload);
        }
    }

    @Property(shrinking = ShrinkingMode.OFF)
    void mutatedProtectedMessages(@ForAll("mutations") Tuple.Tuple2<byte[], Boolean> t) {
        check(t.get1(), t.get2());
    }

    @Property(shrinking = ShrinkingMode.OFF)
    void randomBodiesBehindValidHeaders(@ForAll("randomBodies") Tuple.Tuple2<byte[], Boolean> t) {
        check(t.get1(), t.get2());
    }

    @Provide
    Arbitrary<Tuple.Tuple2<byte[], Boolean>> mutations() {
        return Arbitraries.of(true, false).flatMap(aead -> {
            byte[] base = aead ? GCM_MSG : CBC_MSG;
            Arbitrary<byte[]> flips = Arbitraries.integers().between(0, base.length * 8 - 1).list().ofMinSize(1).ofMaxSize(4)
                    .map(bits -> {
                        byte[] b = base.clone();
                        for (int i : bits) {
                            b[i / 8] ^= (byte) (1 << (i % 8));
                        }
                        return b;
                    });
            Arbitrary<byte[]> truncated = Arbitraries.integers().between(0, base.length).map(n -> {
                byte[] b = java.util.Arrays.copyOf(base, n);
                if (n >= 28) {
                    fixLengths(b); // keep the header/SK lengths consistent so unprotect sees the short body
                }
                return b;
            });
            Arbitrary<byte[]> lengthEdits = Arbitraries.integers().between(0, 0xffff).map(v -> {
                byte[] b = base.clone();
                b[30] = (byte) (v >>> 8);
                b[31] = (byte) (v & 0xff);
                return b;
            });
            return Arbitraries.oneOf(flips, truncated, lengthEdits).map(b -> Tuple.of(b, aead));
        });
    }

    @Provide
    Arbitrary<Tuple.Tuple2<byte[], Boolean>> randomBodies() {
        return Arbitraries.of(true, false).flatMap(aead -> Arbitraries.bytes().array(byte[].class).ofMaxSize(200)
                .map(body -> {
                    byte[] b = java.util.Arrays.copyOf(aead ? GCM_MSG : CBC_MSG, 32 + body.length);
                    System.arraycopy(body, 0, b, 32, body.length);
                    fixLengths(b);
                    return Tuple.of(b, aead);
                }));
    }

    /** Rewrites the IKE length and the SK payload length to match the array. */
    static void fixLengths(byte[] b) {
        int n = b.length;
        b[24] = (byte) (n >>> 24);
        b[25] = (byte) (n >>> 16);
        b[26] = (byte) (n >>> 8);
        b[27] = (byte) n;
        if (n >= 32) {
            b[30] = (byte) ((n - 28) >>> 8);
            b[31] = (byte) (n - 28);
        }
    }
}
