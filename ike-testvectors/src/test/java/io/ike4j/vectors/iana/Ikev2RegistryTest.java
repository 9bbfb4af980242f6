package io.ike4j.vectors.iana;

import io.ike4j.codec.v2.iana.Ikev2AuthMethod;
import io.ike4j.codec.v2.iana.Ikev2CertEncoding;
import io.ike4j.codec.v2.iana.Ikev2CfgType;
import io.ike4j.codec.v2.iana.Ikev2CpAttributeType;
import io.ike4j.codec.v2.iana.Ikev2ExchangeType;
import io.ike4j.codec.v2.iana.Ikev2HashAlgorithm;
import io.ike4j.codec.v2.iana.Ikev2IdType;
import io.ike4j.codec.v2.iana.Ikev2NotifyType;
import io.ike4j.codec.v2.iana.Ikev2PayloadType;
import io.ike4j.codec.v2.iana.Ikev2ProtocolId;
import io.ike4j.codec.v2.iana.Ikev2TransformAttributeType;
import io.ike4j.codec.v2.iana.Ikev2TransformType;
import io.ike4j.codec.v2.iana.Ikev2TsType;
import io.ike4j.crypto.iana.EncrTransformId;
import io.ike4j.crypto.iana.EsnTransformId;
import io.ike4j.crypto.iana.IntegTransformId;
import io.ike4j.crypto.iana.KeTransformId;
import io.ike4j.crypto.iana.PrfTransformId;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every IKEv2 registry enum against IANA's ikev2-parameters.xml (vectors/iana). An entry is "assigned" when
 * its value is a single number and its description does not start with Reserved or Unassigned. The test
 * fails if an assigned entry is missing from the enum, if the enum has a constant IANA does not assign, or
 * if the constant for a number carries another IANA description ({@code ianaName()} is the verbatim
 * description up to any {@code <br/>}, with white space collapsed; constant names are normalised, see the enums' javadoc).
 */
class Ikev2RegistryTest {
    private static final String NS = "http://www.iana.org/assignments";

    private record Check(String name, List<String> registries, Map<Integer, String> enumEntries) {
    }

    private static <E extends Enum<E>> Map<Integer, String> entries(E[] values, Function<E, Integer> number,
                                                                    Function<E, String> ianaName) {
        Map<Integer, String> out = new TreeMap<>();
        for (E e : values) {
            String prev = out.put(number.apply(e), ianaName.apply(e));
            if (prev != null) {
                fail(e.getDeclaringClass().getSimpleName() + " has two constants for " + number.apply(e));
            }
        }
        return out;
    }

    private static List<Check> checks() {
        return List.of(
                new Check("Ikev2ExchangeType", List.of("ikev2-parameters-1"),
                        entries(Ikev2ExchangeType.values(), Ikev2ExchangeType::number, Ikev2ExchangeType::ianaName)),
                new Check("Ikev2PayloadType", List.of("ikev2-parameters-2"),
                        entries(Ikev2PayloadType.values(), Ikev2PayloadType::number, Ikev2PayloadType::ianaName)),
                new Check("Ikev2TransformType", List.of("ikev2-parameters-3"),
                        entries(Ikev2TransformType.values(), Ikev2TransformType::number, Ikev2TransformType::ianaName)),
                new Check("Ikev2TransformAttributeType", List.of("ikev2-parameters-4"),
                        entries(Ikev2TransformAttributeType.values(), Ikev2TransformAttributeType::number,
                                Ikev2TransformAttributeType::ianaName)),
                new Check("EncrTransformId", List.of("ikev2-parameters-5"),
                        entries(EncrTransformId.values(), EncrTransformId::number, EncrTransformId::ianaName)),
                new Check("PrfTransformId", List.of("ikev2-parameters-6"),
                        entries(PrfTransformId.values(), PrfTransformId::number, PrfTransformId::ianaName)),
                new Check("IntegTransformId", List.of("ikev2-parameters-7"),
                        entries(IntegTransformId.values(), IntegTransformId::number, IntegTransformId::ianaName)),
                new Check("KeTransformId", List.of("ikev2-parameters-8"),
                        entries(KeTransformId.values(), KeTransformId::number, KeTransformId::ianaName)),
                new Check("EsnTransformId", List.of("ikev2-parameters-9"),
                        entries(EsnTransformId.values(), EsnTransformId::number, EsnTransformId::ianaName)),
                new Check("Ikev2IdType", List.of("ikev2-parameters-10"),
                        entries(Ikev2IdType.values(), Ikev2IdType::number, Ikev2IdType::ianaName)),
                new Check("Ikev2CertEncoding", List.of("ikev2-parameters-11"),
                        entries(Ikev2CertEncoding.values(), Ikev2CertEncoding::number, Ikev2CertEncoding::ianaName)),
                new Check("Ikev2AuthMethod", List.of("ikev2-parameters-12"),
                        entries(Ikev2AuthMethod.values(), Ikev2AuthMethod::number, Ikev2AuthMethod::ianaName)),
                new Check("Ikev2NotifyType", List.of("ikev2-parameters-14", "ikev2-parameters-16"),
                        entries(Ikev2NotifyType.values(), Ikev2NotifyType::number, Ikev2NotifyType::ianaName)),
                new Check("Ikev2ProtocolId", List.of("ikev2-parameters-18"),
                        entries(Ikev2ProtocolId.values(), Ikev2ProtocolId::number, Ikev2ProtocolId::ianaName)),
                new Check("Ikev2TsType", List.of("ikev2-parameters-19"),
                        entries(Ikev2TsType.values(), Ikev2TsType::number, Ikev2TsType::ianaName)),
                new Check("Ikev2CfgType", List.of("ikev2-parameters-20"),
                        entries(Ikev2CfgType.values(), Ikev2CfgType::number, Ikev2CfgType::ianaName)),
                new Check("Ikev2CpAttributeType", List.of("ikev2-parameters-21"),
                        entries(Ikev2CpAttributeType.values(), Ikev2CpAttributeType::number, Ikev2CpAttributeType::ianaName)),
                new Check("Ikev2HashAlgorithm", List.of("hash-algorithms"),
                        entries(Ikev2HashAlgorithm.values(), Ikev2HashAlgorithm::number, Ikev2HashAlgorithm::ianaName)));
    }

    /** Assigned entries of every registry in the XML, by registry id. */
    static Map<String, Map<Integer, String>> readXml() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc;
        try (InputStream in = Ikev2RegistryTest.class.getResourceAsStream("/vectors/iana/ikev2-parameters.xml")) {
            assertNotNull(in, "vectors/iana/ikev2-parameters.xml on the classpath");
            doc = f.newDocumentBuilder().parse(in);
        }
        Map<String, Map<Integer, String>> out = new LinkedHashMap<>();
        NodeList regs = doc.getElementsByTagNameNS(NS, "registry");
        for (int i = 0; i < regs.getLength(); i++) {
            Element reg = (Element) regs.item(i);
            Map<Integer, String> entries = new TreeMap<>();
            NodeList children = reg.getChildNodes();
            for (int j = 0; j < children.getLength(); j++) {
                if (!(children.item(j) instanceof Element rec) || !rec.getLocalName().equals("record")) {
                    continue;
                }
                String value = text(rec, "value");
                String desc = firstLine(rec).trim().replaceAll("\\s+", " ");
                String lower = desc.toLowerCase(java.util.Locale.ROOT);
                if (value.contains("-") || lower.startsWith("reserved") || lower.startsWith("unassigned")) {
                    continue;
                }
                entries.put(Integer.parseInt(value.trim()), desc);
            }
            out.put(reg.getAttribute("id"), entries);
        }
        return out;
    }

    /**
     * The description up to the first {@code <br/>}: IANA lists a second name there for a few entries (e.g.
     * payload 33 "Security Association" / "Security Association - GM Supported Transforms"); the enum keeps
     * the first.
     */
    private static String firstLine(Element rec) {
        NodeList l = rec.getElementsByTagNameNS(NS, "description");
        if (l.getLength() == 0) {
            return "";
        }
        org.w3c.dom.Node first = l.item(0).getFirstChild();
        return first == null || first.getNodeType() != org.w3c.dom.Node.TEXT_NODE ? "" : first.getNodeValue();
    }

    private static String text(Element rec, String tag) {
        NodeList l = rec.getElementsByTagNameNS(NS, tag);
        return l.getLength() == 0 ? "" : l.item(0).getTextContent();
    }

    @TestFactory
    Stream<DynamicTest> everyEnumMatchesItsRegistry() throws Exception {
        Map<String, Map<Integer, String>> xml = readXml();
        List<DynamicTest> tests = new ArrayList<>();
        for (Check c : checks()) {
            tests.add(DynamicTest.dynamicTest(c.name(), () -> {
                Map<Integer, String> expected = new TreeMap<>();
                for (String r : c.registries()) {
                    assertTrue(xml.containsKey(r), "registry " + r + " in the XML");
                    expected.putAll(xml.get(r));
                }
                assertTrue(expected.size() > 0);
                for (Map.Entry<Integer, String> e : expected.entrySet()) {
                    assertEquals(e.getValue(), c.enumEntries().get(e.getKey()),
                            c.name() + ": IANA value " + e.getKey() + " (" + e.getValue() + ")");
                }
                for (Integer n : c.enumEntries().keySet()) {
                    assertTrue(expected.containsKey(n), c.name() + " has " + n + " which IANA does not assign");
                }
            }));
        }
        return tests.stream();
    }

    @Test
    void spotChecksOfWellKnownNumbers() {
        assertEquals(34, Ikev2ExchangeType.IKE_SA_INIT.number());
        assertEquals(53, Ikev2PayloadType.SKF.number());
        assertEquals(16430, Ikev2NotifyType.IKEV2_FRAGMENTATION_SUPPORTED.number());
        assertEquals(7, Ikev2NotifyType.INVALID_SYNTAX.number());
        assertEquals(20, EncrTransformId.ENCR_AES_GCM_16.number());
        assertEquals(14, KeTransformId.MODP_2048.number());
        assertEquals(31, KeTransformId.CURVE25519.number());
        assertEquals(36, KeTransformId.ML_KEM_768.number());
        assertEquals(12, IntegTransformId.AUTH_HMAC_SHA2_256_128.number());
        assertEquals("UNKNOWN(999)", Ikev2NotifyType.nameOf(999));
        assertTrue(Ikev2PayloadType.of(46).isPresent());
    }
}
