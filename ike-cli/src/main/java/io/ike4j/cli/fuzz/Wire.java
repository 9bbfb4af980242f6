package io.ike4j.cli.fuzz;

import io.ike4j.capture.PcapWriter;
import io.ike4j.transport.DatagramEndpoint;
import io.ike4j.transport.FramedDatagram;
import io.ike4j.transport.IkeFraming;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One UDP socket of a case, connected to the target, framing as real peers do (non-ESP marker when neither port is
 * 500, {@link IkeFraming}), and recording every datagram both ways for the reproducer's pcap.
 */
public final class Wire implements AutoCloseable {
    /** One recorded datagram: IKE octets without marker. */
    public record Packet(Instant time, boolean sent, byte[] ike) {
    }

    private final DatagramSocket socket;
    private final DatagramEndpoint local;
    private final DatagramEndpoint remote;
    private final List<Packet> packets = new ArrayList<>();
    private final byte[] buffer = new byte[65_536];

    Wire(InetAddress source, DatagramEndpoint target) {
        try {
            socket = new DatagramSocket(new InetSocketAddress(source, 0));
            socket.connect(target.address(), target.port());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a UDP socket on " + source.getHostAddress() + ": " + e.getMessage(), e);
        }
        local = new DatagramEndpoint(source, socket.getLocalPort());
        remote = target;
    }

    DatagramEndpoint local() {
        return local;
    }

    DatagramEndpoint remote() {
        return remote;
    }

    List<Packet> packets() {
        return packets;
    }

    void send(byte[] ike) {
        try {
            byte[] wire = IkeFraming.encode(ike, local.port(), remote.port());
            socket.send(new DatagramPacket(wire, wire.length));
            packets.add(new Packet(Instant.now(), true, ike.clone()));
        } catch (IOException e) {
            // ICMP port unreachable from an earlier datagram surfaces here on a connected socket: the target is gone
            packets.add(new Packet(Instant.now(), true, ike.clone()));
        }
    }

    /** The next IKE message from the target within {@code millis}, or null. ESP and keepalives are skipped. */
    byte[] receive(long millis) {
        long end = System.nanoTime() + millis * 1_000_000L;
        while (true) {
            long left = (end - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                return null;
            }
            try {
                socket.setSoTimeout((int) Math.max(1, left));
                DatagramPacket p = new DatagramPacket(buffer, buffer.length);
                socket.receive(p);
                byte[] wire = java.util.Arrays.copyOf(buffer, p.getLength());
                FramedDatagram f = IkeFraming.decode(wire, local.port(), remote.port());
                if (f instanceof FramedDatagram.Ike ike) {
                    byte[] m = ike.ike().toByteArray();
                    packets.add(new Packet(Instant.now(), false, m));
                    return m;
                }
            } catch (SocketTimeoutException e) {
                return null;
            } catch (java.net.PortUnreachableException e) {
                return null; // ICMP: nobody listens on the target port (any more)
            } catch (IOException e) {
                return null;
            }
        }
    }

    /** Writes the recorded exchange as a pcap (IKE behind the marker when the port pair needs it). */
    void writePcap(Path file) {
        writePcap(file, local, remote, packets);
    }

    static void writePcap(Path file, DatagramEndpoint local, DatagramEndpoint remote, List<Packet> packets) {
        try (PcapWriter w = PcapWriter.create(file)) {
            for (Packet p : packets) {
                if (p.sent()) {
                    w.writeIke(p.time(), local, remote, p.ike());
                } else {
                    w.writeIke(p.time(), remote, local, p.ike());
                }
            }
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
