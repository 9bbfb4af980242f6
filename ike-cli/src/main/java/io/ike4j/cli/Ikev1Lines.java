package io.ike4j.cli;

import io.ike4j.diag.IkeFailure;
import io.ike4j.negotiator.keylog.KeylogWriter;
import io.ike4j.negotiator.v1.Ikev1Listener;
import io.ike4j.negotiator.v1.Ikev1SaKeys;
import io.ike4j.sa.ChildSa;
import io.ike4j.sa.IkeSaInfo;
import io.ike4j.sm.v1.Ikev1TraceEvent;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What {@code ike demo|peer --ike-version 1} prints: the ISAKMP trace as IOS does ({@code debug crypto isakmp}:
 * {@code Input = … / Old State = …  New State = …}, each line marked with the side), one {@code SA … UP} line per IPsec
 * SA pair in the IKEv2 peer's format, {@code SA <id> DPD ok|dead} and {@code SA <id> DOWN <reason>}, failures on stderr;
 * {@code --keylog} appends Wireshark {@code ikev1_decryption_table} lines (initiator cookie, encryption key).
 */
final class Ikev1Lines implements Ikev1Listener {
    private final PrintStream out;
    private final PrintStream err;
    private final String side;
    private final boolean trace;
    private final KeylogWriter keylog;
    private final Map<Integer, CompletableFuture<Boolean>> outcomes = new ConcurrentHashMap<>();
    private final CompletableFuture<Integer> first = new CompletableFuture<>();
    private final Map<Integer, List<ChildSa>> children = new ConcurrentHashMap<>();

    Ikev1Lines(PrintStream out, PrintStream err, String side, boolean trace, KeylogWriter keylog) {
        this.out = out;
        this.err = err;
        this.side = side;
        this.trace = trace;
        this.keylog = keylog;
    }

    CompletableFuture<Boolean> outcome(int saId) {
        return outcomes.computeIfAbsent(saId, k -> new CompletableFuture<>());
    }

    /** {@return the first SA that completed Quick Mode (a responder's)} */
    CompletableFuture<Integer> first() {
        return first;
    }

    List<ChildSa> children(int saId) {
        return children.getOrDefault(saId, List.of());
    }

    private void print(String line) {
        synchronized (out) {
            out.println(line);
        }
    }

    @Override
    public void trace(Ikev1TraceEvent e) {
        if (trace) {
            for (String l : e.iosLine().split("\n")) {
                print(side + l);
            }
        }
    }

    @Override
    public void ipsecSaEstablished(IkeSaInfo sa, ChildSa child) {
        children.computeIfAbsent(sa.saId(), k -> new ArrayList<>()).add(child);
        print(PeerListener.saLine(sa, child));
        outcome(sa.saId()).complete(true);
        first.complete(sa.saId());
    }

    @Override
    public void isakmpSaDeleted(IkeSaInfo sa, String why) {
        print("SA " + sa.saId() + " DOWN " + why);
        outcome(sa.saId()).complete(false);
    }

    @Override
    public void livenessChecked(IkeSaInfo sa, boolean alive) {
        print("SA " + sa.saId() + " DPD " + (alive ? "ok" : "dead"));
    }

    @Override
    public void failure(IkeFailure f) {
        synchronized (err) {
            err.println(f.logLine());
        }
    }

    @Override
    public void isakmpSaKeys(IkeSaInfo sa, Ikev1SaKeys keys) {
        if (keylog != null) {
            keylog.writeLine(keys.wiresharkLine());
        }
    }
}
