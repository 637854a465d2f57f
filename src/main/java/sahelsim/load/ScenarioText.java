package sahelsim.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sahelsim.scenario.ConfigNode;
import sahelsim.scenario.Scenario;

/**
 * The canonical text of a scenario: its normalised tree (after extends and overrides, every key with its
 * default, in schema order) written as YAML. Two files that mean the same scenario have the same text and
 * so the same SHA-256, which provenance records.
 */
public final class ScenarioText {

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .build());

    private ScenarioText() {
    }

    public static String canonical(Scenario scenario) {
        try {
            return YAML.writeValueAsString(plain(scenario.tree()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a scenario's canonical text", e);
        }
    }

    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    public static String hash(Scenario scenario) {
        return sha256(canonical(scenario));
    }

    static Object plain(ConfigNode node) {
        if (node instanceof ConfigNode.MapNode m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.entries().forEach((k, v) -> out.put(k, plain(v)));
            return out;
        }
        if (node instanceof ConfigNode.ListNode l) {
            List<Object> out = new ArrayList<>();
            l.items().forEach(i -> out.add(plain(i)));
            return out;
        }
        return ((ConfigNode.Scalar) node).value();
    }
}
