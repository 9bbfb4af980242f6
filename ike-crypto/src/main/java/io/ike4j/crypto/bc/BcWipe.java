package io.ike4j.crypto.bc;

import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.CipherParameters;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.ChaCha7539Engine;
import org.bouncycastle.crypto.engines.DESedeEngine;
import org.bouncycastle.crypto.engines.Salsa20Engine;
import org.bouncycastle.crypto.macs.Poly1305;
import org.bouncycastle.crypto.modes.ChaCha20Poly1305;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.gcm.BasicGCMExponentiator;
import org.bouncycastle.crypto.modes.gcm.BasicGCMMultiplier;
import org.bouncycastle.crypto.modes.gcm.Tables1kGCMExponentiator;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Zeroes the key material BouncyCastle objects keep. BouncyCastle has no wipe API, and re-keying does not
 * help where init allocates fresh arrays and drops the old ones (AESEngine's working key, DESede's three,
 * GCM's H), so this reads the private fields named below, per exact class (bcprov-jdk18on 1.82). The keyed
 * primitives key such objects per message and wipe them before returning; they pass each through
 * {@link #scratch}, where a test can collect them and check that they were wiped. Only
 * instance fields are listed: static arrays are tables every instance shares (S-boxes, ChaCha's sigma),
 * and zeroing one would break all later crypto, which BcKeyedWipeTest's known answers after a wipe would
 * catch. A BouncyCastle upgrade that renames a field turns {@link #complete()} false, which BcKeyedWipeTest fails on.
 */
final class BcWipe {
    private static final Map<Class<?>, List<Field>> FIELDS = fieldsOrNone();

    /**
     * The field lists, or none when reflection is refused (BouncyCastle on the module path, which does not open
     * its packages): then only what the public API reaches is wiped (KeyParameter arrays, our own buffers), and
     * {@link #complete()} says so. BcKeyedWipeTest fails if a list no longer covers BouncyCastle's fields.
     */
    private static Map<Class<?>, List<Field>> fieldsOrNone() {
        try {
            return lists();
        } catch (RuntimeException e) { // InaccessibleObjectException, SecurityException, a renamed field
            return Map.of();
        }
    }

    /** True when key material inside BouncyCastle's engines is wiped too, not only what its API exposes. */
    static boolean complete() {
        return !FIELDS.isEmpty();
    }

    private static Map<Class<?>, List<Field>> lists() {
        return Map.ofEntries(
            Map.entry(KeyParameter.class, fields(KeyParameter.class, "key")),
            Map.entry(AEADParameters.class, fields(AEADParameters.class, "key", "nonce", "associatedText")),
            Map.entry(AESEngine.class, fields(AESEngine.class, "WorkingKey", "s")),
            Map.entry(DESedeEngine.class, fields(DESedeEngine.class, "workingKey1", "workingKey2", "workingKey3")),
            Map.entry(GCMBlockCipher.class, fields(GCMBlockCipher.class, "cipher", "multiplier", "exp", "lastKey",
                    "nonce", "initialAssociatedText", "H", "J0", "bufBlock", "macBlock", "S", "S_at", "S_atPre",
                    "counter", "atBlock")),
            Map.entry(BasicGCMMultiplier.class, fields(BasicGCMMultiplier.class, "H")),
            Map.entry(BasicGCMExponentiator.class, fields(BasicGCMExponentiator.class, "x")),
            Map.entry(Tables1kGCMExponentiator.class, fields(Tables1kGCMExponentiator.class, "lookupPowX2")),
            Map.entry(ChaCha20Poly1305.class, fields(ChaCha20Poly1305.class, "chacha20", "poly1305", "key", "nonce",
                    "buf", "mac", "initialAAD")),
            Map.entry(ChaCha7539Engine.class, fields(Salsa20Engine.class, "engineState", "x", "keyStream")),
            Map.entry(Poly1305.class, fields(Poly1305.class, "currentBlock", "singleByte")));
    }

    /** Test hook: sees every object passed to {@link #scratch}; null outside BcKeyedWipeTest. */
    static volatile Consumer<Object> scratchWatcher;

    private BcWipe() {
    }

    /**
     * {@code o}, a BouncyCastle object (engine, mode, digest, KeyParameter) that a keyed primitive makes for one
     * computation and must wipe (or, for a digest, reset) before it returns.
     */
    static <T> T scratch(T o) {
        Consumer<Object> w = scratchWatcher;
        if (w != null) {
            w.accept(o);
        }
        return o;
    }

    /** {@code engine} keyed with {@code key[off, off+len)}; the KeyParameter's own copy is zeroed at once. */
    static <T extends BlockCipher> T keyed(T engine, boolean forEncryption, byte[] key, int off, int len) {
        KeyParameter p = scratch(new KeyParameter(key, off, len));
        try {
            engine.init(forEncryption, p);
        } finally {
            wipe(p);
        }
        return scratch(engine);
    }

    /**
     * Zeroes the key material of {@code o} (an object of a class listed above, or null) and of the listed
     * objects it holds. Poly1305's r, s and k are int fields: re-keying with zeros overwrites them in place.
     */
    static void wipe(Object o) {
        if (o == null) {
            return;
        }
        if (o instanceof Poly1305 p) {
            p.init(new KeyParameter(new byte[32]));
        }
        if (o instanceof KeyParameter k) {
            Arrays.fill(k.getKey(), (byte) 0); // getKey() returns the parameter's own array
            return;
        }
        if (o instanceof AEADParameters a) {
            wipe(a.getKey()); // through the API; its nonce copy (salt ‖ IV) needs the field list
        }
        if (!complete()) {
            return; // best effort: reflection is not allowed here
        }
        List<Field> fs = FIELDS.get(o.getClass());
        if (fs == null) {
            throw new IllegalArgumentException("no wipe list for " + o.getClass().getName());
        }
        try {
            for (Field f : fs) {
                wipeValue(f.get(o));
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Wipes a field's value: a primitive array, an array of them, a list of them (GCM tables) or a listed object. */
    private static void wipeValue(Object v) {
        if (v == null) {
            return;
        }
        if (v instanceof byte[] b) {
            Arrays.fill(b, (byte) 0);
        } else if (v instanceof int[] a) {
            Arrays.fill(a, 0);
        } else if (v instanceof long[] a) {
            Arrays.fill(a, 0L);
        } else if (v instanceof Object[] rows) {
            for (Object r : rows) {
                wipeValue(r);
            }
        } else if (v instanceof Collection<?> c) {
            for (Object e : c) {
                wipeValue(e);
            }
        } else if (v instanceof CipherParameters || FIELDS.containsKey(v.getClass())) {
            wipe(v);
        } else if (v instanceof Wipeable w) {
            w.wipe();
        } else {
            wipe(v); // throws: a field listed above holds something this class does not know
        }
    }

    private static List<Field> fields(Class<?> c, String... names) {
        Field[] out = new Field[names.length];
        for (int i = 0; i < names.length; i++) {
            try {
                Field f = c.getDeclaredField(names[i]);
                if (Modifier.isStatic(f.getModifiers())) {
                    throw new IllegalStateException(c.getName() + "." + names[i] + " is static: a shared table");
                }
                f.setAccessible(true);
                out[i] = f;
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException("BouncyCastle changed: no field " + c.getName() + "." + names[i], e);
            }
        }
        return List.of(out);
    }

    /** Our own wrappers that BouncyCastle objects hold (the Poly1305 that zeroes its one-time keys). */
    interface Wipeable {
        void wipe();
    }
}
