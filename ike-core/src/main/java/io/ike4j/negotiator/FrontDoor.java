package io.ike4j.negotiator;

import io.ike4j.sm.IkeVersion;
import io.ike4j.transport.Datagram;
import io.ike4j.transport.DatagramHandler;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where a host's datagrams enter: each goes to the engine of its IKE major version (the high nibble of octet 17,
 * RFC 7296 §3.1 and RFC 2408 §3.1 agree on its place), so IKEv1 and IKEv2 share one port as on IOS. A datagram of
 * a version nobody here speaks, or too short to have a header, is dropped and counted (§2.5: a message of a major
 * version we do not speak is not answered except in IKE_SA_INIT, which is then that version's business).
 * Ticks reach every engine.
 */
public final class FrontDoor implements DatagramHandler {
    /** The IKE header is 28 octets (RFC 7296 §3.1). */
    private static final int HEADER = 28;
    private static final int VERSION_OCTET = 17;

    private final Map<IkeVersion, DatagramHandler> engines = new EnumMap<>(IkeVersion.class);
    private long dropped;

    /**
     * A front door with the IKEv2 engine only; add others with {@link #with}.
     *
     * @param ikev2 the IKEv2 engine
     */
    public FrontDoor(DatagramHandler ikev2) {
        engines.put(IkeVersion.IKEV2, Objects.requireNonNull(ikev2, "ikev2"));
    }

    private FrontDoor() {
    }

    /**
     * A front door with one engine, for {@code version} only (e.g. an IKEv1-only peer).
     *
     * @param version the IKE version
     * @param engine  its engine
     * @return the front door
     */
    public static FrontDoor of(IkeVersion version, DatagramHandler engine) {
        return new FrontDoor().with(version, engine);
    }

    /**
     * Routes datagrams of {@code version} to {@code engine}.
     *
     * @param version the IKE version
     * @param engine  its engine
     * @return this front door
     */
    public FrontDoor with(IkeVersion version, DatagramHandler engine) {
        engines.put(Objects.requireNonNull(version, "version"), Objects.requireNonNull(engine, "engine"));
        return this;
    }

    /**
     * The version a datagram claims, or null if it is too short or names none.
     *
     * @param d the datagram (non-ESP marker stripped)
     * @return its version, or null
     */
    public static IkeVersion versionOf(Datagram d) {
        return d.payload().length() < HEADER ? null : IkeVersion.ofMajor(d.payload().get(VERSION_OCTET) >>> 4);
    }

    @Override
    public void onDatagram(Datagram datagram) {
        IkeVersion v = versionOf(datagram);
        DatagramHandler e = v == null ? null : engines.get(v);
        if (e == null) {
            dropped++;
            return;
        }
        e.onDatagram(datagram);
    }

    @Override
    public void onTick(Instant now) {
        for (DatagramHandler e : engines.values()) {
            e.onTick(now);
        }
    }

    /**
     * Datagrams dropped for their version (or lack of a header).
     *
     * @return the count
     */
    public long droppedForVersion() {
        return dropped;
    }
}
