package io.ike4j.vectors.iana;

import io.ike4j.codec.v1.Ikev1AttributeClass;
import io.ike4j.codec.v1.Ikev1IdType;
import io.ike4j.codec.v1.IpsecAttributeType;
import io.ike4j.codec.v1.IpsecSituation;
import io.ike4j.codec.v1.IsakmpDoi;
import io.ike4j.codec.v1.IsakmpExchangeType;
import io.ike4j.codec.v1.IsakmpNotifyType;
import io.ike4j.codec.v1.IsakmpPayloadType;
import io.ike4j.codec.v1.IsakmpProtocolId;
import io.ike4j.codec.v1.IsakmpTransformId;
import io.ike4j.crypto.iana.v1.AddressPreservation;
import io.ike4j.crypto.iana.v1.AhTransformId;
import io.ike4j.crypto.iana.v1.EcnTunnel;
import io.ike4j.crypto.iana.v1.ExtendedSequenceNumber;
import io.ike4j.crypto.iana.v1.SaDirection;
import io.ike4j.crypto.iana.v1.SignatureEncodingAlgorithm;
import io.ike4j.crypto.iana.v1.EncapsulationMode;
import io.ike4j.crypto.iana.v1.EspTransformId;
import io.ike4j.crypto.iana.IanaValue;
import io.ike4j.crypto.iana.v1.Ikev1AuthMethod;
import io.ike4j.crypto.iana.v1.Ikev1EncryptionAlgorithm;
import io.ike4j.crypto.iana.v1.Ikev1GroupDescription;
import io.ike4j.crypto.iana.v1.Ikev1GroupType;
import io.ike4j.crypto.iana.v1.Ikev1HashAlgorithm;
import io.ike4j.crypto.iana.v1.Ikev1LifeType;
import io.ike4j.crypto.iana.v1.IpcompTransformId;
import io.ike4j.crypto.iana.v1.IpsecAuthAlgorithm;
import io.ike4j.vectors.Resources;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks the IKEv1/ISAKMP registry enums against IANA's XML ({@code vectors/iana/isakmp-registry.xml},
 * {@code ipsec-registry.xml}): every assigned value (single number, not reserved/unassigned/private)
 * must be a constant with that number and exactly IANA's description as {@code ianaName()}.
 */
class Ikev1RegistryTest {
    private static final Pattern NUMBER = Pattern.compile("0x[0-9a-fA-F]+|\\d+");
    private static final Pattern NOT_ASSIGNED = Pattern.compile("(?i)^(reserved|unassigned)|private use");

    private static final Object[][] MAPPINGS = {
            {"ipsec-registry.xml", "ipsec-registry-2", Ikev1AttributeClass.class},
            {"ipsec-registry.xml", "ipsec-registry-4", Ikev1EncryptionAlgorithm.class},
            {"ipsec-registry.xml", "ipsec-registry-6", Ikev1HashAlgorithm.class},
            {"ipsec-registry.xml", "ipsec-registry-8", Ikev1AuthMethod.class},
            {"ipsec-registry.xml", "ipsec-registry-10", Ikev1GroupDescription.class},
            {"ipsec-registry.xml", "ipsec-registry-12", Ikev1GroupType.class},
            {"ipsec-registry.xml", "ipsec-registry-14", Ikev1LifeType.class},
            {"ipsec-registry.xml", "ipsec-registry-17", IsakmpExchangeType.class},
            {"ipsec-registry.xml", "ipsec-registry-18", IsakmpExchangeType.class},
            {"ipsec-registry.xml", "ipsec-registry-19", IsakmpDoi.class},
            {"ipsec-registry.xml", "ipsec-registry-21", IsakmpPayloadType.class},
            {"ipsec-registry.xml", "ipsec-registry-24", IsakmpNotifyType.class},
            {"ipsec-registry.xml", "ipsec-registry-25", IsakmpNotifyType.class},
            {"isakmp-registry.xml", "isakmp-registry-1", IpsecSituation.class},
            {"isakmp-registry.xml", "isakmp-registry-3", IsakmpProtocolId.class},
            {"isakmp-registry.xml", "isakmp-registry-5", IsakmpTransformId.class},
            {"isakmp-registry.xml", "isakmp-registry-7", AhTransformId.class},
            {"isakmp-registry.xml", "isakmp-registry-9", EspTransformId.class},
            {"isakmp-registry.xml", "isakmp-registry-11", IpcompTransformId.class},
            {"isakmp-registry.xml", "isakmp-registry-13", IpsecAttributeType.class},
            {"isakmp-registry.xml", "isakmp-registry-15", Ikev1LifeType.class},
            {"isakmp-registry.xml", "isakmp-registry-18", EncapsulationMode.class},
            {"isakmp-registry.xml", "isakmp-registry-20", IpsecAuthAlgorithm.class},
            {"isakmp-registry.xml", "isakmp-registry-23", EcnTunnel.class},
            {"isakmp-registry.xml", "isakmp-registry-24", ExtendedSequenceNumber.class},
            {"isakmp-registry.xml", "isakmp-registry-26", SignatureEncodingAlgorithm.class},
            {"isakmp-registry.xml", "isakmp-registry-27", AddressPreservation.class},
            {"isakmp-registry.xml", "isakmp-registry-28", SaDirection.class},
            {"isakmp-registry.xml", "isakmp-registry-31", Ikev1IdType.class},
            {"isakmp-registry.xml", "isakmp-registry-36", IsakmpNotifyType.class},
    };

