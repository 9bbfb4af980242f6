package io.ike4j.codec.v2;

/**
 * Runs {@link Ikev2HostileInputProperties} in the normal build: surefire's default includes match only {@code *Test}/{@code *Tests}
 * class names, and the poms (not this module's files to change) add no {@code *Properties} pattern. Delete
 * this class once the parent pom includes {@code **}{@code /*Properties.java}, or the properties run twice.
 */
class Ikev2HostileInputPropertiesTest extends Ikev2HostileInputProperties {
}
