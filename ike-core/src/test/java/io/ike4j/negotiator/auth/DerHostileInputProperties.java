package io.ike4j.negotiator.auth;

import java.io.IOException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The DER key rewrapping only ever throws IOException, whatever the octets (random and mutated keys). */
class DerHostileInputProperties {
    private static final byte[] RSA = der("java/private/java-rsa-key.pem");
    private static final byte[] EC = der("java/private/java-ecdsa-key.pem");

    private static byte[] der(String rel) {
        try {
            return Pem.read(TestPki.pki(rel)).get(0).der();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Property(tries = 100000)
    void rewrapNeverThrowsOtherThanIoException(@ForAll("hostile") byte[] data) {
        try {
            PrivateKeys.fromPkcs1(data);
        } catch (IOException e) {
            // expected for malformed input
        }
        try {
            PrivateKeys.fromSec1(data);
        } catch (IOException e) {
            // expected for malformed input
        }
        for (String label : new String[] {"RSA PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY"}) {
            try {
                PrivateKeys.fromPem("hostile", new Pem.Block(label, data));
            } catch (IOException e) {
                // expected for malformed input
            }
        }
    }

    @Provide
    Arbitrary<byte[]> hostile() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        Arbitrary<byte[]> mutated = Arbitraries.of(RSA, EC).flatMap(base -> Arbitraries.integers().between(0, base.length - 1)
                .flatMap(pos -> Arbitraries.integers().between(0, 255).flatMap(val -> Arbitraries.integers().between(0, base.length)
                        .map(cut -> {
                            byte[] b = java.util.Arrays.copyOf(base, Math.max(cut, pos + 1));
                            b[pos] = (byte) val.intValue();
                            return b;
                        }))));
        return Arbitraries.oneOf(random, mutated);
    }
}
