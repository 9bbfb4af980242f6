package io.ike4j.crypto;

/** A provider cannot serve the requested transform (by IANA type and ID). */
public final class UnsupportedTransformException extends RuntimeException {
    private final TransformKind kind;
    private final int transformId;

    public UnsupportedTransformException(TransformKind kind, int transformId, String provider) {
        super(provider + " does not support " + kind + " transform " + kind.nameOf(transformId));
        this.kind = kind;
        this.transformId = transformId;
    }

    public TransformKind kind() {
        return kind;
    }

    public int transformId() {
        return transformId;
    }
}
