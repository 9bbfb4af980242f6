package io.ike4j.codec.v1;

import java.util.List;

/**
 * Transform payload (RFC 2408 §3.6), nested in a {@link Proposal}: Transform #, Transform-Id (KEY_IKE in
 * phase 1, e.g. ESP_AES in phase 2), two RESERVED octets (must be 0) and the SA attributes.
 */
public record Transform(int number, int transformId, List<DataAttribute> attributes) {
    /**
     * Checks the octet fields and copies the attribute list.
     *
     * @param number the transform number
     * @param transformId the transform ID
     * @param attributes the SA attributes
     */
    public Transform {
        IsakmpHeader.octet("number", number);
        IsakmpHeader.octet("transformId", transformId);
        attributes = List.copyOf(attributes);
    }

    /**
     * The first attribute of the given type, or null.
     *
     * @param attributeType the attribute class
     * @return the attribute, or null
     */
    public DataAttribute attribute(int attributeType) {
        for (DataAttribute a : attributes) {
            if (a.type() == attributeType) {
                return a;
            }
        }
        return null;
    }
}
