package io.ike4j.vectors.crypto.primitives;

import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.CryptoProviders;
import io.ike4j.crypto.vectors.WycheproofRunner;
import io.ike4j.vectors.Resources;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every Wycheproof file in vectors/wycheproof/testvectors_v1 through {@link WycheproofRunner} on every
 * provider: valid cases must pass, invalid ones must be rejected (invalid ECDH points, malformed DER
 * signatures, modified tags…), acceptable ones are counted as passed either way. Unsupported counts are
 * the cases with parameters no IKE transform has (GCM nonces other than 96 bits, tag sizes other than
 * 64/96/128, AES-CMAC with 192/256-bit keys, compressed EC points, PSS with other salt/MGF profiles);
 * for bc, the minimum expected pass counts below make sure nothing IKE needs slipped into "unsupported".
 */
class WycheproofSuite {
    /** Minimum cases bc must pass per file (all cases of IKE-relevant parameters). */
    private static final Map<String, Integer> BC_MIN_PASSED = Map.ofEntries(
            Map.entry("x25519_test.json", 518), Map.entry("x448_test.json", 510),
            Map.entry("hmac_sha1_test.json", 170), Map.entry("hmac_sha256_test.json", 174),
            Map.entry("hmac_sha384_test.json", 174), Map.entry("hmac_sha512_test.json", 174),
            Map.entry("ed25519_test.json", 151), Map.entry("rsa_signature_2048_sha256_test.json", 259),
            Map.entry("rsa_pss_2048_sha256_mgf1_32_test.json", 108),
            Map.entry("ecdsa_secp256r1_sha256_test.json", 484), Map.entry("ecdsa_secp384r1_sha384_test.json", 504),
            Map.entry("ecdsa_secp521r1_sha512_test.json", 542),
            Map.entry("ecdsa_secp256r1_sha256_p1363_test.json", 262),
            Map.entry("ecdsa_secp384r1_sha384_p1363_test.json", 280),
            Map.entry("ecdsa_secp521r1_sha512_p1363_test.json", 318),
            Map.entry("aes_cbc_pkcs5_test.json", 216), Map.entry("aes_cmac_test.json", 102),
            Map.entry("aes_gcm_test.json", 197), Map.entry("chacha20_poly1305_test.json", 316),
            Map.entry("ecdh_secp256r1_ecpoint_test.json", 347), Map.entry("ecdh_secp384r1_ecpoint_test.json", 788),
            Map.entry("ecdh_secp521r1_ecpoint_test.json", 649));

    @Test
    void allFiles() {
        List<Path> files = Resources.files("wycheproof/testvectors_v1", "*.json");
        assertEquals(22, files.size(), "Wycheproof files");
        List<CryptoProvider> providers = CryptoProviders.all();
        assertTrue(providers.stream().anyMatch(p -> p.name().equals("bc")), "bc provider missing");
        List<String> problems = new ArrayList<>();
        for (CryptoProvider p : providers) {
            int passed = 0;
            int failed = 0;
            int unsupported = 0;
            for (Path f : files) {
                WycheproofRunner.Result r = WycheproofRunner.run(f, p);
                String name = f.getFileName().toString();
                System.out.println("WycheproofSuite " + name + " [" + p.name() + "]: " + r.passed() + " passed, "
                        + r.failed() + " failed, " + r.unsupported() + " unsupported");
                passed += r.passed();
                failed += r.failed();
                unsupported += r.unsupported();
                if (r.failed() > 0) {
                    problems.add(p.name() + " " + name + ": " + r.failures().stream().limit(10).toList());
                }
                if (p.name().equals("bc")) {
                    int min = BC_MIN_PASSED.getOrDefault(name, 1);
                    if (r.passed() < min) {
                        problems.add("bc " + name + ": only " + r.passed() + " passed, expected at least " + min);
                    }
                }
            }
            System.out.println("WycheproofSuite [" + p.name() + "]: " + passed + " passed, " + failed + " failed, "
                    + unsupported + " unsupported");
        }
        assertEquals(List.of(), problems);
    }
}
