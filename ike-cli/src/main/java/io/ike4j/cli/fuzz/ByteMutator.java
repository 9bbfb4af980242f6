package io.ike4j.cli.fuzz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Octet-level mutations of an encoded IKE message: bit flips, interesting byte values, boundary values in the
 * header and payload length fields (found by walking the generic payload headers, RFC 7296 §3.2), truncation,
 * extension and inserted octets. Deterministic in the {@link SplittableRandom} given.
 */
public final class ByteMutator {
    private static final int[] BYTES = {0x00, 0x01, 0x7f, 0x80, 0xfe, 0xff};
    private static final int[] SHORTS = {0, 1, 3, 4, 5, 7, 8, 0x7fff, 0x8000, 0xfffe, 0xffff};

    /** The result: the octets to send and what was done. */
    public record Mutated(byte[] octets, Mutation mutation) {
    }

    private ByteMutator() {
    }

    /** The kinds this mutator makes. */
    public static List<Mutation.Kind> kinds() {
        return List.of(Mutation.Kind.BIT_FLIP, Mutation.Kind.BYTE_VALUE, Mutation.Kind.LENGTH_FIELD, Mutation.Kind.TRUNCATE,
                Mutation.Kind.EXTEND, Mutation.Kind.INSERT_BYTES);
    }

    public static Mutated mutate(byte[] message, SplittableRandom r) {
        return mutate(message, kinds().get(r.nextInt(kinds().size())), r);
    }

    /** One mutation of kind {@code kind} (one of {@link #kinds()}). */
    public static Mutated mutate(byte[] message, Mutation.Kind kind, SplittableRandom r) {
        byte[] m = message.clone();
        int n = m.length;
        switch (kind) {
            case BIT_FLIP -> {
                int flips = 1 + r.nextInt(r.nextInt(4) == 0 ? 16 : 3);
                StringBuilder at = new StringBuilder();
                for (int i = 0; i < flips && n > 0; i++) {
                    int bit = r.nextInt(n * 8);
                    m[bit / 8] ^= (byte) (0x80 >>> (bit % 8));
                    at.append(i == 0 ? "" : ",").append(bit / 8).append('.').append(bit % 8);
                }
                return new Mutated(m, new Mutation(kind, flips + " bit(s) flipped at octet.bit " + at));
            }
            case BYTE_VALUE -> {
                int at = r.nextInt(Math.max(1, n));
                int v = r.nextInt(3) == 0 ? r.nextInt(256) : BYTES[r.nextInt(BYTES.length)];
                if (n > 0) {
                    m[at] = (byte) v;
                }
                return new Mutated(m, new Mutation(kind, String.format("octet %d := 0x%02x", at, v)));
            }
            case LENGTH_FIELD -> {
                List<Integer> fields = lengthFields(m);
                int pick = r.nextInt(fields.size());
                int at = fields.get(pick);
                if (at == 24) { // the header's 32-bit length (RFC 7296 §3.1)
                    long[] values = {0, 1, 27, 28, 29, n - 1L, n + 1L, 0x7fffffffL, 0xffffffffL, n * 2L};
                    long v = values[r.nextInt(values.length)];
                    put32(m, 24, v);
                    return new Mutated(m, new Mutation(kind, "IKE header length := " + v + " (true " + n + ")"));
                }
                int old = ((m[at] & 0xff) << 8) | (m[at + 1] & 0xff);
                int[] near = {old - 1, old + 1, old + 4, old - 4};
                int v = r.nextBoolean() ? SHORTS[r.nextInt(SHORTS.length)] : near[r.nextInt(near.length)] & 0xffff;
                m[at] = (byte) (v >>> 8);
                m[at + 1] = (byte) v;
                return new Mutated(m, new Mutation(kind, "payload length at octet " + at + " := " + v + " (was " + old + ")"));
            }
            case TRUNCATE -> {
                int len = r.nextInt(4) == 0 ? r.nextInt(Math.min(n, 29) + 1) : r.nextInt(Math.max(1, n));
                return new Mutated(Arrays.copyOf(m, len), new Mutation(kind, "cut to " + len + " of " + n + " octets"));
            }
            case EXTEND -> {
                int extra = 1 + r.nextInt(r.nextInt(8) == 0 ? 4000 : 64);
                byte[] e = Arrays.copyOf(m, n + extra);
                boolean random = r.nextBoolean();
                if (random) {
                    for (int i = n; i < e.length; i++) {
                        e[i] = (byte) r.nextInt(256);
                    }
                }
                return new Mutated(e, new Mutation(kind, extra + (random ? " random" : " zero") + " octets appended"));
            }
            default -> { // INSERT_BYTES
                int at = r.nextInt(n + 1);
                int len = 1 + r.nextInt(32);
                byte[] e = new byte[n + len];
                System.arraycopy(m, 0, e, 0, at);
                for (int i = 0; i < len; i++) {
                    e[at + i] = (byte) r.nextInt(256);
                }
                System.arraycopy(m, at, e, at + len, n - at);
                return new Mutated(e, new Mutation(kind, len + " random octets inserted at " + at));
            }
        }
    }

    /** Offsets of the header length (24) and of each payload's 16-bit length field, following the chain. */
    static List<Integer> lengthFields(byte[] m) {
        List<Integer> out = new ArrayList<>();
        out.add(24);
        int at = 28;
        int next = m.length > 16 ? m[16] & 0xff : 0;
        while (next != 0 && at + 4 <= m.length) {
            out.add(at + 2);
            int len = ((m[at + 2] & 0xff) << 8) | (m[at + 3] & 0xff);
            next = m[at] & 0xff;
            if (len < 4 || next == 46) { // SK: the rest is encrypted
                break;
            }
            at += len;
        }
        return out;
    }

    static void put32(byte[] m, int at, long v) {
        if (m.length >= at + 4) {
            m[at] = (byte) (v >>> 24);
            m[at + 1] = (byte) (v >>> 16);
            m[at + 2] = (byte) (v >>> 8);
            m[at + 3] = (byte) v;
        }
    }
}
