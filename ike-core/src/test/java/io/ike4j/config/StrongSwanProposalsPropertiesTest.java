package io.ike4j.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Hostile and generated input for the proposal parser: it either returns proposals or throws
 * ConfigException (never another exception), and every valid proposal survives format → parse.
 */
class StrongSwanProposalsPropertiesTest {

    private static final List<String> ENCR = List.of("aes128", "aes192", "aes256", "aes128ctr", "aes256ctr", "3des",
            "camellia128");
    private static final List<String> AEAD = List.of("aes128gcm16", "aes256gcm16", "aes128gcm8", "aes192gcm12",
            "aes128ccm16", "aes256ccm8", "chacha20poly1305", "aes128gcm128");
    private static final List<String> INTEG = List.of("sha1", "sha256", "sha384", "sha512", "md5", "aesxcbc", "aescmac", "sha2_256");
    private static final List<String> PRF = List.of("prfsha1", "prfsha256", "prfsha384", "prfsha512", "prfaesxcbc", "prfaescmac", "prfmd5");
    private static final List<String> KE = List.of("modp1024", "modp2048", "modp3072", "ecp256", "ecp384", "ecp521",
            "x25519", "curve448", "ecp256bp", "modp2048s256", "mlkem768");

    @Property(tries = 100000)
    void parserThrowsOnlyConfigException(@ForAll("hostile") String text) {
        try {
            StrongSwanProposals.parseIke(text);
        } catch (ConfigException expected) {
            // fine: a validation message
        }
        try {
            StrongSwanProposals.parseEsp(text);
        } catch (ConfigException expected) {
            // fine
        }
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> random = Arbitraries.strings().ofMaxLength(60);
        Arbitrary<String> alphabet = Arbitraries.strings().withChars("aesgcmodpx0123456789-, ").ofMaxLength(50);
        List<String> all = new ArrayList<>();
        all.addAll(ENCR);
        all.addAll(AEAD);
        all.addAll(INTEG);
        all.addAll(PRF);
        all.addAll(KE);
        all.addAll(List.of("esn", "noesn", "null", "aes128gmac", "", " ", "bogus"));
        Arbitrary<String> tokens = Arbitraries.of(all).list().ofMaxSize(8).map(l -> String.join("-", l))
                .list().ofMaxSize(3).map(l -> String.join(",", l));
        return Arbitraries.oneOf(random, alphabet, tokens);
    }

    @Property(tries = 2000)
    void ikeProposalsRoundTrip(@ForAll("ikeProposal") String text) {
        List<IkeProposal> parsed = StrongSwanProposals.parseIke(text);
        String formatted = StrongSwanProposals.formatIke(parsed);
        assertEquals(parsed, StrongSwanProposals.parseIke(formatted));
        assertEquals(formatted, StrongSwanProposals.formatIke(StrongSwanProposals.parseIke(formatted)));
    }

    @Provide
    Arbitrary<String> ikeProposal() {
        Arbitrary<String> classic = Combinators.combine(pick(ENCR), pick(INTEG), pick(PRF).list().ofMaxSize(1), pick(KE))
                .as((e, i, p, k) -> String.join("-", e, i) + (p.isEmpty() ? "" : "-" + p.get(0)) + "-" + k);
        Arbitrary<String> aead = Combinators.combine(pick(AEAD), pick(PRF), pick(KE)).as((e, p, k) -> e + "-" + p + "-" + k);
        return Arbitraries.oneOf(classic, aead).list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(",", l));
    }

    @Property(tries = 2000)
    void espProposalsRoundTrip(@ForAll("espProposal") String text) {
        List<EspProposal> parsed = StrongSwanProposals.parseEsp(text);
        assertEquals(parsed, StrongSwanProposals.parseEsp(StrongSwanProposals.formatEsp(parsed)));
    }

    @Provide
    Arbitrary<String> espProposal() {
        Arbitrary<String> suffix = Arbitraries.of("", "-esn", "-noesn", "-esn-noesn");
        Arbitrary<String> pfs = pick(KE).list().ofMaxSize(1).map(l -> l.isEmpty() ? "" : "-" + l.get(0));
        Arbitrary<String> classic = Combinators.combine(pick(ENCR), pick(INTEG), pfs, suffix).as((e, i, k, s) -> e + "-" + i + k + s);
        Arbitrary<String> aead = Combinators.combine(pick(AEAD), pfs, suffix).as((e, k, s) -> e + k + s);
        return Arbitraries.oneOf(classic, aead).list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(",", l));
    }

    private static Arbitrary<String> pick(List<String> l) {
        return Arbitraries.of(l);
    }
}
