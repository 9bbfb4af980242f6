package io.ike4j.negotiator.v1;

import io.ike4j.codec.Bytes;
import io.ike4j.crypto.SecretBytes;

/**
 * An ISAKMP SA's keys for export (RFC 2409 §5: SKEYID_d, SKEYID_a, SKEYID_e and the cipher key made from SKEYID_e),
 * with the cookies that name the SA: what Wireshark's {@code ikev1_decryption_table} needs (initiator cookie and
 * encryption key). Views of the SA's own keys: valid during the listener call only (copy what you keep).
 *
 * @param cookieI       the initiator cookie
 * @param cookieR       the responder cookie
 * @param skeyidD       SKEYID_d
 * @param skeyidA       SKEYID_a
 * @param skeyidE       SKEYID_e
 * @param encryptionKey the phase-1 cipher key
 */
public record Ikev1SaKeys(Bytes cookieI, Bytes cookieR, SecretBytes skeyidD, SecretBytes skeyidA, SecretBytes skeyidE,
                          SecretBytes encryptionKey) {

    /** {@return the line of Wireshark's ikev1_decryption_table: initiator cookie and encryption key in hex} */
    public String wiresharkLine() {
        return cookieI.toHex() + "," + Bytes.wrap(encryptionKey.unsafeBytes()).toHex();
    }

    @Override
    public String toString() {
        return "Ikev1SaKeys[" + cookieI.toHex() + "/" + cookieR.toHex() + ", keys hidden]";
    }
}
