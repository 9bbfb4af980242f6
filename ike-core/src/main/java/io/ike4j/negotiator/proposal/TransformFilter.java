package io.ike4j.negotiator.proposal;

/**
 * Which transforms the local crypto provider can run, by RFC 7296 §3.3.2 transform type and ID. The
 * selector never chooses a transform the filter rejects, even when configured.
 */
@FunctionalInterface
public interface TransformFilter {
    /** Accepts everything. */
    TransformFilter ALL = (type, id) -> true;

    boolean supports(int transformType, int transformId);
}
