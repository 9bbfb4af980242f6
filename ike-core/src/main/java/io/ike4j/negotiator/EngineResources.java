package io.ike4j.negotiator;

/**
 * What an engine holds right now against its limits (SECURITY.md), for monitoring a gateway under load:
 * half-open responder SAs (now and the high-water mark), the octets of partial fragmented messages (now and the
 * high-water mark), and how often the cookie secret has been replaced.
 */
public record EngineResources(int halfOpen, int halfOpenPeak, long reassemblyBytes, long reassemblyPeak,
                              long cookieSecretRotations) {
}
