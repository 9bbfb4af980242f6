package io.ike4j.cli;

import io.ike4j.config.AuthMethod;
import io.ike4j.config.IkeProfile;
import io.ike4j.config.IpsecProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;

import static io.ike4j.cli.DecodeCommandTest.ike;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ike peer --child-rekey / --ike-rekey / --lifetime / --window / --hold}: parsing and validation. */
class PeerLifecycleOptionsTest {
    private static LifecycleOptions parse(String... args) throws UsageException {
        return LifecycleOptions.parse(Options.parse(args, LifecycleOptions.VALUED, java.util.Set.of()));
    }

    @Test
    void parsesEachOption() throws UsageException {
        LifecycleOptions l = parse("--child-rekey", "2", "--ike-rekey", "3", "--lifetime", "300", "--window", "4", "--hold", "7");
        assertEquals(Duration.ofSeconds(2), l.childRekey());
        assertEquals(Duration.ofSeconds(3), l.ikeRekey());
        assertEquals(OptionalInt.of(300), l.lifetime());
        assertEquals(4, l.window());
        assertEquals(Duration.ofSeconds(7), l.hold());
        assertEquals(Duration.ZERO, parse("--hold", "0").hold());
        LifecycleOptions none = parse();
        assertNull(none.childRekey());
        assertNull(none.ikeRekey());
        assertEquals(OptionalInt.empty(), none.lifetime());
        assertEquals(0, none.window(), "the engine's default");
        assertEquals(Duration.ZERO, none.hold());
        // up to just below the default lifetimes (CHILD_SA 3600 s, IKE SA 86400 s)
        assertEquals(Duration.ofSeconds(3599), parse("--child-rekey", "3599").childRekey());
        assertEquals(Duration.ofSeconds(86399), parse("--ike-rekey", "86399").ikeRekey());
    }

    /** --lifetime sets the hard lifetime of both profiles (RFC 7296 §2.8); without it the IOS defaults stay. */
    @Test
    void lifetimeReachesBothProfiles() {
        PeerConfig.Built b = new PeerConfig("aes128-sha256-modp2048", "aes128-sha256", "k".getBytes(), AuthMethod.PRE_SHARE,
                AuthMethod.PRE_SHARE, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                OptionalInt.of(300)).build();
        assertEquals(300, b.ipsecProfile().lifetimeSeconds());
        assertEquals(300, b.ipsecProfile().ikeProfile().lifetimeSeconds());
        assertEquals(300, b.configuration().profiles().get(0).lifetimeSeconds());
        PeerConfig.Built d = PeerConfig.psk("aes128-sha256-modp2048", "aes128-sha256", "k").build();
        assertEquals(IpsecProfile.DEFAULT_LIFETIME_SECONDS, d.ipsecProfile().lifetimeSeconds());
        assertEquals(IkeProfile.DEFAULT_LIFETIME, d.ipsecProfile().ikeProfile().lifetimeSeconds());
    }

    @Test
    void badValuesExitTwoNamingTheOption() {
        String[][] cases = {
                {"--child-rekey must be a positive integer, got '0'", "--child-rekey", "0"},
                {"--child-rekey must be a positive integer, got '1.5'", "--child-rekey", "1.5"},
                {"--ike-rekey must be a positive integer, got '-3'", "--ike-rekey", "-3"},
                {"--child-rekey 3600 must be below the CHILD_SA lifetime (3600 s, see --lifetime)", "--child-rekey", "3600"},
                {"--ike-rekey 200 must be below the IKE SA lifetime (150 s, see --lifetime)", "--ike-rekey", "200",
                        "--lifetime", "150"},
                {"--child-rekey 150 must be below the CHILD_SA lifetime (150 s, see --lifetime)", "--child-rekey", "150",
                        "--lifetime", "150"},
                {"--lifetime must be 120..86400 seconds, got '60'", "--lifetime", "60"},
                {"--lifetime must be 120..86400 seconds, got '86401'", "--lifetime", "86401"},
                {"--lifetime must be a positive integer, got 'long'", "--lifetime", "long"},
                {"--window must be a positive integer, got '0'", "--window", "0"},
                {"--window 65: engine: window size must be 1..64", "--window", "65"},
                {"--hold must be a non-negative integer, got '-1'", "--hold", "-1"},
                {"--hold must be a non-negative integer, got '5s'", "--hold", "5s"},
                {"--hold needs a value", "--hold"},
        };
        for (String[] c : cases) {
            for (String role : new String[] {"initiator", "responder"}) {
                String[] base = role.equals("initiator")
                        ? new String[] {"peer", "--role", "initiator", "--remote", "127.0.0.1:500", "--psk", "x"}
                        : new String[] {"peer", "--role", "responder", "--local", "127.0.0.1:0", "--psk", "x"};
                String[] args = concat(base, Arrays.copyOfRange(c, 1, c.length));
                DecodeCommandTest.Result r = ike(args);
                assertEquals(2, r.status(), String.join(" ", args) + ": " + r.err());
                assertTrue(r.err().contains("ike peer: " + c[0]), String.join(" ", args) + ": " + r.err());
            }
        }
    }

    /** Both roles take every lifecycle option (the responder ignores --hold: it serves until interrupted). */
    @Test
    void bothRolesAcceptThem() throws Exception {
        try (PeerCommandTest.Responder r = new PeerCommandTest.Responder("127.0.0.1", "--psk", "k", "--child-rekey", "100",
                "--ike-rekey", "200", "--lifetime", "600", "--window", "8", "--hold", "30", "--fragment-size", "0")) {
            DecodeCommandTest.Result i = ike("peer", "--role", "initiator", "--remote", r.remote(), "--psk", "k",
                    "--child-rekey", "100", "--ike-rekey", "200", "--lifetime", "600", "--window", "8", "--hold", "0");
            assertEquals(0, i.status(), i.err() + i.out());
            assertTrue(i.out().contains("peer: 1/1 IKE SAs up in "), i.out());
            assertTrue(i.out().endsWith(", 1 deleted" + System.lineSeparator()), i.out());
        }
    }

    @Test
    void helpNamesTheOptionsAndLines() {
        DecodeCommandTest.Result help = ike("peer", "--help");
        assertEquals(0, help.status());
        for (String s : new String[] {"[--child-rekey SECONDS] [--ike-rekey SECONDS] [--lifetime SECONDS] [--window N] [--hold SECONDS]",
                "'SA <id> REKEYED IKE <old-id> -> <new-id>'", "'SA <id> REKEYED CHILD <old-in-SPI> -> <new-in-SPI>'",
                "'SA <id> DPD ok|dead'", "'SA <id> DOWN <reason>'", "0: never fragment"}) {
            assertTrue(help.out().contains(s), s + " in " + help.out());
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
