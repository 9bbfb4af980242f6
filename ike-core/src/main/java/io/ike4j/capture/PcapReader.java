package io.ike4j.capture;

import java.util.ArrayList;
import java.util.List;

/** Classic libpcap files: microsecond or nanosecond magic, either byte order. */
final class PcapReader {
    private PcapReader() {
    }

    static List<CapturedDatagram> read(byte[] data) throws CaptureFormatException {
        if (data.length < 24) {
            throw new CaptureFormatException("pcap: file header truncated (" + data.length + " bytes)");
        }
        boolean littleEndian = (data[0] & 0xff) == 0xd4 || (data[0] & 0xff) == 0x4d;
        Octets in = new Octets(data, littleEndian);
        int linkType = (int) (in.u32(20) & 0x0fffffff); // upper bits may carry FCS info
        List<CapturedDatagram> out = new ArrayList<>();
        PacketDissector dissector = new PacketDissector(out);
        int pos = 24;
        int frame = 0;
        while (pos < data.length) {
            if (data.length - pos < 16) {
                throw new CaptureFormatException("pcap: record header of frame " + (frame + 1) + " truncated at offset " + pos);
            }
            long capLen = in.u32(pos + 8);
            if (capLen > data.length - pos - 16) {
                throw new CaptureFormatException("pcap: frame " + (frame + 1) + " claims " + capLen
                        + " captured bytes, only " + (data.length - pos - 16) + " remain");
            }
            frame++;
            dissector.frame(frame, linkType, data, pos + 16, (int) capLen);
            pos += 16 + (int) capLen;
        }
        return out;
    }
}
