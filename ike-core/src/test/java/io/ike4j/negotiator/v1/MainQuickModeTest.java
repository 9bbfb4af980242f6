package io.ike4j.negotiator.v1;

import io.ike4j.sa.ChildSa;
import io.ike4j.sm.v1.Ikev1State;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two IKEv1 engines, PSK Main Mode + Quick Mode: both reach IKE_P1_COMPLETE and IKE_QM_PHASE2_COMPLETE, the traces of
 * both roles equal seed 004's (ios-reference.md §3) row for row, and the IPsec SAs' keys agree crosswise.
 */
class MainQuickModeTest {

    static List<String> reference(String name) {
        try (InputStream in = MainQuickModeTest.class.getResourceAsStream("/io/ike4j/sm/v1/reference/" + name + ".trace")) {
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
            return out;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void assertUp(V1Pair p, int saId) {
        assertEquals(Ikev1State.IKE_P1_COMPLETE, p.initiator.engine.sa(saId).orElseThrow().state(),
                p.initiator.failureLines());
        assertEquals(1, p.initiator.children.size(), p.initiator.failureLines() + p.responder.failureLines());
        assertEquals(1, p.responder.children.size(), p.responder.failureLines());
        ChildSa i = p.initiator.children.get(0);
        ChildSa r = p.responder.children.get(0);
        assertEquals(i.inboundSpi(), r.outboundSpi());
        assertEquals(i.outboundSpi(), r.inboundSpi());
        assertArrayEquals(i.encrKeyIn().copy(), r.encrKeyOut().copy());
        assertArrayEquals(i.encrKeyOut().copy(), r.encrKeyIn().copy());
        assertArrayEquals(i.integKeyIn().copy(), r.integKeyOut().copy());
        assertArrayEquals(i.integKeyOut().copy(), r.integKeyIn().copy());
        assertNotEquals(i.encrKeyIn().copy()[0] == 0 && i.encrKeyIn().copy()[1] == 0, true, "keys are not zero");
    }

    @Test
    void mainModeAndQuickModeFollowSeed004ForBothRoles() throws IOException {
        V1Pair p = new V1Pair(4);
        int id = p.initiate(false);
        assertUp(p, id);
        assertEquals(reference("i-main-quick"), p.initiator.steps());
        assertEquals(reference("r-main-quick"), p.responder.steps());
        assertEquals(1, p.initiator.established.size());
        assertEquals(1, p.responder.established.size());
        assertEquals(List.of(), p.initiator.failures);
        assertEquals(List.of(), p.responder.failures);
        assertEquals(6 + 3, p.log.size(), "six Main Mode and three Quick Mode messages, nothing else");
        ChildSa c = p.initiator.children.get(0);
        assertEquals(12, c.encrId());
        assertEquals(128, c.encrKeyBits());
        assertEquals(2, c.integId());
        assertEquals(16, c.encrKeyIn().length());
        assertEquals(20, c.integKeyIn().length());
        assertEquals(3600, c.lifetimeSeconds());
        assertEquals(p.initiator.keyLines, p.responder.keyLines, "both sides export the same cookie and key");
    }

    @Test
    void theIosLinesOfAStep() {
        V1Pair p = new V1Pair(4);
        p.initiate(false);
        assertEquals("ISAKMP: (0):Input = IKE_MESG_FROM_IPSEC, IKE_SA_REQ_MM\n"
                + "ISAKMP: (0):Old State = IKE_READY  New State = IKE_I_MM1", p.initiator.trace.get(0).iosLine());
        var qm = p.responder.trace.get(p.responder.trace.size() - 1);
        assertTrue(qm.iosLine().startsWith("ISAKMP: (1):Node " + qm.node() + ", Input = IKE_MSG_FROM_PEER, IKE_QM_EXCH"),
                qm.iosLine());
    }

    @Test
    void withPfsBothSidesAgreeOnGroupAndKeys() {
        V1Pair.Config i = new V1Pair.Config();
        V1Pair.Config r = new V1Pair.Config();
        i.pfs = 14;
        r.pfs = 14;
        V1Pair p = new V1Pair(7, i, r);
        int id = p.initiate(false);
        assertUp(p, id);
        assertEquals(14, p.initiator.children.get(0).pfsGroup());
    }

    @Test
    void aesSha256ModpAndTripleDes() {
        for (String[] c : new String[][] {{"aes256-sha256-modp2048", "esp-aes 256 esp-sha256-hmac"},
                {"3des-sha1-modp1024", "esp-3des esp-md5-hmac"}, {"aes192-sha384-ecp256", "esp-aes 192 esp-sha384-hmac"}}) {
            V1Pair.Config i = new V1Pair.Config();
            V1Pair.Config r = new V1Pair.Config();
            i.ike = r.ike = c[0];
            i.esp = r.esp = c[1];
            V1Pair p = new V1Pair(11, i, r);
            int id = p.initiate(false);
            assertUp(p, id);
        }
    }
}
