package io.ike4j.sm;

import java.util.Objects;

/**
 * The run loop every IKE version's engine uses (architecture.md "The table is the whole machine"): in the
 * subject's state, look up the row of the event, trace the step, let the row's action decide, apply the decision
 * (the next state, checked against the row's declaration by the subject), and follow the next event until the
 * decision is to wait; then an event an asynchronous answer left behind, if any, goes on. The IKEv2 engine runs
 * {@code Ikev2State}/{@code Ikev2Event} through it; the IKEv1 engine will run the ISAKMP states and inputs.
 *
 * @param <S> the state enum
 * @param <E> the event enum
 * @param <A> the rows' action type
 */
public final class RunLoop<S extends Enum<S>, E extends Enum<E>, A> {

    /**
     * What a row's action decided.
     *
     * @param <S> the state enum
     * @param <E> the event enum
     */
    public interface Decision<S, E> {
        /** {@return the state to move to, or null to stay} */
        S state();

        /** {@return the next event; the loop's wait event ends the run} */
        E event();

        /** {@return whether the wait is traced as a step of its own (IOS prints some waits, not others)} */
        boolean traceWait();
    }

    /**
     * One run's subject: an SA, or one exchange of it.
     *
     * @param <S> the state enum
     * @param <E> the event enum
     * @param <A> the rows' action type
     */
    public interface Run<S extends Enum<S>, E extends Enum<E>, A> {
        /** {@return the state the next event is handled in} */
        S state();

        /** {@return whether the subject is gone (the run stops)} */
        boolean dead();

        /** {@return the event an asynchronous answer left while the run was busy, or null} */
        E takePending();

        /**
         * One step, before it runs (the IOS {@code SM Trace->} line).
         *
         * @param state the state
         * @param event the event
         */
        void trace(S state, E event);

        /**
         * Runs the row's action; never throws (a bug becomes a failure decision).
         *
         * @param row   the row, or null if the table has none
         * @param state the state
         * @param event the event
         * @return the decision
         */
        Decision<S, E> step(StateTable.Row<S, E, A> row, S state, E event);

        /**
         * Carries the decision out: the next state (if the row declares it), whatever else it asks for.
         *
         * @param row      the row that decided
         * @param from     the state it ran in
         * @param decision what it decided
         * @return false to end the run here (a failure, input to ignore, an undeclared state)
         */
        boolean apply(StateTable.Row<S, E, A> row, S from, Decision<S, E> decision);
    }

    private final StateTable<S, E, A> table;
    private final E wait;

    /**
     * A loop over {@code table}; {@code wait} is the event that ends a run (IOS EV_NO_EVENT).
     *
     * @param table the machine
     * @param wait  the wait event
     */
    public RunLoop(StateTable<S, E, A> table, E wait) {
        this.table = Objects.requireNonNull(table, "table");
        this.wait = Objects.requireNonNull(wait, "wait");
    }

    /**
     * Handles {@code first} and every event the rows chain from it.
     *
     * @param run   the subject
     * @param first the first event
     */
    public void run(Run<S, E, A> run, E first) {
        E ev = first;
        while (ev != null && !run.dead()) {
            S from = run.state();
            run.trace(from, ev);
            StateTable.Row<S, E, A> row = table.lookup(from, ev);
            Decision<S, E> d = run.step(row, from, ev);
            if (!run.apply(row, from, d)) {
                return;
            }
            if (d.event() == wait) {
                if (d.traceWait()) {
                    run.trace(run.state(), wait);
                }
                ev = run.takePending();
            } else {
                ev = d.event();
            }
        }
    }

    /**
     * The table this loop runs.
     *
     * @return the table
     */
    public StateTable<S, E, A> table() {
        return table;
    }
}
