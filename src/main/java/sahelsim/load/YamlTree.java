package sahelsim.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import sahelsim.scenario.ConfigNode;
import sahelsim.scenario.Origin;
import sahelsim.scenario.Problem;
import sahelsim.scenario.ScenarioError;

/**
 * Reads YAML text into a {@link ConfigNode} tree that remembers the line and column of every key and value.
 * It reads safely: no tag ever builds an object (any tag is refused), anchors and aliases are refused, a key
 * written twice is an error, and a file holds one document. Messages name the key path where the reader
 * knows it; a list item is named by its position, {@code factions[2]}, since its id may come later.
 */
public final class YamlTree {

    // YAML 1.1 reads yes, no, on and off as booleans, so "name: No" would silently become "false":
    // here only true and false are booleans, as the scenario reference says.
    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            .build();

    /** How the parser reports the standard tags that a file writes as {@code !!name}. */
    private static final String STANDARD_TAG = "tag:yaml.org,2002:";

    /** What is being read, as messages name it. */
    public enum Kind {
        SCENARIO("scenario files", "name, description and calendar", ", use extends to share values between scenarios"),
        SWEEP("sweep files", "name, base, design and parameters", " in sweep files"),
        CALIBRATION("calibration files", "name, base, targets, fit and parameters", " in calibration files"),
        TARGETS("targets files", "name and targets", " in targets files"),
        SETTING("--set values", "", " in --set values");

        private final String files;
        private final String keys;
        private final String anchorAdvice;

        Kind(String files, String keys, String anchorAdvice) {
            this.files = files;
            this.keys = keys;
            this.anchorAdvice = anchorAdvice;
        }
    }

    private final String source;
    private final Kind kind;
    private final YAMLParser parser;
    /** Whether lines and columns mean anything: a value typed on the command line has none. */
    private final boolean inFile;
    /** The anchors written on plain values, by where the value starts: Jackson does not report them. */
    private final Map<Long, String> scalarAnchors;

    private YamlTree(String source, Kind kind, String text, boolean inFile) throws IOException {
        this.source = source;
        this.kind = kind;
        this.parser = (YAMLParser) FACTORY.createParser(new StringReader(text));
        this.inFile = inFile;
        this.scalarAnchors = scalarAnchors(text);
    }

    /** Parses a scenario file's text; {@code source} names it in messages. */
    public static ConfigNode.MapNode parseDocument(String source, String text) {
        return parseDocument(source, text, Kind.SCENARIO);
    }

    /** Parses a whole file's text; {@code source} names it in messages, {@code kind} says what it holds. */
    public static ConfigNode.MapNode parseDocument(String source, String text, Kind kind) {
        try {
            YamlTree reader = new YamlTree(source, kind, text, true);
            JsonToken first = reader.parser.nextToken();
            ConfigNode root = first == null ? null : reader.node(first, "");
            if (root == null || root instanceof ConfigNode.Scalar s && (s.isNull() || s.text().isBlank())) {
                throw new ScenarioError(new Problem(Origin.of(source), "", "the file is empty; expected keys such as "
                        + kind.keys));
            }
            if (!(root instanceof ConfigNode.MapNode map)) {
                throw new ScenarioError(new Problem(root.origin(), "", "expected a section of keys at the top of "
                        + "the file, got " + root.describe()));
            }
            if (reader.parser.nextToken() != null) {
                throw new ScenarioError(new Problem(reader.here(), "", "expected one YAML document per file, found "
                        + "another"));
            }
            return map;
        } catch (JsonProcessingException e) {
            throw malformed(source, e);
        } catch (IOException e) {
            throw new ScenarioError(new Problem(Origin.of(source), "", "cannot read YAML: " + e.getMessage()));
        }
    }

    /** Parses one value given on the command line, such as {@code 2000}, {@code null} or {@code [gao, kidal]}. */
    public static ConfigNode parseValue(String source, String text) {
        try {
            YamlTree reader = new YamlTree(source, Kind.SETTING, text.isBlank() ? "null" : text, false);
            JsonToken first = reader.parser.nextToken();
            ConfigNode node = first == null ? ConfigNode.Scalar.of(null, Origin.of(source)) : reader.node(first, "");
            if (reader.parser.nextToken() != null) {
                throw new ScenarioError(new Problem(Origin.of(source), "", "expected a single value, got '" + text + "'"));
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ScenarioError(new Problem(Origin.of(source), "", "expected a YAML value, got '" + text + "'"));
        } catch (IOException e) {
            throw new ScenarioError(new Problem(Origin.of(source), "", "cannot read value '" + text + "'"));
        }
    }

    /**
     * SnakeYAML says what it expected at the place it stopped ("expected ',' or ']'") and, apart, what it was
     * reading then ("while parsing a flow sequence") and where that began; Jackson's own message keeps the
     * second first and its location is often the last good token, so both are taken from SnakeYAML.
     */
    private static ScenarioError malformed(String source, JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            Mark at = yaml.getProblemMark();
            Mark began = yaml.getContextMark();
            String context = yaml.getContext() == null || began == null ? ""
                    : " (" + yaml.getContext() + " that starts at line " + (began.getLine() + 1) + ", column "
                            + (began.getColumn() + 1) + ")";
            return new ScenarioError(new Problem(new Origin(source, at.getLine() + 1, at.getColumn() + 1), "",
                    "malformed YAML: " + yaml.getProblem().strip() + context));
        }
        JsonLocation at = e.getLocation();
        Origin origin = at == null || at.getLineNr() < 1 ? Origin.of(source)
                : new Origin(source, at.getLineNr(), Math.max(1, at.getColumnNr()));
        String message = e.getOriginalMessage();
        int cut = message.indexOf('\n');
        message = (cut > 0 ? message.substring(0, cut) : message).strip();
        return new ScenarioError(new Problem(origin, "", "malformed YAML: " + message));
    }

