package io.ike4j.sa;

import io.ike4j.codec.Bytes;
import io.ike4j.config.TrafficSelector;
import io.ike4j.crypto.SecretBytes;
import io.ike4j.sm.Role;

import javax.security.auth.Destroyable;
import java.util.List;

/**
 * A negotiated CHILD_SA (ESP, RFC 7296 §2.17) as handed to the key engine (IOS EV_GEN_LOAD_IPSEC):
 * SPIs, transforms, selectors and the KEYMAT split into the two directions. "In" is traffic the local
 * side receives (protected with our {@code inboundSpi}, which we chose), "out" traffic it sends.
 * {@link #destroy()} zeroes the keys; call it when the SA is deleted.
 *
 * @param encrKeyBits key length attribute of the cipher (0 for fixed-length ciphers)
 * @param integId     0 for AEAD ciphers
 * @param pfsGroup    0 when the CHILD_SA was created without its own key exchange
 */
public record ChildSa(int ikeSaId, Role role, Bytes inboundSpi, Bytes outboundSpi, boolean transportMode,
                      int encrId, int encrKeyBits, int integId, int esn, int pfsGroup,
                      List<TrafficSelector> localSelectors, List<TrafficSelector> remoteSelectors,
                      SecretBytes encrKeyIn, SecretBytes integKeyIn, SecretBytes encrKeyOut, SecretBytes integKeyOut,
                      int lifetimeSeconds, long lifetimeKilobytes) implements Destroyable {

    /**
     * Copies the selector lists; the keys are taken as given (and zeroed by {@link #destroy()}).
     *
     * @param ikeSaId the SA ID of the IKE SA that negotiated it
     * @param role the local role in that IKE SA
     * @param inboundSpi the SPI the local side chose, on traffic it receives
     * @param outboundSpi the peer's SPI, on traffic the local side sends
     * @param transportMode true for transport mode (USE_TRANSPORT_MODE accepted), false for tunnel mode
     * @param encrId the IANA ENCR transform ID
     * @param encrKeyBits key length attribute of the cipher (0 for fixed-length ciphers)
     * @param integId 0 for AEAD ciphers
     * @param esn the ESN transform ID (0 none, 1 extended sequence numbers)
     * @param pfsGroup 0 when the CHILD_SA was created without its own key exchange
     * @param localSelectors the narrowed local traffic selectors
     * @param remoteSelectors the narrowed remote traffic selectors
     * @param encrKeyIn encryption key (incl. AEAD salt) of inbound traffic
     * @param integKeyIn integrity key of inbound traffic, empty for AEAD
     * @param encrKeyOut encryption key (incl. AEAD salt) of outbound traffic
     * @param integKeyOut integrity key of outbound traffic, empty for AEAD
     * @param lifetimeSeconds the IPsec profile's lifetime in seconds
     * @param lifetimeKilobytes the IPsec profile's lifetime in kilobytes
     */
    public ChildSa {
        localSelectors = List.copyOf(localSelectors);
        remoteSelectors = List.copyOf(remoteSelectors);
    }

    /** {@return the SPI of the SA carrying initiator-to-responder traffic} */
    public Bytes spiInitiatorToResponder() {
        return role == Role.INITIATOR ? outboundSpi : inboundSpi;
    }

    /** {@return the encryption key (incl. AEAD salt) of initiator-to-responder traffic (RFC 7296 §2.17: taken first)} */
    public SecretBytes encrKeyInitiatorToResponder() {
        return role == Role.INITIATOR ? encrKeyOut : encrKeyIn;
    }

    /** {@return the integrity key of initiator-to-responder traffic (empty for AEAD)} */
    public SecretBytes integKeyInitiatorToResponder() {
        return role == Role.INITIATOR ? integKeyOut : integKeyIn;
    }

    /** {@return the encryption key (incl. AEAD salt) of responder-to-initiator traffic} */
    public SecretBytes encrKeyResponderToInitiator() {
        return role == Role.INITIATOR ? encrKeyIn : encrKeyOut;
    }

    /** {@return the integrity key of responder-to-initiator traffic (empty for AEAD)} */
    public SecretBytes integKeyResponderToInitiator() {
        return role == Role.INITIATOR ? integKeyIn : integKeyOut;
    }

    @Override
    public void destroy() {
        encrKeyIn.destroy();
        integKeyIn.destroy();
        encrKeyOut.destroy();
        integKeyOut.destroy();
    }

    @Override
    public boolean isDestroyed() {
        return encrKeyIn.isDestroyed();
    }

    /** Keys are never printed. */
    @Override
    public String toString() {
        return "ChildSa[in=" + inboundSpi.toHex() + " out=" + outboundSpi.toHex() + " encr=" + encrId + "/" + encrKeyBits
                + " integ=" + integId + " pfs=" + pfsGroup + " local=" + localSelectors + " remote=" + remoteSelectors + "]";
    }
}
