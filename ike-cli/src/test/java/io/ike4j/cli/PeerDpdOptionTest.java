package io.ike4j.cli;

import io.ike4j.config.AuthMethod;
import io.ike4j.config.ConfigException;
import io.ike4j.config.DpdSettings;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ike peer --dpd INTERVAL[,RETRY[,on-demand|periodic]]} (IOS's {@code dpd 10 2 periodic} with commas) and {@code --fragment-size}. */
class PeerDpdOptionTest {
    @Test
    void parsesLikeIos() {
        assertEquals(new DpdSettings(10, 2, true), PeerConfig.dpd("10,2,periodic"));
        assertEquals(new DpdSettings(30, 5, false), PeerConfig.dpd("30,5,on-demand"));
        assertEquals(new DpdSettings(10, 2, false), PeerConfig.dpd("10"), "retry 2 s and on-demand by default");
        assertEquals(new DpdSettings(15, 3, false), PeerConfig.dpd("15,3"));
        for (String bad : new String[] {"", "x", "10,2,sometimes", "5", "10,1", "10,2,periodic,1"}) {
            assertThrows(ConfigException.class, () -> PeerConfig.dpd(bad), bad);
        }
        assertTrue(assertThrows(ConfigException.class, () -> PeerConfig.dpd("10,2,sometimes")).getMessage()
                .contains("on-demand or periodic"));
    }

    @Test
    void theProfileCarriesIt() {
        PeerConfig.Built b = new PeerConfig("aes128-sha256-modp2048", "aes128-sha256", "k".getBytes(), AuthMethod.PRE_SHARE,
                AuthMethod.PRE_SHARE, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(PeerConfig.dpd("10,2,periodic"))).build();
        assertEquals(Optional.of(new DpdSettings(10, 2, true)), b.ipsecProfile().ikeProfile().dpd());
        PeerConfig.Built none = PeerConfig.psk("aes128-sha256-modp2048", "aes128-sha256", "k").build();
        assertEquals(Optional.empty(), none.ipsecProfile().ikeProfile().dpd());
    }

    @Test
    void aBadValueIsAUsageError() {
        String err = usageError("--dpd", "10,2,sometimes");
        assertTrue(err.contains("--dpd"), err);
    }

    /** {@code ike peer} as a responder with one more option: exit status 2, and what it said on stderr. */
    private static String usageError(String option, String value) {
        var out = new java.io.ByteArrayOutputStream();
        var err = new java.io.ByteArrayOutputStream();
        int rc = Main.run(new String[] {"peer", "--role", "responder", "--local", "127.0.0.1:0", "--psk", "x", option, value},
                new java.io.PrintStream(out), new java.io.PrintStream(err));
        assertEquals(2, rc, err.toString());
        return err.toString();
    }

    /** {@code --fragment-size} below RFC 7383's useful range (other than 0, never fragment) is refused before anything listens. */
    @Test
    void aFragmentSizeOutOfRangeIsAUsageError() {
        String err = usageError("--fragment-size", "100");
        assertTrue(err.contains("--fragment-size must be 0 (never fragment) or 256..65535, got '100'"), err);
        err = usageError("--fragment-size", "-1");
        assertTrue(err.contains("--fragment-size must be a non-negative integer, got '-1'"), err);
    }
}
