package io.ike4j.negotiator.auth;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.HexFormat;

/**
 * Private keys from PEM: PKCS#8 ({@code BEGIN PRIVATE KEY}), PKCS#1 RSA ({@code BEGIN RSA PRIVATE KEY},
 * RFC 8017 App. A.1.2) and SEC1 EC ({@code BEGIN EC PRIVATE KEY}, RFC 5915 §3). The legacy forms are
 * wrapped into a PKCS#8 PrivateKeyInfo (RFC 5208 §5) so the JDK KeyFactory can read them.
 */
final class PrivateKeys {
    private static final HexFormat HEX = HexFormat.of();
    /** rsaEncryption 1.2.840.113549.1.1.1 with NULL parameters. */
    private static final byte[] RSA_ALG = HEX.parseHex("300d06092a864886f70d0101010500");
    /** id-ecPublicKey 1.2.840.10045.2.1. */
    private static final byte[] EC_OID = HEX.parseHex("06072a8648ce3d0201");
    private static final byte[] VERSION_0 = {Der.INTEGER, 1, 0};

    private PrivateKeys() {
    }

    static PrivateKey fromPem(String what, Pem.Block block) throws IOException {
        byte[] pkcs8 = switch (block.label()) {
            case "PRIVATE KEY" -> block.der();
            case "RSA PRIVATE KEY" -> fromPkcs1(block.der());
            case "EC PRIVATE KEY" -> fromSec1(block.der());
            case "ENCRYPTED PRIVATE KEY" -> throw new IOException(what + ": encrypted private keys are not supported (decrypt it first)");
            default -> throw new IOException(what + ": '" + block.label() + "' is not a private key");
        };
        for (String alg : new String[] {"RSA", "EC", "Ed25519", "Ed448"}) {
            try {
                return KeyFactory.getInstance(alg).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            } catch (GeneralSecurityException | RuntimeException e) {
                // RuntimeException: some JDK key parsers throw e.g. ProviderException for another algorithm's
                // encoding; try the next algorithm, the final message says none matched.
            }
        }
        throw new IOException(what + ": private key not readable as RSA, EC or EdDSA");
    }

    /** PKCS#1 RSAPrivateKey → PrivateKeyInfo{0, rsaEncryption, OCTET STRING(RSAPrivateKey)}. */
    static byte[] fromPkcs1(byte[] der) throws IOException {
        Der.Reader r = new Der.Reader(der);
        Der.Tlv seq = r.expect(Der.SEQUENCE, "RSAPrivateKey SEQUENCE");
        seq.reader().expect(Der.INTEGER, "RSAPrivateKey version");
        return Der.tlv(Der.SEQUENCE, VERSION_0, RSA_ALG, Der.tlv(Der.OCTET_STRING, seq.encoded()));
    }

    /**
     * SEC1 ECPrivateKey {1, privateKey, [0] namedCurve, [1] publicKey} → PrivateKeyInfo{0,
     * {id-ecPublicKey, namedCurve}, OCTET STRING(ECPrivateKey)}. The curve must be present (RFC 5915 §3
     * lets PKCS#8 carry it instead, but a bare SEC1 file needs it).
     */
    static byte[] fromSec1(byte[] der) throws IOException {
        Der.Reader r = new Der.Reader(der);
        Der.Tlv seq = r.expect(Der.SEQUENCE, "ECPrivateKey SEQUENCE");
        Der.Reader in = seq.reader();
        Der.Tlv version = in.expect(Der.INTEGER, "ECPrivateKey version");
        if (version.end() - version.start() != 1 || der[version.start()] != 1) {
            throw new IOException("ECPrivateKey: version must be 1");
        }
        in.expect(Der.OCTET_STRING, "ECPrivateKey privateKey");
        byte[] curve = null;
        while (in.hasMore()) {
            Der.Tlv t = in.next();
            if (t.tag() == 0xa0) {
                Der.Tlv oid = t.reader().expect(Der.OID, "namedCurve OID");
                curve = oid.encoded();
            }
        }
        if (curve == null) {
            throw new IOException("ECPrivateKey: no named curve parameters ([0])");
        }
        return Der.tlv(Der.SEQUENCE, VERSION_0, Der.tlv(Der.SEQUENCE, EC_OID, curve), Der.tlv(Der.OCTET_STRING, seq.encoded()));
    }
}
