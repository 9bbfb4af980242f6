package io.ike4j.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ike states} prints the IKEv2 machine the engine runs (issue 11 point 2). */
class StatesCommandTest {

    private static int run(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), k -> null);
    }

    @Test
    void printsEntriesAndRowsWithNextStates() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, run(out, err, "states"));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.get(0).startsWith("EXCHANGE") && lines.get(0).contains("IN STATE"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.matches("IKE_AUTH\\s+request\\s+R_WAIT_AUTH\\s+EV_RECV_AUTH\\s+-")));
        assertTrue(lines.stream().anyMatch(l -> l.matches("INFORMATIONAL\\s+request\\s+READY\\s+EV_RECV_INFO\\s+INFO_R")));
        assertTrue(lines.stream().anyMatch(l -> l.matches("STATE\\s+EVENT\\s+ACTION\\s+NEXT STATES")));
        assertTrue(lines.stream().anyMatch(l -> l.matches("R_BLD_AUTH\\s+EV_SEND_AUTH\\s+sendAuth\\s+AUTH_DONE")));
        assertTrue(lines.stream().anyMatch(l -> l.matches("I_BLD_INIT\\s+EV_CHK_AUTH4PKI\\s+-> EV_GEN_DH_KEY\\s+I_BLD_INIT")));
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\*\\s+EV_FAIL\\s+deleteIkeSa\\s+DELETE \\(same\\)")));
        assertTrue(lines.size() > 120, "every row: " + lines.size());
    }

    @Test
    void ikev1PrintsTheIsakmpTable() {
        for (String opt : new String[] {"--ike-version", "--version"}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            assertEquals(0, run(out, err, "states", opt, "1"));
            List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
            assertTrue(lines.stream().anyMatch(l -> l.matches("IKE_I_MM1\\s+IKE_MM_EXCH\\s+accept MM2 \\(SA chosen\\)\\s+IKE_I_MM2")),
                    String.join("\n", lines));
            assertTrue(lines.stream().anyMatch(l -> l.matches("IKE_QM_SPI_STARVE\\s+IKE_GOT_SPI\\s+send QM2.*IKE_QM_R_QM2")));
            assertTrue(lines.stream().anyMatch(l -> l.matches("\\*\\s+IKE_TIMER_EXPIRED\\s+.*\\(same\\)")));
            assertEquals(38, lines.size(), "header + 37 rows");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, run(out, err, "states", "--bogus"));
    }
}
