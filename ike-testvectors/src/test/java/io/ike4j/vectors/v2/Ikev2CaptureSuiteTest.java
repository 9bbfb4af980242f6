package io.ike4j.vectors.v2;

/**
 * Runs {@link Ikev2CaptureSuite} in the normal build: surefire's default includes match only {@code *Test}
 * class names and the poms add no {@code *Suite} pattern. Delete once the parent pom includes
 * {@code **}{@code /*Suite.java}, or the suite runs twice.
 */
class Ikev2CaptureSuiteTest extends Ikev2CaptureSuite {
}
