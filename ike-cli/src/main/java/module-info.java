/**
 * The {@code ike} command ({@code io.ike4j.cli.Main}: decode, demo, peer, vectors), shipped as the fat jar
 * {@code ike-cli/target/ike.jar}. An application: it exports nothing.
 */
module io.ike4j.cli {
    requires io.ike4j.core;
    requires io.ike4j.crypto;
}
