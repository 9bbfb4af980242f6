package io.ike4j.config;

/** IOS {@code mode tunnel|transport}; transport is requested with USE_TRANSPORT_MODE (RFC 7296 §1.3.1). */
public enum IpsecMode {
    /** Tunnel mode, the IOS default. */
    TUNNEL,
    /** Transport mode (RFC 7296 §1.3.1, USE_TRANSPORT_MODE). */
    TRANSPORT
}
