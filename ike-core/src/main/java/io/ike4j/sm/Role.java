package io.ike4j.sm;

/** The local role in an IKE SA, printed by IOS as {@code (I)} or {@code (R)}. */
public enum Role {
    INITIATOR("I"),
    RESPONDER("R");

    private final String letter;

    Role(String letter) {
        this.letter = letter;
    }

    public String letter() {
        return letter;
    }
}
