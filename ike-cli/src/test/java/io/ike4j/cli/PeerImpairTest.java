package io.ike4j.cli;

import org.junit.jupiter.api.Test;

import static io.ike4j.cli.DecodeCommandTest.ike;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ike peer --impair}: a deliberately broken peer from the command line (issue 14). */
class PeerImpairTest {

    @Test
    void aResponderThatAnswersNoProposalChosenFailsTheInitiatorWithThatNotify() throws Exception {
        try (PeerCommandTest.Responder r = new PeerCommandTest.Responder("127.0.0.1", "--psk", "k",
                "--impair", "answer-notify@IKE_SA_INIT/response=14")) {
            DecodeCommandTest.Result i = ike("peer", "--role", "initiator", "--remote", r.remote(), "--psk", "k",
                    "--timeout", "10");
            assertEquals(1, i.status(), i.err() + i.out());
            assertTrue((i.out() + i.err()).contains("NO_PROPOSAL_CHOSEN"), i.err() + i.out());
            assertTrue(r.err().contains("impaired on purpose: answer-notify@IKE_SA_INIT/response=14"), r.err());
        }
    }

    @Test
    void aLostFirstIkeAuthRequestIsRecoveredByTheRetransmission() throws Exception {
        try (PeerCommandTest.Responder r = new PeerCommandTest.Responder("127.0.0.1", "--psk", "k")) {
            DecodeCommandTest.Result i = ike("peer", "--role", "initiator", "--remote", r.remote(), "--psk", "k",
                    "--impair", "drop-outbound@IKE_AUTH/request#1");
            assertEquals(0, i.status(), i.err() + i.out());
            assertEquals(1, PeerCommandTest.saLines(i.out()).size(), i.out());
        }
    }

    @Test
    void ikev1ImpairmentsAndBadSpecs() throws Exception {
        try (PeerCommandTest.Responder r = new PeerCommandTest.Responder("127.0.0.1", "--ike-version", "1", "--psk", "k",
                "--impair", "drop-inbound@2#3")) { // the first MM5 is lost: the initiator's retransmission completes
            DecodeCommandTest.Result i = ike("peer", "--ike-version", "1", "--role", "initiator", "--remote", r.remote(),
                    "--psk", "k");
            assertEquals(0, i.status(), i.err() + i.out());
            assertEquals(1, PeerCommandTest.saLines(i.out()).size(), i.out());
        }
        DecodeCommandTest.Result bad = ike("peer", "--role", "responder", "--local", "127.0.0.1:0", "--psk", "k",
                "--impair", "v1-hash-check");
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("--impair: impairment 'v1-hash-check' is for IKEv1"), bad.err());
        DecodeCommandTest.Result list = ike("peer", "--impair", "list");
        assertEquals(0, list.status());
        assertTrue(list.out().contains("drop-outbound (IKEv1+IKEv2): drop the selected messages we send"), list.out());
        assertTrue(list.out().contains("spec: NAME[@EXCHANGE"), list.out());
    }
}
