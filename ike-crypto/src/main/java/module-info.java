/**
 * The crypto SPI that ike-core talks to ({@link io.ike4j.crypto.CryptoProvider} and its primitives), the IANA
 * transform registries, IKEv1/IKEv2 key derivation, and two providers: {@code bc} (BouncyCastle's lightweight
 * API) and {@code jca} (installed {@code java.security} providers), both found through {@link java.util.ServiceLoader}.
 *
 * <p>On the module path, {@code bc} zeroes the key material inside BouncyCastle's engines only when their packages
 * are open to this module ({@code --add-opens org.bouncycastle.provider/org.bouncycastle.crypto.engines=io.ike4j.crypto},
 * likewise {@code .crypto.params}, {@code .crypto.modes}, {@code .crypto.modes.gcm}, {@code .crypto.macs});
 * without that it wipes what BouncyCastle's API reaches and keeps working. On the class path it always can.
 *
 * @uses io.ike4j.crypto.CryptoProvider
 * @provides io.ike4j.crypto.CryptoProvider {@code bc} and {@code jca}
 */
@SuppressWarnings("module") // the qualified exports name modules built after this one
module io.ike4j.crypto {
    requires org.bouncycastle.provider;
    requires org.slf4j;

    exports io.ike4j.crypto;
    exports io.ike4j.crypto.bc;
    exports io.ike4j.crypto.iana;
    exports io.ike4j.crypto.iana.v1;
    exports io.ike4j.crypto.jca;
    exports io.ike4j.crypto.kdf;

    // Not API: the CAVP and Wycheproof runners behind `ike vectors` and the vector suites.
    exports io.ike4j.crypto.vectors to io.ike4j.cli, io.ike4j.testvectors;

    uses io.ike4j.crypto.CryptoProvider;
    provides io.ike4j.crypto.CryptoProvider with io.ike4j.crypto.bc.BouncyCastleProvider, io.ike4j.crypto.jca.JcaProvider;
}
