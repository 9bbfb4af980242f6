package io.ike4j.negotiator;

import io.ike4j.crypto.InvalidKeyExchangeValueException;
import io.ike4j.diag.FailureCounters;
import io.ike4j.diag.FailureReason;
import io.ike4j.sm.v2.Ikev2Event;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A row's public-key step through the engine's {@link CryptoExecutor}: the action returns "wait" (EV_NO_EVENT) and
 * the answer resumes the SA with {@code resume} (EV_OK_RECD_DH_PUBKEY_RESP, EV_OK_RECD_DH_SECRET_RESP; for signature
 * AUTH the row that follows signing or verifying), whose row applies {@link #verdict}. Inline, a bad peer value fails the step that asked, as it always did; offloaded, the
 * resume row reports it. A result arriving for an SA that died meanwhile is destroyed unused.
 */
final class PublicKeyWork {
    private PublicKeyWork() {
    }

    /** Work that may find the peer's KE value unusable. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws InvalidKeyExchangeValueException;
    }

    private record Result<T>(T value, InvalidKeyExchangeValueException bad, RuntimeException bug) {
    }

    /**
     * Starts {@code work}; {@code apply} stores its result in the SA (on the SA's thread), {@code destroy} wipes a
     * result nobody will use, {@code onBad} says what an unusable peer value means for this step.
     */
    static <T> Next start(Ikev2Sa sa, EngineCore core, Work<T> work, Consumer<T> apply, Consumer<T> destroy,
                          Ikev2Event resume, Function<InvalidKeyExchangeValueException, Next> onBad) {
        return check(sa, core, work, v -> {
            apply.accept(v);
            return null;
        }, destroy, resume, onBad);
    }

    /**
     * As {@link #start}, for work whose result may itself be a refusal (a signature that does not verify):
     * {@code apply} stores the result and returns null, or returns the failure the step ends in.
     */
    static <T> Next check(Ikev2Sa sa, EngineCore core, Work<T> work, Function<T, Next> apply, Consumer<T> destroy,
                          Ikev2Event resume, Function<InvalidKeyExchangeValueException, Next> onBad) {
        Next[] sync = new Next[1];
        boolean[] inAction = {true};
        // a later exchange (CREATE_CHILD_SA) resumes in its own state; the setup exchanges in the SA's
        Exchange in = sa.current != null && !sa.current.setup ? sa.current : null;
        core.cryptoExecutor.compute(() -> {
            try {
                return new Result<>(work.run(), null, null);
            } catch (InvalidKeyExchangeValueException e) {
                return new Result<T>(null, e, null);
            } catch (RuntimeException e) {
                return new Result<T>(null, null, e);
            }
        }, r -> {
            sa.awaitingWork = false;
            if (sa.dead) {
                if (r.value() != null) {
                    destroy.accept(r.value());
                }
                return;
            }
            Next failed = null;
            if (r.bad() != null) {
                failed = onBad.apply(r.bad());
            } else if (r.bug() != null) {
                core.counters.count(FailureCounters.Packet.INTERNAL_ERROR);
                EngineCore.INTERNAL.error("IKEv2:(SA ID = {}): internal error in public-key work", sa.saId, r.bug());
                failed = Next.fail(FailureReason.INTERNAL_ERROR, 0, "internal error in public-key work: " + r.bug());
            } else {
                failed = apply.apply(r.value());
            }
            if (failed != null && inAction[0]) {
                sync[0] = failed; // answered inline: the asking step fails, as without an executor
                return;
            }
            sa.cryptoVerdict = failed;
            core.run(sa, in, resume); // inline: becomes the SA's pending event; offloaded: resumes the SA now
        });
        if (inAction[0] && sa.pending == null && sync[0] == null) {
            sa.awaitingWork = true; // not answered inline: the answer resumes the SA later
        }
        inAction[0] = false;
        return sync[0] != null ? sync[0] : Next.waitTraced(null);
    }

    /** The resume row: the failure the offloaded work found, else {@code next}. */
    static Next verdict(Ikev2Sa sa, Next next) {
        Next v = sa.cryptoVerdict;
        sa.cryptoVerdict = null;
        return v != null ? v : next;
    }
}
