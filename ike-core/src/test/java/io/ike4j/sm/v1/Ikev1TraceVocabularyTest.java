package io.ike4j.sm.v1;

import io.ike4j.sm.IkeVersion;
import io.ike4j.sm.Role;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ISAKMP vocabulary against seed 004 (ios-reference.md §3): every input and state of the two reference traces is
 * one of ours, with the source IOS prints for it, and a trace step renders as the IOS lines.
 */
class Ikev1TraceVocabularyTest {

    static List<String[]> steps(String name) throws IOException {
        try (InputStream in = Ikev1TraceVocabularyTest.class.getResourceAsStream("reference/" + name + ".trace")) {
            assertNotNull(in, name);
            List<String[]> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip().split(" "));
                }
            }
            return out;
        }
    }

    @Test
    void everyInputAndStateOfSeed004IsOurs() throws IOException {
        Set<Ikev1State> seen = EnumSet.noneOf(Ikev1State.class);
        int n = 0;
        for (String name : List.of("r-main-quick", "i-main-quick")) {
            for (String[] s : steps(name)) {
                assertEquals(5, s.length, String.join(" ", s));
                Ikev1Input input = Ikev1Input.valueOf(s[2]);
                assertEquals(s[1], input.source(), "IOS prints " + s[1] + " before " + input);
                assertEquals(s[0].equals("QM"), s[3].startsWith("IKE_QM_"), "quick-mode steps run on a node");
                seen.add(Ikev1State.valueOf(s[3]));
                seen.add(Ikev1State.valueOf(s[4]));
                n++;
            }
        }
        assertEquals(25, n);
        Set<Ikev1State> notInSeed = EnumSet.of(Ikev1State.IKE_I_AM1, Ikev1State.IKE_R_AM1, Ikev1State.IKE_R_AM2);
        assertEquals(EnumSet.complementOf(EnumSet.copyOf(notInSeed)), seen,
                "every state but Aggressive Mode's (not traced in the seeds) appears in seed 004");
    }

    @Test
    void aStepRendersAsIosPrintsIt() {
        Ikev1TraceEvent mm = new Ikev1TraceEvent(1011, 0, Role.INITIATOR, Ikev1Input.IKE_MM_EXCH, Ikev1State.IKE_I_MM1,
                Ikev1State.IKE_I_MM2);
        assertEquals("ISAKMP: (1011):Input = IKE_MESG_FROM_PEER, IKE_MM_EXCH\n"
                + "ISAKMP: (1011):Old State = IKE_I_MM1  New State = IKE_I_MM2", mm.iosLine());
        Ikev1TraceEvent qm = new Ikev1TraceEvent(1011, 1371333358L, Role.RESPONDER, Ikev1Input.IKE_QM_EXCH,
                Ikev1State.IKE_QM_READY, Ikev1State.IKE_QM_SPI_STARVE);
        assertTrue(qm.iosLine().startsWith("ISAKMP: (1011):Node 1371333358, Input = IKE_MSG_FROM_PEER, IKE_QM_EXCH\n"),
                qm.iosLine());
        Ikev1TraceEvent first = new Ikev1TraceEvent(0, 0, Role.RESPONDER, Ikev1Input.IKE_MM_EXCH, Ikev1State.IKE_READY,
                Ikev1State.IKE_R_MM1);
        assertEquals("ISAKMP: (0):Old State = IKE_READY  New State = IKE_R_MM1", first.iosLine().split("\n")[1]);
        assertEquals(IkeVersion.IKEV1, mm.version());
        assertEquals("IKE_I_MM1 IKE_MM_EXCH IKE_I_MM2", mm.step());
    }
}
