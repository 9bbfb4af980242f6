package io.ike4j.crypto.bc;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Walks an object graph by reflection — instance fields only, into ike4j and BouncyCastle objects, arrays
 * and collections, never into static fields or JDK objects — and lists the primitive arrays it reaches.
 */
final class ZeroWalk {
    /** Reached primitive arrays with the field path that reached them. */
    final Map<Object, String> arrays = new IdentityHashMap<>();
    private final Map<Object, Boolean> seen = new IdentityHashMap<>();

    static ZeroWalk of(Object root) {
        ZeroWalk w = new ZeroWalk();
        w.walk(root, root.getClass().getSimpleName());
        return w;
    }

    /** The paths of reached arrays that hold a non-zero element. */
    String nonZero() {
        StringBuilder sb = new StringBuilder();
        arrays.forEach((a, path) -> {
            for (int i = 0; i < Array.getLength(a); i++) {
                Object v = Array.get(a, i);
                if (!(v instanceof Number n ? n.longValue() == 0 : v.equals(Boolean.FALSE) || v.equals('\0'))) {
                    sb.append(path).append(' ');
                    return;
                }
            }
        });
        return sb.toString();
    }

    private void walk(Object o, String path) {
        if (o == null || seen.put(o, Boolean.TRUE) != null) {
            return;
        }
        Class<?> c = o.getClass();
        if (c.isArray()) {
            if (c.getComponentType().isPrimitive()) {
                arrays.put(o, path);
            } else {
                for (int i = 0; i < Array.getLength(o); i++) {
                    walk(Array.get(o, i), path + "[" + i + "]");
                }
            }
        } else if (o instanceof Collection<?> coll) {
            int i = 0;
            for (Object e : coll) {
                walk(e, path + "<" + i++ + ">");
            }
        } else if (ours(c) && !(o instanceof Enum<?>)) {
            for (Class<?> k = c; k != null && ours(k); k = k.getSuperclass()) {
                for (Field f : k.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
                        continue;
                    }
                    f.setAccessible(true);
                    try {
                        walk(f.get(o), path + "." + f.getName());
                    } catch (IllegalAccessException e) {
                        throw new AssertionError(e);
                    }
                }
            }
        }
    }

    private static boolean ours(Class<?> c) {
        String n = c.getName();
        return n.startsWith("org.bouncycastle.") || n.startsWith("io.ike4j.");
    }
}
