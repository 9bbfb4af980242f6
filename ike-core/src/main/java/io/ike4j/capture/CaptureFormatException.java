package io.ike4j.capture;

import java.io.IOException;

/** A capture file that is not a readable pcap, pcapng or hex dump. */
public final class CaptureFormatException extends IOException {
    public CaptureFormatException(String message) {
        super(message);
    }
}
