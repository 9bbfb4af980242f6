package io.ike4j.negotiator.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2AuthPayload;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.jca.JcaProvider;
import java.io.IOException;
import java.security.PublicKey;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** verify never throws and never accepts forged AUTH payloads (random methods/data, mutated real signatures). */
class SignatureAuthHostileProperties {
    private static final byte[] OCTETS = "signed octets".getBytes();
    private static final CryptoProvider JCA = new JcaProvider(); // ike-core tests have no BouncyCastle
    private static final PublicKey RSA;
    private static final PublicKey EC;
    private static final List<Ikev2AuthPayload> REAL;

    static {
        try {
            Credentials r = Credentials.load(TestPki.pki("java/x509/java-rsa.pem"), TestPki.pki("java/private/java-rsa-key.pem"));
            Credentials e = Credentials.load(TestPki.pki("java/x509/java-ecdsa.pem"), TestPki.pki("java/private/java-ecdsa-key.pem"));
            RSA = r.certificate().getPublicKey();
            EC = e.certificate().getPublicKey();
            CryptoProvider p = JCA;
            REAL = List.of(SignatureAuth.sign(p, r.key(), OCTETS, List.of(2)), SignatureAuth.sign(p, r.key(), OCTETS, List.of()),
                    SignatureAuth.sign(p, e.key(), OCTETS, List.of(2)), SignatureAuth.sign(p, e.key(), OCTETS, List.of()));
        } catch (IOException ex) {
            throw new ExceptionInInitializerError(ex);
        }
    }

    @Property(tries = 100000)
    void forgedAuthIsRejected(@ForAll("auth") Ikev2AuthPayload a, @ForAll boolean rsaKey) {
        assertFalse(SignatureAuth.verify(JCA, rsaKey ? RSA : EC, a, OCTETS), a.toString());
    }

    @Provide
    Arbitrary<Ikev2AuthPayload> auth() {
        Arbitrary<Ikev2AuthPayload> random = Combinators.combine(Arbitraries.of(1, 2, 9, 10, 11, 14, 255),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(300)).as((m, d) -> new Ikev2AuthPayload(m, Bytes.wrap(d)));
        Arbitrary<Ikev2AuthPayload> mutated = Arbitraries.of(REAL).flatMap(a -> {
            int n = a.data().length();
            Arbitrary<Ikev2AuthPayload> flip = Arbitraries.integers().between(0, n * 8 - 1).map(bit -> {
                byte[] d = a.data().toByteArray();
                d[bit / 8] ^= (byte) (1 << (bit % 8));
                return new Ikev2AuthPayload(a.method(), Bytes.wrap(d));
            });
            Arbitrary<Ikev2AuthPayload> cut = Arbitraries.integers().between(0, n - 1)
                    .map(k -> new Ikev2AuthPayload(a.method(), a.data().slice(0, k)));
            Arbitrary<Ikev2AuthPayload> length = Arbitraries.integers().between(0, 255).filter(v -> v != (a.data().get(0)))
                    .map(v -> {
                        byte[] d = a.data().toByteArray();
                        d[0] = (byte) v.intValue();
                        return new Ikev2AuthPayload(14, Bytes.wrap(d));
                    });
            return Arbitraries.oneOf(flip, cut, length);
        });
        return Arbitraries.oneOf(random, mutated);
    }
}
