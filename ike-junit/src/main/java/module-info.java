/**
 * A JUnit 5 extension that runs an ike4j IKE peer on loopback around a test: {@link io.ike4j.junit.IkePeerExtension}.
 */
module io.ike4j.junit {
    requires transitive io.ike4j.core;
    requires transitive io.ike4j.crypto;
    requires transitive org.junit.jupiter.api;

    exports io.ike4j.junit;
}
