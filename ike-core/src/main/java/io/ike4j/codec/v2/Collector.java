package io.ike4j.codec.v2;

import java.util.Arrays;
import java.util.List;

/**
 * A per-thread stack the decoder collects a list's elements on, nested lists on top of their parent's: each list
 * ends as one immutable {@link List#of} (the records keep it without copying: {@link List#copyOf} returns it as it
 * is), instead of an ArrayList and then the record's copy of it. Elements are cleared from the stack as soon as
 * their list is made, or when decoding fails ({@link #reset}), so the stack keeps no decoded plaintext alive.
 */
final class Collector {
    private static final ThreadLocal<Collector> LOCAL = ThreadLocal.withInitial(Collector::new);

    private Object[] stack = new Object[64];
    private int top;

    private Collector() {
    }

    static Collector get() {
        return LOCAL.get();
    }

    /** {@return where a new list starts} */
    int mark() {
        return top;
    }

    /** {@return how many elements the list started at {@code mark} has} */
    int size(int mark) {
        return top - mark;
    }

    void add(Object o) {
        if (top == stack.length) {
            stack = Arrays.copyOf(stack, top * 2); // bounded: a datagram of n octets has at most n/4 elements
        }
        stack[top++] = o;
    }

    /** The elements since {@code mark} as an immutable list, popped. */
    @SuppressWarnings("unchecked")
    <T> List<T> list(int mark) {
        Object[] s = stack;
        int m = mark;
        List<?> l = switch (top - m) {
            // the fixed-arity List.of keep their arguments' array: one allocation, not List.of(array)'s copy
            case 0 -> List.of();
            case 1 -> List.of(s[m]);
            case 2 -> List.of(s[m], s[m + 1]);
            case 3 -> List.of(s[m], s[m + 1], s[m + 2]);
            case 4 -> List.of(s[m], s[m + 1], s[m + 2], s[m + 3]);
            case 5 -> List.of(s[m], s[m + 1], s[m + 2], s[m + 3], s[m + 4]);
            case 6 -> List.of(s[m], s[m + 1], s[m + 2], s[m + 3], s[m + 4], s[m + 5]);
            case 7 -> List.of(s[m], s[m + 1], s[m + 2], s[m + 3], s[m + 4], s[m + 5], s[m + 6]);
            case 8 -> List.of(s[m], s[m + 1], s[m + 2], s[m + 3], s[m + 4], s[m + 5], s[m + 6], s[m + 7]);
            default -> List.of(Arrays.copyOfRange(s, m, top));
        };
        reset(mark);
        return (List<T>) l;
    }

    /** Pops everything since {@code mark} (a no-op after {@link #list}); for the decoder's failure paths. */
    void reset(int mark) {
        if (top > mark) {
            Arrays.fill(stack, mark, top, null);
            top = mark;
        }
    }
}
