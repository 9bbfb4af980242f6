package io.ike4j.vectors.crypto.primitives;

import io.ike4j.vectors.Resources;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.ike4j.vectors.crypto.primitives.KeyExchangeVectors.check;
import static io.ike4j.vectors.crypto.primitives.KeyExchangeVectors.concat;
import static io.ike4j.vectors.crypto.primitives.KeyExchangeVectors.pad;

/**
 * NIST CAVP ECC CDH primitive test (KAS_ECC_CDH_PrimitiveTest.txt, SP 800-56A §5.7.1.2): for each of
 * P-192/224/256/384/521 (IKE groups 25, 26, 19, 20, 21) the IUT private key dIUT must give the public
 * point QIUT (as x ‖ y) and, with the peer point QCAVS, the x-coordinate ZIUT. 125 cases.
 */
class CavpEccCdhSuite {
    @Test
    void allCases() {
        int[] cases = {0};
        Tally.onAllProviders("CavpEccCdhSuite", p -> {
            Tally t = new Tally();
            cases[0] = 0;
            int group = -1;
            Map<String, byte[]> v = new HashMap<>();
            String count = "";
            for (String line : Resources.text("nist-cavp-ecccdh/KAS_ECC_CDH_PrimitiveTest.txt").split("\r?\n")) {
                line = line.trim();
                if (line.startsWith("[")) {
                    group = switch (line) {
                        case "[P-192]" -> 25;
                        case "[P-224]" -> 26;
                        case "[P-256]" -> 19;
                        case "[P-384]" -> 20;
                        case "[P-521]" -> 21;
                        default -> -1;
                    };
                    continue;
                }
                int eq = line.indexOf(" = ");
                if (line.startsWith("#") || eq < 0) {
                    continue;
                }
                String k = line.substring(0, eq);
                String val = line.substring(eq + 3).trim();
                if (k.equals("COUNT")) {
                    count = val;
                    v.clear();
                    continue;
                }
                v.put(k, Tally.hex(val));
                if (k.equals("ZIUT")) {
                    cases[0]++;
                    String name = "CAVP CDH group " + group + " COUNT " + count;
                    if (group < 0) {
                        t.unsupported(false, name);
                        continue;
                    }
                    int len = p.supports(io.ike4j.crypto.TransformKind.KE, group)
                            ? p.keyExchange(group).publicValueLength(false) / 2 : 0;
                    byte[] qiut = concat(pad(v.get("QIUTx"), len), pad(v.get("QIUTy"), len));
                    byte[] qcavs = concat(pad(v.get("QCAVSx"), len), pad(v.get("QCAVSy"), len));
                    check(p, t, name, group, v.get("dIUT"), qiut, qcavs, v.get("ZIUT"));
                }
            }
            return t;
        });
        org.junit.jupiter.api.Assertions.assertEquals(125, cases[0], "CAVP ECC CDH cases");
    }
}
