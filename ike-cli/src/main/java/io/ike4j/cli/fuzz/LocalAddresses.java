package io.ike4j.cli.fuzz;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;

/**
 * The fuzzer only targets this machine: a loopback address, or an address bound to one of its interfaces (a
 * network namespace the user created counts when the fuzzer runs inside it).
 */
public final class LocalAddresses {
    private LocalAddresses() {
    }

    /** True when {@code a} is loopback or bound to a local interface. */
    public static boolean isLocal(InetAddress a) {
        if (a.isLoopbackAddress()) {
            return true;
        }
        if (a.isAnyLocalAddress() || a.isMulticastAddress()) {
            return false;
        }
        try {
            return NetworkInterface.getByInetAddress(a) != null;
        } catch (SocketException e) {
            return false;
        }
    }

    /** @throws IllegalArgumentException naming the address and the rule, when it is not local */
    public static void requireLocal(InetAddress a) {
        if (!isLocal(a)) {
            throw new IllegalArgumentException("refusing to fuzz " + a.getHostAddress()
                    + ": not an address of this machine (only loopback or an address bound to a local interface, e.g. in a"
                    + " network namespace you created, may be fuzzed)");
        }
    }
}
