package io.ike4j.vectors.interop;

import java.util.List;

/**
 * One IKE SA as charon's {@code swanctl --list-sas --raw} reports it. SPIs are 16 hex digits as charon
 * prints them; algorithm names are charon's ({@code AES_CBC}, {@code PRF_HMAC_SHA2_256}, {@code MODP_2048}).
 */
public record IkeSaStatus(String name, int version, String state, String localHost, int localPort,
                          String localId, String remoteHost, int remotePort, String remoteId,
                          String initiatorSpi, String responderSpi, String encrAlg, int encrKeySize,
                          String integAlg, String prfAlg, String dhGroup, List<ChildSaStatus> children) {
    public IkeSaStatus {
        children = List.copyOf(children);
    }
}
