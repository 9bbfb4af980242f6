package io.ike4j.cli;

import io.ike4j.config.ConfigException;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.CryptoProviders;
import io.ike4j.sa.IkeSaInfo;
import io.ike4j.negotiator.Ikev2Runtime;
import io.ike4j.transport.DatagramEndpoint;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Small shared pieces of {@code ike demo} and {@code ike peer}: providers, endpoints, waiting. */
final class Engines {
    /** How often the runtimes tick (retransmission and half-open timers). */
    static final Duration TICK = Duration.ofMillis(50);

    private Engines() {
    }

    /** {@code --provider bc|jca}; default bc. */
    static CryptoProvider provider(Options o) throws UsageException {
        String name = o.choice("provider", "bc", "bc", "jca");
        try {
            return CryptoProviders.named(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--provider: " + e.getMessage());
        }
    }

    /** {@code ADDR:PORT}, {@code [V6ADDR]:PORT}; the address must be a literal. */
    static DatagramEndpoint endpoint(String option, String text) throws UsageException {
        String t = text.trim();
        int colon = t.lastIndexOf(':');
        if (colon <= 0 || colon == t.length() - 1) {
            throw new UsageException("--" + option + " must be ADDR:PORT, got '" + text + "'");
        }
        String host = t.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        } else if (host.indexOf(':') >= 0) {
            throw new UsageException("--" + option + ": write IPv6 endpoints as [ADDR]:PORT, got '" + text + "'");
        }
        int port;
        try {
            port = Integer.parseInt(t.substring(colon + 1));
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 0 || port > 65535) {
            throw new UsageException("--" + option + ": bad port in '" + text + "'");
        }
        try {
            return DatagramEndpoint.of(host, port);
        } catch (RuntimeException e) { // ConfigException/IllegalArgumentException: not an address literal
            throw new UsageException("--" + option + ": '" + host + "' is not an IP address");
        }
    }

    /** The source address the host would use towards {@code remote} (a connected UDP socket sends nothing). */
    static Optional<InetAddress> sourceFor(DatagramEndpoint remote) {
        try (DatagramSocket s = new DatagramSocket()) {
            s.connect(remote.address(), remote.port() == 0 ? 500 : remote.port());
            InetAddress a = s.getLocalAddress();
            if (a != null && !a.isAnyLocalAddress()) {
                return Optional.of(a);
            }
        } catch (SocketException | RuntimeException e) {
            // no route: the caller asks for --local
        }
        return remote.address().isLoopbackAddress() ? Optional.of(remote.address()) : Optional.empty();
    }

    /** The value of {@code f}, or empty after {@code timeout} (or if interrupted). */
    static <T> Optional<T> await(CompletableFuture<T> f, Duration timeout) {
        try {
            return Optional.ofNullable(f.get(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            return Optional.empty();
        }
    }

    /** The snapshot of SA {@code saId}, taken on the engine's thread. */
    static Optional<IkeSaInfo> sa(Ikev2Runtime rt, int saId) {
        return rt.callForSa(saId, e -> e.sa(saId));
    }

    /** Configuration errors are usage errors (exit 2) naming what is wrong. */
    static UsageException usage(ConfigException e) {
        return new UsageException(e.getMessage());
    }
}
