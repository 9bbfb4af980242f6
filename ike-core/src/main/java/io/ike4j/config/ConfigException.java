package io.ike4j.config;

/** Invalid configuration: the message names the object and the offending value or token. */
public final class ConfigException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * A configuration error.
     *
     * @param message names the object and the bad value
     */
    public ConfigException(String message) {
        super(message);
    }

    /**
     * Throws a ConfigException with {@code message} unless {@code ok}.
     *
     * @param ok the condition
     * @param message the error message
     */
    public static void check(boolean ok, String message) {
        if (!ok) {
            throw new ConfigException(message);
        }
    }

    static String requireName(String what, String name) {
        check(name != null && !name.isBlank(), what + ": name must not be empty");
        return name;
    }
}
