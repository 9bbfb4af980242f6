package io.ike4j.codec.v1;

/**
 * Runs {@link IsakmpHostileInputProperties} in the default build: surefire's default selection only picks classes named
 * {@code *Test}. Delete this class once the parent pom includes classes named *Suite and
 * *Properties, or it will run twice.
 */
class IsakmpHostileInputPropertiesTest extends IsakmpHostileInputProperties {
}
