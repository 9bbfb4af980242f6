package io.ike4j.vectors.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Maps the {@code list-sa} events of {@code swanctl --list-sas --raw} to {@link IkeSaStatus} records. */
final class SasParser {
    private SasParser() {
    }

    @SuppressWarnings("unchecked")
    static List<IkeSaStatus> parse(String rawOutput) {
        List<IkeSaStatus> out = new ArrayList<>();
        for (Map<String, Object> event : ViciRaw.events(rawOutput, "list-sa")) {
            for (Map.Entry<String, Object> e : event.entrySet()) {
                Map<String, Object> ike = (Map<String, Object>) e.getValue();
                List<ChildSaStatus> children = new ArrayList<>();
                Object cs = ike.get("child-sas");
                if (cs instanceof Map<?, ?> childMap) {
                    for (Object c : childMap.values()) {
                        Map<String, Object> child = (Map<String, Object>) c;
                        children.add(new ChildSaStatus(str(child, "name"), str(child, "state"),
                                str(child, "mode"), str(child, "protocol"), str(child, "spi-in"),
                                str(child, "spi-out"), str(child, "encr-alg"), num(child, "encr-keysize"),
                                str(child, "integ-alg"), list(child, "local-ts"), list(child, "remote-ts")));
                    }
                }
                out.add(new IkeSaStatus(e.getKey(), num(ike, "version"), str(ike, "state"),
                        str(ike, "local-host"), num(ike, "local-port"), str(ike, "local-id"),
                        str(ike, "remote-host"), num(ike, "remote-port"), str(ike, "remote-id"),
                        str(ike, "initiator-spi"), str(ike, "responder-spi"), str(ike, "encr-alg"),
                        num(ike, "encr-keysize"), str(ike, "integ-alg"), str(ike, "prf-alg"),
                        str(ike, "dh-group"), children));
            }
        }
        return out;
    }

    private static String str(Map<String, Object> m, String key) {
        return m.get(key) instanceof String v ? v : "";
    }

    private static int num(Map<String, Object> m, String key) {
        String v = str(m, key);
        return v.isEmpty() ? 0 : Integer.parseInt(v);
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Map<String, Object> m, String key) {
        return m.get(key) instanceof List<?> l ? (List<String>) l : List.of();
    }
}