    /**
     * Where SnakeYAML, which Jackson reads through, finds an anchor on a plain value: Jackson's parser drops those.
     * Only events are read, so nothing is built; a malformed text is left for Jackson to report.
     */
    private static Map<Long, String> scalarAnchors(String text) {
        Map<Long, String> anchors = new LinkedHashMap<>();
        try {
            for (Event event : new Yaml().parse(new StringReader(text))) {
                if (event instanceof ScalarEvent scalar && scalar.getAnchor() != null) {
                    Mark at = scalar.getStartMark();
                    anchors.put(place(at.getLine() + 1, at.getColumn() + 1), scalar.getAnchor());
                }
            }
        } catch (YAMLException e) {
            // Jackson reads the same text next and reports where it is malformed.
        }
        return anchors;
    }

    private static long place(long line, long column) {
        return line << 32 | column;
    }

    /**
     * Refuses a tag, anchor or alias on the current token, which is a key or a value at {@code path}. Jackson
     * reports no tag on the first key of a section, which is inert here since keys are read as plain text.
     */
    private void refuseTagsAndAnchors(String path) throws IOException {
        String tag = parser.getTypeId();
        if (tag != null) {
            String written = tag.startsWith(STANDARD_TAG) ? "!!" + tag.substring(STANDARD_TAG.length()) : "!" + tag;
            throw new ScenarioError(new Problem(here(), path, "expected a plain value, got the YAML tag '" + written
                    + "'; tags are not allowed in " + kind.files));
        }
        JsonLocation at = parser.currentTokenLocation();
        String scalarAnchor = parser.currentToken() != null && parser.currentToken().isScalarValue()
                ? scalarAnchors.get(place(at.getLineNr(), at.getColumnNr())) : null;
        if (parser.isCurrentAlias() || parser.getObjectId() != null || scalarAnchor != null) {
            String written = parser.isCurrentAlias() ? "alias '*" + parser.getText()
                    : "anchor '&" + (scalarAnchor != null ? scalarAnchor : parser.getObjectId());
            throw new ScenarioError(new Problem(here(), path, "expected a plain value, got the YAML " + written
                    + "'; anchors and aliases are not allowed" + kind.anchorAdvice));
        }
    }

    private Origin here() {
        if (!inFile) {
            return Origin.of(source);
        }
        JsonLocation at = parser.currentTokenLocation();
        return new Origin(source, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
    }

    private ConfigNode node(JsonToken token, String path) throws IOException {
        refuseTagsAndAnchors(path);
        Origin origin = here();
        switch (token) {
            case START_OBJECT: {
                Map<String, ConfigNode> entries = new LinkedHashMap<>();
                Map<String, Origin> keys = new LinkedHashMap<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String key = parser.currentName();
                    String keyPath = path.isEmpty() ? key : path + "." + key;
                    refuseTagsAndAnchors(keyPath);
                    Origin keyOrigin = here();
                    if (entries.containsKey(key)) {
                        throw new ScenarioError(new Problem(keyOrigin, keyPath, "this key is written twice (first at "
                                + "line " + keys.get(key).line() + ")"));
                    }
                    ConfigNode value = node(parser.nextToken(), keyPath);
                    entries.put(key, value);
                    keys.put(key, keyOrigin);
                }
                return new ConfigNode.MapNode(origin, entries, keys);
            }
            case START_ARRAY: {
                List<ConfigNode> items = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    items.add(node(t, path + "[" + (items.size() + 1) + "]"));
                }
                return new ConfigNode.ListNode(origin, items);
            }
            case VALUE_STRING: {
                String text = parser.getText();
                return new ConfigNode.Scalar(origin, text, looksTyped(text));
            }
            case VALUE_NUMBER_INT:
                return ConfigNode.Scalar.of(parser.getLongValue(), origin);
            case VALUE_NUMBER_FLOAT:
                return ConfigNode.Scalar.of(parser.getDoubleValue(), origin);
            case VALUE_TRUE:
                return ConfigNode.Scalar.of(Boolean.TRUE, origin);
            case VALUE_FALSE:
                return ConfigNode.Scalar.of(Boolean.FALSE, origin);
            case VALUE_NULL:
                return ConfigNode.Scalar.of(null, origin);
            default:
                throw new ScenarioError(new Problem(origin, path, "unexpected YAML content: " + token));
        }
    }

    /** A string that a plain YAML scalar would have typed: it must have been written in quotes. */
    private static boolean looksTyped(String text) {
        if (text.equals("true") || text.equals("false") || text.equals("null")) {
            return true;
        }
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "YamlTree(" + source + ")";
    }
}
