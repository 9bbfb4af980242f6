package io.ike4j.config;

/**
 * IOS {@code dpd <interval> <retry> on-demand|periodic} (liveness check, RFC 7296 §2.4): seconds
 * between checks (10..3600 as IOS allows) and seconds between retries (2..60).
 */
public record DpdSettings(int intervalSeconds, int retrySeconds, boolean periodic) {
    /**
     * Checks the intervals against IOS's ranges.
     *
     * @param intervalSeconds {@code crypto ikev2 dpd} interval, 10..3600 seconds
     * @param retrySeconds retry interval after an unanswered liveness check, 2..60 seconds
     * @param periodic true for {@code periodic}, false for {@code on-demand}
     */
    public DpdSettings {
        ConfigException.check(intervalSeconds >= 10 && intervalSeconds <= 3600,
                "dpd: interval must be 10..3600 seconds, got " + intervalSeconds);
        ConfigException.check(retrySeconds >= 2 && retrySeconds <= 60,
                "dpd: retry must be 2..60 seconds, got " + retrySeconds);
    }
}
