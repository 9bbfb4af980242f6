/**
 * IKEv2 and ISAKMP for embedders: the wire codecs and their text renderings, IOS-shaped configuration, the
 * deterministic IKEv2 engine ({@link io.ike4j.negotiator.Ikev2Engine}) with the {@link io.ike4j.negotiator.Ikev2Listener}
 * and {@link io.ike4j.negotiator.KeyEngine} it reports to, its UDP and simulated transports, SA views, state
 * vocabulary and failure reasons. Crypto comes from {@code io.ike4j.crypto}; this module never reads
 * BouncyCastle.
 */
@SuppressWarnings("module") // the qualified exports name modules built after this one
module io.ike4j.core {
    requires transitive io.ike4j.crypto;
    requires transitive io.netty.buffer;
    requires org.slf4j;

    exports io.ike4j.codec;
    exports io.ike4j.codec.text;
    exports io.ike4j.codec.v1;
    exports io.ike4j.codec.v2;
    exports io.ike4j.codec.v2.iana;
    exports io.ike4j.config;
    exports io.ike4j.diag;
    exports io.ike4j.negotiator;
    exports io.ike4j.negotiator.auth;
    exports io.ike4j.negotiator.impair;
    exports io.ike4j.negotiator.keylog;
    exports io.ike4j.negotiator.v1;
    exports io.ike4j.sa;
    exports io.ike4j.sm;
    exports io.ike4j.sm.v1;
    exports io.ike4j.sm.v2;
    exports io.ike4j.transport;

    // Not API, only for the ike4j modules named: the pcap/pcapng/hex-dump reader and pcap writer (ike decode,
    // the capture suites), and the negotiator's proposal selection and TS narrowing (their vector suites).
    exports io.ike4j.capture to io.ike4j.cli, io.ike4j.testvectors;
    exports io.ike4j.negotiator.proposal to io.ike4j.testvectors;
}
