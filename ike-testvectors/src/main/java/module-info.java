/**
 * The published-vector, capture and interop suites; everything is test code, so this module has no packages of
 * its own. It is named so that ike-core and ike-crypto can export the internals those suites check
 * ({@code io.ike4j.capture}, {@code io.ike4j.negotiator.proposal}, {@code io.ike4j.crypto.vectors}) to it alone.
 */
module io.ike4j.testvectors {
    requires io.ike4j.core;
    requires io.ike4j.crypto;
    requires java.xml;        // the IANA registry and pom readers
    requires jdk.management;  // per-thread allocation counts (DecodeAllocationBoundTest)
}
