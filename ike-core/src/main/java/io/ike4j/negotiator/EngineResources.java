package io.ike4j.negotiator;

/**
 * What an engine holds right now against its limits (SECURITY.md), for monitoring a gateway under load:
 * half-open responder SAs (now and the high-water mark), the octets of partial fragmented messages (now and the
 * high-water mark), how often the cookie secret has been replaced, and the sizes of its tables: IKE SAs, SAs in the
 * timer queue (at most one slot each), inbound ESP SPIs in use (CHILD_SAs, and those being negotiated).
 *
 * @param halfOpen half-open responder SAs now
 * @param halfOpenPeak their high-water mark
 * @param reassemblyBytes plaintext octets held in partial fragmented messages
 * @param reassemblyPeak their high-water mark
 * @param cookieSecretRotations how often the cookie secret was replaced
 * @param sas IKE SAs in the SA directory
 * @param timers SAs with a slot in the timer queue
 * @param espSpis inbound ESP SPIs in use
 */
public record EngineResources(int halfOpen, int halfOpenPeak, long reassemblyBytes, long reassemblyPeak,
                              long cookieSecretRotations, int sas, int timers, int espSpis) {
}
