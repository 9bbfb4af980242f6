package io.ike4j.sm;

/**
 * One state-machine step of any IKE version, as trace data: in {@link #state()}, {@link #event()} was handled.
 * IKEv2's is {@link io.ike4j.sm.v2.TraceEvent} (IOS {@code SM Trace->} lines); IKEv1's ISAKMP steps render as IOS's
 * {@code Input = … Old State = … New State = …} lines. Tools that only compare or count steps use this type.
 */
public interface SmStep {
    /** {@return which IKE the step belongs to} */
    IkeVersion version();

    /** {@return the local SA number} */
    int saId();

    /** {@return our role in the SA} */
    Role role();

    /** {@return the state the event was handled in} */
    Enum<?> state();

    /** {@return the event} */
    Enum<?> event();

    /** {@return "STATE EVENT", the form of the reference tables} */
    default String step() {
        return state() + " " + event();
    }

    /** {@return the line IOS prints for this step} */
    String iosLine();
}
