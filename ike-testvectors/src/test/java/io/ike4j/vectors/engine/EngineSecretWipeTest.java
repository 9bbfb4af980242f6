package io.ike4j.vectors.engine;

import io.ike4j.config.IkeConfiguration;
import io.ike4j.crypto.SecretBytes;
import io.ike4j.crypto.kdf.Ikev2SaKeys;
import io.ike4j.negotiator.Ikev2Engine;
import io.ike4j.negotiator.Ikev2Listener;
import io.ike4j.negotiator.Ikev2Peer;
import io.ike4j.sa.ChildSa;
import io.ike4j.sa.IkeSaInfo;
import io.ike4j.transport.DatagramEndpoint;
import io.ike4j.transport.Outbound;
import io.ike4j.transport.SimulatedNetwork;
import io.ike4j.transport.VirtualClock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10 item 10 at engine level: two engines on the BouncyCastle provider complete a handshake, the
 * initiator deletes the IKE SA, and on both sides every array reachable from the SA's SK keys (with the
 * primitives keyed from them), its seven SK_* keys and its CHILD_SA keys is zero. The SA objects are
 * engine internals, reached by reflection (Ikev2Engine.core, EngineCore.byLocalSpi) so the API stays as it is.
 */
@Tag("hostile")
class EngineSecretWipeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "aes128-sha256-modp2048",
            "aes256gcm16-prfsha384-ecp384",
            "chacha20poly1305-prfsha256-x25519",
            "aes128ccm16-prfaescmac-ecp256",
            "aes256ctr-aesxcbc-prfaesxcbc-x25519",
            "3des-sha1-prfsha1-ecp256",
            "aes256-sha512-prfsha512-ecp256",
    })
    void deletingAnSaZeroesBothSidesKeysKeyedPrimitivesAndChildKeys(String ike) throws Exception {
        VirtualClock clock = new VirtualClock(Instant.parse("2026-12-01T10:00:00Z"));
        SimulatedNetwork net = new SimulatedNetwork(clock, 7);
        DatagramEndpoint ia = DatagramEndpoint.of("127.0.0.1", 500);
        DatagramEndpoint ra = DatagramEndpoint.of("127.0.0.2", 500);
        List<ChildSa> children = new ArrayList<>();
        Ikev2Listener listener = new Ikev2Listener() {
            @Override
            public void childSaEstablished(IkeSaInfo sa, ChildSa child) {
                children.add(child);
            }
        };
        String esp = "esp-aes 128 esp-sha256-hmac";
        IkeConfiguration conf = EngineTsharkTest.config(ike, esp, false, "a", "b", "wipe-test-psk");
        Outbound[] iOut = new Outbound[1];
        Outbound[] rOut = new Outbound[1];
        Ikev2Engine i = EngineTsharkTest.engine(conf, false, "a", 1, listener, d -> iOut[0].send(d), clock);
        Ikev2Engine r = EngineTsharkTest.engine(conf, false, "b", 2, listener, d -> rOut[0].send(d), clock);
        iOut[0] = net.attach(ia, i);
        rOut[0] = net.attach(ra, r);
        int id = i.initiate(conf.ipsecProfiles().get(0), new Ikev2Peer(ia, ra));
        net.runUntilIdle();
        assertEquals(2, children.size(), ike + ": both CHILD_SAs up");
        List<Object> sas = new ArrayList<>(sas(i));
        sas.addAll(sas(r));
        assertEquals(2, sas.size());
        for (Object sa : sas) {
            Object skKeys = field(sa, "skKeys");
            // Each side protected and unprotected: SK_e both ways is keyed, SK_a too unless the cipher is AEAD.
            Object[] keyed = (Object[]) field(skKeys, "keyed");
            boolean aead = ike.contains("gcm") || ike.contains("ccm") || ike.contains("chacha");
            for (int k = 0; k < keyed.length; k++) {
                if (aead && k % 2 == 1) {
                    continue;
                }
                assertNotNull(keyed[k], ike + " slot " + k);
                assertTrue(keyed[k].getClass().getName().startsWith("io.ike4j.crypto.bc."), keyed[k].getClass().getName());
            }
            assertFalse(nonZero(skKeys).isEmpty(), "the walk reaches the live keys");
        }

        i.delete(id);
        net.runUntilIdle();
        assertEquals(0, i.sas().size());
        assertEquals(0, r.sas().size());
        for (Object sa : sas) {
            String side = field(sa, "role") + " " + ike + ": ";
            assertEquals("", nonZero(field(sa, "skKeys")), side + "SK keys or keyed primitives not zeroed");
            assertEquals("", nonZero(field(sa, "keys")), side + "SK_d/SK_p not zeroed");
            assertEquals("", nonZero(field(sa, "sharedSecret")), side + "g^ir not zeroed");
            List<?> established = (List<?>) field(sa, "children"); // the SA's CHILD_SAs (one here), each a Child
            assertEquals(1, established.size(), side);
            ChildSa child = (ChildSa) field(established.get(0), "keys");
            assertTrue(children.stream().anyMatch(c -> c == child), side + "the CHILD_SA handed to the listener");
            for (SecretBytes k : List.of(child.encrKeyInitiatorToResponder(), child.integKeyInitiatorToResponder(),
                    child.encrKeyResponderToInitiator(), child.integKeyResponderToInitiator())) {
                assertTrue(k.isDestroyed(), side);
                assertEquals("", nonZero(k), side + "CHILD_SA key not zeroed");
            }
            Ikev2SaKeys keys = (Ikev2SaKeys) field(sa, "keys");
            assertSame(keys.skEi(), field(field(sa, "skKeys"), "skEi"), side + "SK_ei is one object, not a copy");
        }
    }

    /** The engine's live IKE SAs (Ikev2Sa objects). */
    private static List<Object> sas(Ikev2Engine e) throws ReflectiveOperationException {
        Map<?, ?> byLocalSpi = (Map<?, ?>) field(field(field(e, "core"), "sas"), "byLocalSpi"); // the SaDirectory's
        return new ArrayList<>(byLocalSpi.values());
    }

    private static Object field(Object o, String name) throws ReflectiveOperationException {
        for (Class<?> c = o.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f.get(o);
            } catch (NoSuchFieldException e) {
                // superclass
            }
        }
        throw new NoSuchFieldException(name);
    }

    /**
     * The paths of non-zero primitive arrays reachable from {@code root} through instance fields of ike4j and
     * BouncyCastle objects and through arrays (io.ike4j.crypto.bc's ZeroWalk does the same per primitive).
     */
    static String nonZero(Object root) throws IllegalAccessException {
        StringBuilder out = new StringBuilder();
        walk(root, "", new IdentityHashMap<>(), out);
        return out.toString();
    }

    private static void walk(Object o, String path, Map<Object, Object> seen, StringBuilder out)
            throws IllegalAccessException {
        if (o == null || seen.put(o, o) != null) {
            return;
        }
        Class<?> c = o.getClass();
        if (c.isArray()) {
            boolean primitive = c.getComponentType().isPrimitive();
            for (int k = 0; k < Array.getLength(o); k++) {
                Object v = Array.get(o, k);
                if (!primitive) {
                    walk(v, path + "[" + k + "]", seen, out);
                } else if (v instanceof Number n && n.longValue() != 0) {
                    out.append(path).append(' ');
                    return;
                }
            }
            return;
        }
        String n = c.getName();
        if (o instanceof Enum<?> || !(n.startsWith("io.ike4j.") || n.startsWith("org.bouncycastle."))) {
            return;
        }
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !f.getType().isPrimitive()) {
                    f.setAccessible(true);
                    walk(f.get(o), path + "." + f.getName(), seen, out);
                }
            }
        }
    }

}
