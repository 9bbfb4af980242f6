package io.ike4j.crypto;

/** A provider cannot serve the requested transform (by IANA type and ID). */
public final class UnsupportedTransformException extends RuntimeException {
    /** The transform type asked for. */
    private final TransformKind kind;
    /** The transform ID asked for. */
    private final int transformId;

    /**
     * {@code provider} cannot serve {@code kind} {@code transformId}.
     *
     * @param kind the transform type
     * @param transformId the IANA ID
     * @param provider the provider's name, for the message
     */
    public UnsupportedTransformException(TransformKind kind, int transformId, String provider) {
        super(provider + " does not support " + kind + " transform " + kind.nameOf(transformId));
        this.kind = kind;
        this.transformId = transformId;
    }

    /** {@return the transform type asked for} */
    public TransformKind kind() {
        return kind;
    }

    /** {@return the transform ID asked for} */
    public int transformId() {
        return transformId;
    }
}
