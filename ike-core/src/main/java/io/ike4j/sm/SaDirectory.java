package io.ike4j.sm;

import io.ike4j.codec.Bytes;
import io.ike4j.config.IkeIdentity;
import io.ike4j.transport.DatagramEndpoint;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SAs of one engine (one shard) by the keys every IKE version finds them by — local SPI (IKEv1: our cookie),
 * SA number, the identity the peer authenticated with (INITIAL_CONTACT, RFC 7296 §2.4 / RFC 2407 §4.6.3.3) and the
 * number per remote endpoint — so that no lookup walks all SAs. Used from the shard's thread only, no locks.
 *
 * @param <S> the version's SA type
 */
public final class SaDirectory<S extends SaDirectory.Entry> {
    /** What the directory reads of an SA; the values may change while it is listed only as documented here. */
    public interface Entry {
        /** {@return the SA number (fixed)} */
        int saId();

        /** {@return our SPI (IKEv2) or cookie (IKEv1), null before we chose one (fixed once set)} */
        Bytes localSpi();

        /** {@return the peer's endpoint (when it changes, {@link SaDirectory#remoteChanged} is told)} */
        DatagramEndpoint remote();

        /** {@return the identity the peer authenticated with, null before authentication (fixed once established)} */
        IkeIdentity remoteIdentity();
    }

    private final Map<Bytes, S> byLocalSpi = new LinkedHashMap<>();
    private final Map<Integer, S> bySaId = new HashMap<>();
    /** An identity's one SA, or a {@link LinkedHashSet} of its SAs when it has several (most peers have one). */
    private final Map<IkeIdentity, Object> byRemoteIdentity = new HashMap<>();
    private final Map<DatagramEndpoint, Integer> countByRemote = new HashMap<>();

    /** An empty directory. */
    public SaDirectory() {
    }

    /**
     * A new SA enters the SA-number and per-endpoint indexes (its SPI enters with {@link #indexLocalSpi}).
     *
     * @param sa the SA
     */
    public void register(S sa) {
        bySaId.put(sa.saId(), sa);
        countByRemote.merge(sa.remote(), 1, Integer::sum);
    }

    /**
     * The SA's local SPI is chosen: messages to it find the SA from now on.
     *
     * @param sa the SA, with its {@link Entry#localSpi()} set
     */
    public void indexLocalSpi(S sa) {
        byLocalSpi.put(sa.localSpi(), sa);
    }

    /**
     * The SA is established with its authenticated peer identity (a no-op without one).
     *
     * @param sa the SA
     */
    public void established(S sa) {
        if (sa.remoteIdentity() != null) {
            Object had = byRemoteIdentity.putIfAbsent(sa.remoteIdentity(), sa);
            if (had instanceof LinkedHashSet<?> set) {
                @SuppressWarnings("unchecked")
                Set<S> same = (Set<S>) set;
                same.add(sa);
            } else if (had != null && had != sa) {
                Set<S> same = new LinkedHashSet<>();
                @SuppressWarnings("unchecked")
                S first = (S) had;
                same.add(first);
                same.add(sa);
                byRemoteIdentity.put(sa.remoteIdentity(), same);
            }
        }
    }

    /**
     * The SA leaves every index it is in.
     *
     * @param sa the SA
     */
    public void forget(S sa) {
        if (sa.localSpi() != null && byLocalSpi.get(sa.localSpi()) == sa) {
            byLocalSpi.remove(sa.localSpi());
        }
        if (bySaId.remove(sa.saId(), sa)) {
            countByRemote.computeIfPresent(sa.remote(), (r, n) -> n == 1 ? null : n - 1);
        }
        if (sa.remoteIdentity() != null) {
            Object had = byRemoteIdentity.get(sa.remoteIdentity());
            if (had == sa) {
                byRemoteIdentity.remove(sa.remoteIdentity());
            } else if (had instanceof LinkedHashSet<?> same && same.remove(sa) && same.isEmpty()) {
                byRemoteIdentity.remove(sa.remoteIdentity());
            }
        }
    }

    /**
     * The SA's peer moved (NAT-T float to port 4500, a NAT rebinding): the per-endpoint count follows it.
     *
     * @param sa the SA, with its new {@link Entry#remote()}
     * @param before its endpoint until now
     */
    public void remoteChanged(S sa, DatagramEndpoint before) {
        if (bySaId.get(sa.saId()) == sa && !before.equals(sa.remote())) {
            countByRemote.computeIfPresent(before, (r, n) -> n == 1 ? null : n - 1);
            countByRemote.merge(sa.remote(), 1, Integer::sum);
        }
    }

    /**
     * @param spi a local SPI
     * @return the SA it belongs to, or null
     */
    public S byLocalSpi(Bytes spi) {
        return byLocalSpi.get(spi);
    }

    /**
     * @param saId an SA number
     * @return the SA, or null
     */
    public S byId(int saId) {
        return bySaId.get(saId);
    }

    /**
     * @param sa an SA
     * @return true when another registered SA has the same remote endpoint (whether to send INITIAL_CONTACT)
     */
    public boolean othersWith(S sa) {
        return countByRemote.getOrDefault(sa.remote(), 0) > (bySaId.get(sa.saId()) == sa ? 1 : 0);
    }

    /**
     * @param id a peer identity
     * @return the established SAs whose peer authenticated with it (a copy: the caller may end some)
     */
    public Collection<S> establishedWith(IkeIdentity id) {
        Object had = byRemoteIdentity.get(id);
        if (had instanceof LinkedHashSet<?> set) {
            @SuppressWarnings("unchecked")
            List<S> all = List.copyOf((Set<S>) set);
            return all;
        }
        @SuppressWarnings("unchecked")
        S one = (S) had;
        return one == null ? List.of() : List.of(one);
    }

    /** {@return how many SAs are registered} */
    public int size() {
        return bySaId.size();
    }

    /** {@return the SAs with a local SPI, oldest first (a view: for listings, never on a packet path)} */
    public Collection<S> withLocalSpi() {
        return Collections.unmodifiableCollection(byLocalSpi.values());
    }
}
