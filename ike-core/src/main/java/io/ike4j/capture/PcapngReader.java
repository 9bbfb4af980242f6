package io.ike4j.capture;

import java.util.ArrayList;
import java.util.List;

/**
 * pcapng files: section header, interface description, enhanced and simple packet blocks; other
 * blocks are skipped. Each section may switch byte order.
 */
final class PcapngReader {
    private static final int SHB = 0x0a0d0d0a;
    private static final int IDB = 1;
    private static final int SPB = 3;
    private static final int EPB = 6;
    private static final int OBSOLETE_PB = 2;

    private PcapngReader() {
    }

    static List<CapturedDatagram> read(byte[] data) throws CaptureFormatException {
        List<CapturedDatagram> out = new ArrayList<>();
        PacketDissector dissector = new PacketDissector(out);
        List<Integer> linkTypes = new ArrayList<>();
        Octets in = new Octets(data, false);
        int pos = 0;
        int frame = 0;
        while (pos < data.length) {
            if (data.length - pos < 12) {
                throw new CaptureFormatException("pcapng: block header truncated at offset " + pos);
            }
            int type = (int) in.u32(pos);
            if (type == SHB) { // its magic reads the same in both byte orders
                int bom = (int) new Octets(data, false).u32(pos + 8);
                in = new Octets(data, bom == 0x4d3c2b1a);
                linkTypes.clear();
            }
            long blockLen = in.u32(pos + 4);
            if (blockLen < 12 || blockLen % 4 != 0 || blockLen > data.length - pos) {
                throw new CaptureFormatException("pcapng: bad block length " + blockLen + " at offset " + pos);
            }
            int body = pos + 8;
            int bodyLen = (int) blockLen - 12;
            switch (type) {
                case IDB -> {
                    if (bodyLen < 8) {
                        throw new CaptureFormatException("pcapng: interface block truncated at offset " + pos);
                    }
                    linkTypes.add(in.u16(body));
                }
                case EPB, OBSOLETE_PB -> {
                    if (bodyLen < 20) {
                        throw new CaptureFormatException("pcapng: packet block truncated at offset " + pos);
                    }
                    int iface = type == EPB ? (int) in.u32(body) : in.u16(body);
                    long capLen = in.u32(body + 12);
                    if (capLen > bodyLen - 20) {
                        throw new CaptureFormatException("pcapng: frame " + (frame + 1) + " claims " + capLen + " bytes");
                    }
                    if (iface >= linkTypes.size()) {
                        throw new CaptureFormatException("pcapng: frame " + (frame + 1) + " names unknown interface " + iface);
                    }
                    frame++;
                    dissector.frame(frame, linkTypes.get(iface), data, body + 20, (int) capLen);
                }
                case SPB -> {
                    if (bodyLen < 4 || linkTypes.isEmpty()) {
                        throw new CaptureFormatException("pcapng: simple packet block without interface at offset " + pos);
                    }
                    long origLen = in.u32(body);
                    frame++;
                    dissector.frame(frame, linkTypes.get(0), data, body + 4, (int) Math.min(origLen, bodyLen - 4));
                }
                default -> {
                    // SHB, name resolution, statistics, custom blocks: nothing to extract
                }
            }
            pos += (int) blockLen;
        }
        return out;
    }
}