    private final Map<String, Document> documents = new HashMap<>();

    /** Assigned entries of one registry: number → description (white space collapsed). */
    Map<Integer, String> assigned(String file, String registryId) throws Exception {
        Document doc = documents.get(file);
        if (doc == null) {
            doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(Resources.vector("iana/" + file).toFile());
            documents.put(file, doc);
        }
        NodeList registries = doc.getElementsByTagName("registry");
        for (int i = 0; i < registries.getLength(); i++) {
            Element reg = (Element) registries.item(i);
            if (!registryId.equals(reg.getAttribute("id"))) {
                continue;
            }
            Map<Integer, String> out = new LinkedHashMap<>();
            for (org.w3c.dom.Node n = reg.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element r) || !r.getTagName().equals("record")) {
                    continue;
                }
                String value = text(r, "value");
                String name = text(r, "description");
                if (name == null) {
                    name = text(r, "name");
                }
                if (value == null || name == null || !NUMBER.matcher(value).matches()
                        || NOT_ASSIGNED.matcher(name).find()) {
                    continue;
                }
                out.put(Integer.decode(value), name);
            }
            return out;
        }
        throw new IllegalStateException("no registry " + registryId + " in " + file);
    }

    private static String text(Element r, String tag) {
        NodeList l = r.getElementsByTagName(tag);
        return l.getLength() == 0 ? null : l.item(0).getTextContent().trim().replaceAll("\\s+", " ");
    }

    /** Problems of one enum against one registry. */
    List<String> check(String file, String id, Class<?> enumClass) throws Exception {
        Map<Integer, IanaValue> byNumber = new HashMap<>();
        for (Object c : enumClass.getEnumConstants()) {
            IanaValue v = (IanaValue) c;
            byNumber.put(v.number(), v);
        }
        List<String> problems = new ArrayList<>();
        Map<Integer, String> entries = assigned(file, id);
        if (entries.isEmpty()) {
            problems.add(id + ": no assigned entries found");
        }
        entries.forEach((number, name) -> {
            IanaValue v = byNumber.get(number);
            if (v == null) {
                problems.add(enumClass.getSimpleName() + ": missing " + number + " " + name + " (" + id + ")");
            } else if (!v.ianaName().equals(name)) {
                problems.add(enumClass.getSimpleName() + ": " + number + " is '" + v.ianaName() + "', IANA says '"
                        + name + "' (" + id + ")");
            }
        });
        return problems;
    }

    @Test
    void everyAssignedEntryIsPresentWithItsNumberAndName() throws Exception {
        List<String> problems = new ArrayList<>();
        int entries = 0;
        for (Object[] m : MAPPINGS) {
            problems.addAll(check((String) m[0], (String) m[1], (Class<?>) m[2]));
            entries += assigned((String) m[0], (String) m[1]).size();
        }
        System.out.println("Ikev1RegistryTest: " + MAPPINGS.length + " registries, " + entries + " assigned entries checked, "
                + problems.size() + " failed");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(entries >= 245, "entries checked: " + entries);
    }

    @Test
    void theCheckDetectsMissingAndMisnumberedEntries() throws Exception {
        // An enum checked against the wrong registry must fail: proves the comparison is not vacuous.
        assertFalse(check("ipsec-registry.xml", "ipsec-registry-21", IsakmpDoi.class).isEmpty());
        assertFalse(check("isakmp-registry.xml", "isakmp-registry-9", AhTransformId.class).isEmpty());
        assertEquals(List.of(), check("isakmp-registry.xml", "isakmp-registry-9", EspTransformId.class));
    }

    @Test
    void unknownNumbersAreNamedUnknown() {
        assertEquals("UNKNOWN(12345)", IsakmpNotifyType.nameOf(12345));
        assertEquals("INITIAL_CONTACT", IsakmpNotifyType.nameOf(24578));
        assertEquals(EspTransformId.ESP_AES_CBC, EspTransformId.of(12).orElseThrow());
        assertEquals("ID_PROT", IsakmpExchangeType.of(2).orElseThrow().charonName());
    }
}
