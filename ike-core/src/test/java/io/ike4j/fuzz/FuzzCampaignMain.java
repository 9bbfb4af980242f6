package io.ike4j.fuzz;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/**
 * The long campaigns outside JUnit: {@code java -cp TEST_CLASSPATH io.ike4j.fuzz.FuzzCampaignMain SECONDS} from
 * {@code ike-core/} fuzzes each target for SECONDS and logs each summary; exit status 1 on any finding.
 */
public final class FuzzCampaignMain {
    private static final Logger LOG = LoggerFactory.getLogger(FuzzCampaignMain.class);

    private FuzzCampaignMain() {
    }

    public static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Path seeds = Path.of("src", "test", "resources", "fuzz");
        boolean clean = true;
        for (Object[] t : new Object[][] {{"ikev2-decoder", Ikev2DecoderFuzzer.class},
                {"isakmp-decoder", IsakmpDecoderFuzzer.class}, {"ikev2-engine", Ikev2EngineFuzzer.class}}) {
            String name = (String) t[0];
            JazzerCampaign.Result r = JazzerCampaign.run(name, (Class<?>) t[1], seeds.resolve(name), seconds, 512);
            LOG.info("LONG RUN {}", r.summary());
            clean &= r.exitCode() == 0 && r.findings().isEmpty();
        }
        System.exit(clean ? 0 : 1);
    }
}
