package io.ike4j.vectors.v1;

/**
 * Runs {@link Ikev1PeerCaptureSuite} in the default build: surefire's default selection only picks classes named
 * {@code *Test}. Delete this class once the parent pom includes classes named *Suite and
 * *Properties, or it will run twice.
 */
class Ikev1PeerCaptureSuiteTest extends Ikev1PeerCaptureSuite {
}
