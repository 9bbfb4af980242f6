package io.ike4j.crypto.bc;

import io.ike4j.crypto.ModpGroup;

import io.ike4j.crypto.KeyExchange;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.pqc.crypto.mlkem.MLKEMParameters;

import java.util.Set;

/** Creates the key exchange methods of the BouncyCastle provider by IANA transform type 4 ID. */
final class BcKeyExchanges {
    static final Set<Integer> SUPPORTED = Set.of(1, 2, 5, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26,
            27, 28, 29, 30, 31, 32, 35, 36, 37);

    private BcKeyExchanges() {
    }

    /** The method for {@code id}, or null when unsupported. */
    static KeyExchange create(int id) {
        return switch (id) {
            // Private exponent bits: at least twice the group's security strength (RFC 3526 §8,
            // SP 800-57 Part 1 Table 2), not the full length of p.
            case 1 -> modp(ModpGroup.MODP_768_BIT, 160);
            case 2 -> modp(ModpGroup.MODP_1024_BIT, 160);
            case 5 -> modp(ModpGroup.MODP_1536_BIT, 192);
            case 14 -> modp(ModpGroup.MODP_2048_BIT, 256);
            case 15 -> modp(ModpGroup.MODP_3072_BIT, 256);
            case 16 -> modp(ModpGroup.MODP_4096_BIT, 304);
            case 17 -> modp(ModpGroup.MODP_6144_BIT, 352);
            case 18 -> modp(ModpGroup.MODP_8192_BIT, 400);
            // SP 800-56A: the private key is drawn from [1, q-1], i.e. q's bit length (2x the strength).
            case 22 -> modp(ModpGroup.MODP_1024_160, ModpGroup.MODP_1024_160.q.bitLength());
            case 23 -> modp(ModpGroup.MODP_2048_224, ModpGroup.MODP_2048_224.q.bitLength());
            case 24 -> modp(ModpGroup.MODP_2048_256, ModpGroup.MODP_2048_256.q.bitLength());
            case 19 -> ecp(19, "secp256r1");
            case 20 -> ecp(20, "secp384r1");
            case 21 -> ecp(21, "secp521r1");
            case 25 -> ecp(25, "secp192r1");
            case 26 -> ecp(26, "secp224r1");
            case 27 -> ecp(27, "brainpoolP224r1");
            case 28 -> ecp(28, "brainpoolP256r1");
            case 29 -> ecp(29, "brainpoolP384r1");
            case 30 -> ecp(30, "brainpoolP512r1");
            case 31 -> new BcXdh(31, false);
            case 32 -> new BcXdh(32, true);
            case 35 -> new BcMlKem(35, MLKEMParameters.ml_kem_512, 2);
            case 36 -> new BcMlKem(36, MLKEMParameters.ml_kem_768, 3);
            case 37 -> new BcMlKem(37, MLKEMParameters.ml_kem_1024, 4);
            default -> null;
        };
    }

    private static BcModp modp(ModpGroup group, int exponentBits) {
        return new BcModp(group.id, group.p, group.g, group.q, exponentBits);
    }

    private static BcEcp ecp(int id, String name) {
        X9ECParameters x9 = CustomNamedCurves.getByName(name);
        if (x9 == null) {
            x9 = ECNamedCurveTable.getByName(name);
        }
        return new BcEcp(id, x9);
    }
}
