package io.ike4j.codec.v2;

import java.util.List;

/**
 * A transform substructure (RFC 7296 §3.3.2).
 *
 * @param reserved1     reserved octet after "last substruc"
 * @param transformType {@link io.ike4j.codec.v2.iana.Ikev2TransformType} number
 * @param reserved2     reserved octet after the transform type
 * @param transformId   ID within that type (e.g. {@link io.ike4j.crypto.iana.EncrTransformId})
 */
public record Ikev2Transform(int reserved1, int transformType, int reserved2, int transformId,
                             List<Ikev2TransformAttribute> attributes) {
    /**
     * Copies the attribute list.
     *
     * @param reserved1 reserved octet after "last substruc"
     * @param transformType {@link io.ike4j.codec.v2.iana.Ikev2TransformType} number
     * @param reserved2 reserved octet after the transform type
     * @param transformId ID within that type (e.g. {@link io.ike4j.crypto.iana.EncrTransformId})
     * @param attributes the transform attributes (e.g. Key Length)
     */
    public Ikev2Transform {
        attributes = List.copyOf(attributes);
    }

    /**
     * The transform with {@code reserved1} 0 and {@code reserved2} 0.
     *
     * @param transformType the transform type number
     * @param transformId the transform ID within that type
     * @param attributes the attributes in wire order
     */
    public Ikev2Transform(int transformType, int transformId, List<Ikev2TransformAttribute> attributes) {
        this(0, transformType, 0, transformId, attributes);
    }

    /**
     * The transform with {@code reserved1} 0, {@code reserved2} 0 and no attributes.
     *
     * @param transformType the transform type number
     * @param transformId the transform ID within that type
     */
    public Ikev2Transform(int transformType, int transformId) {
        this(0, transformType, 0, transformId, List.of());
    }

    /** {@return the key length attribute (type 14) in bits, or -1 if absent} */
    public int keyLength() {
        for (Ikev2TransformAttribute a : attributes) {
            if (a.attributeType() == Ikev2TransformAttribute.KEY_LENGTH && a.tvFormat()) {
                return a.tvValue();
            }
        }
        return -1;
    }

    /** {@return octets this transform substructure takes on the wire} */
    public int encodedLength() {
        int n = 8;
        for (Ikev2TransformAttribute a : attributes) {
            n += a.tvFormat() ? 4 : 4 + a.value().length();
        }
        return n;
    }
}
