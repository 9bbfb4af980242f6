package io.ike4j.crypto.iana;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * A constant of an IANA registry (IKEv2, ISAKMP/IKEv1 or IPsec): its number and its IANA description.
 * The registry enums keep the numbers so that decoded records can store raw wire values and name them on demand.
 */
public interface IanaValue {
    /** {@return the number assigned on the wire} */
    int number();

    /** {@return the IANA description (or, for values outside the IANA registry, the defining document's name)} */
    String ianaName();

    /**
     * Index helper for the enums' {@code of(int)} lookups.
     *
     * @param <E> the registry enum
     * @param values its constants
     * @return the constants by number, unmodifiable
     * @throws IllegalStateException when two constants share a number
     */
    static <E extends IanaValue> Map<Integer, E> index(E[] values) {
        Map<Integer, E> map = new HashMap<>();
        for (E e : values) {
            if (map.put(e.number(), e) != null) {
                throw new IllegalStateException("duplicate number " + e.number());
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * The constant's name for {@code number}, or {@code UNKNOWN(n)} when the registry enum has none.
     *
     * @param <E> the registry enum
     * @param index the enum's constants by number (from {@link #index})
     * @param number the IANA value
     * @return the constant's name or {@code UNKNOWN(number)}
     */
    static <E extends Enum<E> & IanaValue> String nameOf(Map<Integer, E> index, int number) {
        E v = index.get(number);
        return v == null ? "UNKNOWN(" + number + ")" : v.name();
    }
}
