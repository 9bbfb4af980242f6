package io.ike4j.vectors.interop;

import java.util.List;

/**
 * One CHILD_SA as charon's {@code swanctl --list-sas --raw} reports it (vici "list-sa" event).
 * SPIs are the hex strings charon prints (e.g. {@code 01000000}); algorithm fields are charon's names,
 * empty when absent (no integrity for AEAD).
 */
public record ChildSaStatus(String name, String state, String mode, String protocol, String spiIn,
                            String spiOut, String encrAlg, int encrKeySize, String integAlg,
                            List<String> localTs, List<String> remoteTs) {
    public ChildSaStatus {
        localTs = List.copyOf(localTs);
        remoteTs = List.copyOf(remoteTs);
    }
}
