package io.ike4j.cli.fuzz;

import io.ike4j.config.IkeConfiguration;
import io.ike4j.config.IkeProposal;
import io.ike4j.config.IpsecProfile;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.transport.DatagramEndpoint;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

/**
 * One campaign's parameters, as {@code ike fuzz} parsed them.
 *
 * @param target          the peer under test (checked local)
 * @param local           our address towards it (probes, and the only source when {@code sources} is 1)
 * @param sources         distinct loopback source addresses cases rotate over (1 = {@code local} only): strongSwan
 *                        limits half-open IKE SAs per peer address (charon.block_threshold), ike4j too
 * @param stage           what is mutated
 * @param cases           at most this many cases
 * @param duration        and at most this long
 * @param seed            the campaign seed
 * @param timeout         how long a case waits for each answer
 * @param livenessTimeout how long a liveness probe waits
 * @param livenessRetries probes more before the target counts as not answering
 * @param continueOnDead  go on after a liveness failure (default: stop)
 * @param parallel        cases in flight at once
 * @param mutators        "structure", "bytes" or both
 * @param outDir          where reproducers and pcaps go
 * @param pid             the target's process to watch, if given
 * @param proposals       the IKE proposals of the valid IKE_SA_INIT (the first group is the KE sent)
 * @param config          IKE_AUTH stage: the initiator's configuration (PSK, identities, ESP)
 * @param ipsecProfile    IKE_AUTH stage: what to initiate
 * @param crypto          the crypto provider
 * @param progress        draw the progress bar
 * @param settingsText    the options to write into reproducers (no secrets)
 */
public record FuzzSettings(DatagramEndpoint target, InetAddress local, int sources, Stage stage, int cases, Duration duration,
                           long seed, Duration timeout, Duration livenessTimeout, int livenessRetries, boolean continueOnDead,
                           int parallel, String mutators, Path outDir, OptionalLong pid, List<IkeProposal> proposals,
                           IkeConfiguration config, IpsecProfile ipsecProfile, CryptoProvider crypto, boolean progress,
                           List<String> settingsText) {

    /** What gets mutated. */
    public enum Stage {
        /** The first message. */
        IKE_SA_INIT("ike-sa-init"),
        /** The IKE_AUTH request after a real IKE_SA_INIT, protected with the SA's keys. */
        IKE_AUTH("ike-auth");

        private final String option;

        Stage(String option) {
            this.option = option;
        }

        public String option() {
            return option;
        }

        public static Stage of(String option) {
            for (Stage s : values()) {
                if (s.option.equals(option)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("unknown stage " + option);
        }
    }

    /** Whether the structure-aware mutator is on. */
    public boolean structure() {
        return mutators.contains("structure");
    }

    /** Whether the octet-level mutator is on. */
    public boolean bytes() {
        return mutators.contains("bytes");
    }

    /**
     * The source address of case {@code caseNo}: {@code local}, or with several sources one of 127.33.0.1... (loopback,
     * all of 127/8 is local on Linux), so that no source has many half-open SAs at the target.
     */
    public InetAddress source(long caseNo, int salt) {
        if (sources <= 1 || !local.isLoopbackAddress() || local.getAddress().length != 4) {
            return local;
        }
        int i = (int) Math.floorMod(caseNo, (long) sources);
        try { // cases from 127.33.x.y, probes from 127.34.x.y: x 1..236, y 1..254
            return InetAddress.getByAddress(new byte[]{127, (byte) (33 + salt), (byte) (1 + i / 254), (byte) (1 + i % 254)});
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
