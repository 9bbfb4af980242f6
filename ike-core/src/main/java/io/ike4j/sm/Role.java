package io.ike4j.sm;

/** The local role in an IKE SA, printed by IOS as {@code (I)} or {@code (R)}. */
public enum Role {
    /** The side that sent the first IKE_SA_INIT request (RFC 7296 §2.2; IOS prints {@code (I)}). */
    INITIATOR("I"),
    /** The side that answered it ({@code (R)}). */
    RESPONDER("R");

    private final String letter;

    Role(String letter) {
        this.letter = letter;
    }

    /** {@return the letter IOS prints in parentheses: {@code I} or {@code R}} */
    public String letter() {
        return letter;
    }
}
