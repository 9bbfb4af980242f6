package io.ike4j.vectors.fuzz;

import com.sun.management.ThreadMXBean;
import io.ike4j.capture.CaptureReader;
import io.ike4j.capture.CapturedDatagram;
import io.ike4j.codec.IkeDecodeException;
import io.ike4j.codec.v1.IsakmpCodec;
import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.vectors.Resources;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No length or count field makes a decoder allocate more than the datagram justifies: every captured
 * message, with each 16- and 32-bit field in turn set to hostile values (0xffff…, 0x7fff…, 0x8000…,
 * 0), is decoded while the thread's allocation counter is read. The bound, 32 bytes per datagram
 * octet plus 16 KiB, covers the records a tiny payload yields; a decoder that trusted a length field
 * would allocate up to 4 GiB. The decoders also throw nothing but IkeDecodeException here.
 */
class DecodeAllocationBoundTest {
    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Test
    void hostileLengthFieldsNeverDriveAllocation() throws IOException {
        List<byte[]> messages = new ArrayList<>();
        for (Path p : Resources.files("peers-captures", "*.pcap")) {
            for (CapturedDatagram d : CaptureReader.read(p)) {
                messages.add(d.ike().toByteArray());
            }
        }
        for (Path p : Resources.files("wireshark/captures", "*")) {
            for (CapturedDatagram d : CaptureReader.read(p)) {
                messages.add(d.ike().toByteArray());
            }
        }
        assertTrue(messages.size() > 100, "messages: " + messages.size());
        THREADS.setThreadAllocatedMemoryEnabled(true);
        // Warm up: class loading and first-call linkage allocate, independent of the input.
        for (int round = 0; round < 3; round++) {
            for (byte[] m : messages) {
                decode(m);
                decode(java.util.Arrays.copyOf(m, m.length - 1));
            }
        }
        long tid = Thread.currentThread().getId();
        int decodes = 0;
        double worstPerOctet = 0;
        long worstBytes = 0;
        int[][] patterns = {{0xff, 0xff, 0xff, 0xff}, {0x7f, 0xff, 0xff, 0xff}, {0x80, 0, 0, 0}, {0, 0, 0, 0}, {0xff, 0xff}};
        Random random = new Random(7);
        for (byte[] original : messages) {
            for (int at = 0; at < original.length - 1; at += 1 + random.nextInt(3)) {
                for (int[] pattern : patterns) {
                    byte[] m = original.clone();
                    for (int k = 0; k < pattern.length && at + k < m.length; k++) {
                        m[at + k] = (byte) pattern[k];
                    }
                    decode(m); // first use of a code path may load classes; measure the second decode
                    long before = THREADS.getThreadAllocatedBytes(tid);
                    decode(m);
                    long allocated = THREADS.getThreadAllocatedBytes(tid) - before;
                    worstPerOctet = Math.max(worstPerOctet, (double) allocated / m.length);
                    worstBytes = Math.max(worstBytes, allocated);
                    assertTrue(allocated <= 32L * m.length + 16384,
                            "decoding " + m.length + " octets (field at " + at + " hostile) allocated " + allocated);
                    decodes++;
                }
            }
        }
        System.out.println("DecodeAllocationBoundTest: " + decodes + " hostile decodes of " + messages.size()
                + " captured messages passed, 0 failed (most allocated by one decode: " + worstBytes + " B, "
                + String.format("%.1f", worstPerOctet) + " B per datagram octet)");
    }

    private static void decode(byte[] m) {
        try {
            if (m.length > 17 && (m[17] & 0xf0) == 0x10) {
                IsakmpCodec.decode(m);
            } else {
                Ikev2Codec.decode(m);
            }
        } catch (IkeDecodeException expected) {
            // rejected: fine, as long as nothing else escapes and nothing large was allocated
        }
    }
}
