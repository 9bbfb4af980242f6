package io.ike4j.codec.v2;

import io.ike4j.codec.Bytes;

/**
 * EAP payload (RFC 7296 §3.16): one EAP message (RFC 3748 §4), kept whole. The accessors read the
 * EAP header fields when present. The EAP length field is not checked here: that is EAP's business.
 */
public record Ikev2EapPayload(Bytes message, int flags) implements Ikev2Payload {
    /** Payload type 48, Extensible Authentication (RFC 7296 §3.16). */
    public static final int TYPE = 48;

    /**
     * The payload with {@code flags} 0.
     *
     * @param message the EAP message
     */
    public Ikev2EapPayload(Bytes message) {
        this(message, 0);
    }

    @Override
    public int type() {
        return TYPE;
    }

    /** {@return the EAP code: 1 Request, 2 Response, 3 Success, 4 Failure; -1 if the message is empty} */
    public int code() {
        return message.length() >= 1 ? message.get(0) : -1;
    }

    /** {@return the EAP identifier, or -1} */
    public int identifier() {
        return message.length() >= 2 ? message.get(1) : -1;
    }

    /** {@return the EAP method type (Request/Response only), or -1} */
    public int eapType() {
        return message.length() >= 5 ? message.get(4) : -1;
    }
}
